#pragma once

// Reads journal records from the tables into JournalEntry values and turns a HistoryQuery into SQL.
// Used by OrderJournal and History's workers (HistorySearch, HistoryExport); the column layout it reads is
// the current schema (JournalSchema).

#include "journal/JournalDialect.h"
#include "journal/JournalEntry.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariantList>
#include <optional>

namespace nd::journal {

// The stored form of a time: ISO 8601 in UTC with milliseconds, which sorts as text.
QString storedTime(const QDateTime &time);

// `where` is trusted SQL over the requests table (alias r) with positional '?' placeholders.
QList<JournalEntry> readEntries(
    QSqlDatabase &db, const QString &where, const QVariantList &bindings, int limit, QSqlError *error);

// The same, reading `columns` (from requestColumnsOf) instead of the current schema's.
QList<JournalEntry> readEntries(QSqlDatabase &db, const QString &columns, const QString &where,
    const QVariantList &bindings, int limit, QSqlError *error);
// The columns readEntries reads, with NULL for each one an older SQLite journal does not have yet: a
// damaged file being salvaged is read as it is, never migrated.
QString requestColumnsOf(QSqlDatabase &db);

// "<column> IN (?, …)" over the states isUnresolved() accepts, with their names appended to `bindings`.
QString unresolvedCondition(const QString &column, QVariantList &bindings);

// A HistoryQuery as a condition over requests (alias r); nullopt when nothing can match (a number
// without a digit).
struct SearchCondition
{
    QString where; // empty: every record
    QVariantList bindings;
};
std::optional<SearchCondition> searchCondition(const HistoryQuery &query, SqlDialect dialect);

// The distinct agents and desks the records name, sorted: what History offers to filter by.
QStringList distinctValues(QSqlDatabase &db, const QString &column, QSqlError *error);

// Records matching `query`, newest first, at most query.limit.
QList<JournalEntry> searchEntries(QSqlDatabase &db, const HistoryQuery &query, QSqlError *error);

// The ids of every record matching `query` (query.limit does not apply), newest first: what History
// lists. 8 bytes a record, so even a large journal's whole list is small.
QList<qint64> searchIds(QSqlDatabase &db, const HistoryQuery &query, QSqlError *error);

// The records with these ids, with their numbers, in the order given; ids not found are left out.
// Two statements for the whole batch: History reads its rows a page at a time.
QList<JournalEntry> readEntriesById(QSqlDatabase &db, const QList<qint64> &ids, QSqlError *error);

// Digits of a phone number as typed in the search field: "+1 (201) 609-3801" -> "12016093801".
QString searchDigits(const QString &typed);

} // namespace nd::journal
