#pragma once

// Claims: at most one status change per number in flight, across every desk that shares a journal.
// A number is claimed in the same transaction that records its request as `sending` (table
// number_claims, one row per number, the number its primary key), so of two desks racing on one number
// only one can commit the claim; the other learns who holds it. The claim is released when the answer
// is recorded, the request failed for sure, or its unknown outcome is resolved. docs/journal.md,
// "Claims". Used by JournalWriter, JournalRecovery and OrderJournal.

#include "journal/JournalEntry.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace nd::journal {

// Inside the caller's transaction: claims each number for `requestId`. Returns false when another
// record already holds one of them (nothing is claimed then: the caller rolls back), or on an error
// (set in *error). Waits, on PostgreSQL, for a desk that is claiming the same number right now.
bool claimNumbers(QSqlDatabase &db, qint64 requestId, const QStringList &numbers, const QString &claimedAt,
    QSqlError *error);

// Inside the caller's transaction: claims what is free and leaves the rest (a record adopted from a
// damaged journal keeps its numbers guarded where nothing else does).
QSqlError claimFreeNumbers(
    QSqlDatabase &db, qint64 requestId, const QStringList &numbers, const QString &claimedAt);

// Releases every claim of the record (inside the caller's transaction, if any).
QSqlError releaseClaims(QSqlDatabase &db, qint64 requestId);

// Who holds any of these numbers now, oldest claim first.
QList<NumberClaim> claimsOn(QSqlDatabase &db, const QStringList &numbers, QSqlError *error);

} // namespace nd::journal
