#pragma once

// A connection of its own to the journal (file or team server) for reading on a worker thread
// (History's search and CSV export). A QSqlDatabase connection may only be used by the thread that made
// it, and the journal's own connection belongs to the GUI thread, which must not wait for a long read.
// WAL lets this connection read a file while the journal writes. Made, used and destroyed on one thread.

#include "journal/JournalLocation.h"

#include <QSqlDatabase>
#include <QString>

namespace nd::journal {

class JournalReadConnection final
{
    Q_DISABLE_COPY_MOVE(JournalReadConnection)

public:
    explicit JournalReadConnection(const JournalLocation &location);
    ~JournalReadConnection();

    bool isOpen() const { return m_open; }
    QString errorText() const { return m_error; } // why it did not open
    QSqlDatabase database() const;

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace nd::journal
