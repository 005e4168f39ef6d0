#include "journal/JournalPendingWrites.h"

#include "journal/JournalServer.h"

#include <QLoggingCategory>

namespace nd::journal {
namespace {
Q_LOGGING_CATEGORY(lcPending, "numberdesk.core.journal.pending")
} // namespace

void JournalPendingWrites::keep(qint64 id, Write write)
{
    m_writes.push_back({id, std::move(write)});
}

JournalPendingWrites::Caught JournalPendingWrites::writeInOrder(
    QSqlDatabase &db, const std::function<void(qint64 id)> &refused)
{
    qCInfo(lcPending) << m_writes.size() << "writes to catch up";
    Caught caught = Caught::Up;
    while (!m_writes.empty()) {
        PendingWrite pending = std::move(m_writes.front());
        m_writes.erase(m_writes.begin());
        if (pending.write())
            continue;
        if (!serverAnswers(db)) { // lost again: keep it first in line
            m_writes.insert(m_writes.begin(), std::move(pending));
            return Caught::LostAgain;
        }
        // Refused by a server that answers (the record gone, a rule it breaks). The record keeps its
        // state and claims; the agent is told, as when a file journal cannot write an answer.
        caught = Caught::Refused;
        qCWarning(lcPending) << "a kept write for record" << pending.id << "was refused";
        refused(pending.id);
    }
    return caught;
}

} // namespace nd::journal
