#pragma once

// The answers a desk received while its team journal's server was away: kept in order, and written in
// that order once the server answers again, so a record never goes back in time. A write the server
// refuses while it answers is dropped (retrying would hold sending for ever) and reported. Used by
// OrderJournal, which decides when the server is away.

#include <QSqlDatabase>
#include <functional>
#include <vector>

namespace nd::journal {

class JournalPendingWrites final
{
    Q_DISABLE_COPY_MOVE(JournalPendingWrites)

public:
    using Write = std::function<bool()>; // true when written; false leaves the reason with its writer

    JournalPendingWrites() = default;

    bool isEmpty() const { return m_writes.empty(); }
    int size() const { return int(m_writes.size()); }
    void keep(qint64 id, Write write);

    enum class Caught { Up, Refused, LostAgain };
    // Writes what is kept, oldest first, over `db`. Stops when the server stops answering again, keeping
    // that write first in line (LostAgain); `refused` hears of each write the answering server refused.
    Caught writeInOrder(QSqlDatabase &db, const std::function<void(qint64 id)> &refused);

private:
    struct PendingWrite
    {
        qint64 id;
        Write write;
    };
    std::vector<PendingWrite> m_writes; // oldest first
};

} // namespace nd::journal
