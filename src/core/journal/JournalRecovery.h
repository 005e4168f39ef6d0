#pragma once

// Crash recovery: the records whose outcome nobody knows. At startup the `sending` records of runs that
// died become outcome_unknown; after a damaged file was set aside, its open records are copied into the
// fresh journal so their numbers stay guarded; and the unresolved records are read for the desk, which
// asks before sending to their numbers again. Used by OrderJournal, which says which runs are alive.

#include "journal/JournalEntry.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <optional>

namespace nd::journal {

// A step that failed: what failed, in the user's words, and the database's.
using ReportProblem = std::function<void(const QString &what, const QString &detail)>;

// The `sending` records of every run not in `liveRuns` (and, when set, last written before
// `writtenBefore`) become outcome_unknown; `marked` hears of each. Returns them as now stored. A record
// answered, or marked by another desk, since it was read is left as it is.
QList<JournalEntry> markInterruptedAsOutcomeUnknown(QSqlDatabase &db, const QStringList &liveRuns,
    const std::optional<QDateTime> &writtenBefore, const QDateTime &now, const ReportProblem &report,
    const std::function<void(qint64)> &marked);

// Copies records still open in a damaged journal (set aside as `asidePath`) into this one as
// outcome_unknown of run `runId`, claiming the numbers nothing else holds. One transaction per record:
// one that cannot be copied does not cost the others. Returns the new records' ids.
QList<qint64> copyUnresolved(QSqlDatabase &db, const QList<JournalEntry> &entries, const QString &asidePath,
    const QString &runId, const std::function<QDateTime()> &now, const ReportProblem &report);

// Every record whose outcome is not known for sure, newest first.
QList<JournalEntry> readUnresolved(QSqlDatabase &db);
// Those of `entries` that sent, or got back, any of these E.164 numbers.
QList<JournalEntry> involving(const QList<JournalEntry> &entries, const QStringList &e164Numbers);

} // namespace nd::journal
