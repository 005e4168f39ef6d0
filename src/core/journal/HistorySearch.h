#pragma once

// Runs History's searches on a worker thread with a connection of its own (JournalReadConnection),
// so typing into the search field never waits for SQLite. Each search gets a number; a newer one makes
// the older ones stale: one not yet started is skipped, one already answered is ignored by whoever
// started it (the answer carries its number). Used by HistoryModel.

#include "journal/JournalEntry.h"
#include "journal/JournalLocation.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace nd {

namespace journal {
class JournalReadConnection;
}

class HistorySearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorySearch)

public:
    explicit HistorySearch(JournalLocation journal, QObject *parent = nullptr);
    ~HistorySearch() override; // waits for the search under way, if any

    // Starts a search for every record matching `query` (newest first) and returns its number.
    int start(const HistoryQuery &query);

signals:
    // From the worker thread (queued to the receiver's). `error` is empty on success.
    void found(int search, const QList<qint64> &ids, const QString &error);

private:
    void run(int search, const HistoryQuery &query); // on the worker thread

    JournalLocation m_journal;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread; queued calls run there
    std::unique_ptr<journal::JournalReadConnection> m_connection; // made and used on m_thread only
    std::atomic<int> m_latest {0};
};

} // namespace nd
