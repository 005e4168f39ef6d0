#pragma once

// Reads journal records from the tables into JournalEntry values and turns a HistoryQuery into SQL.
// Used by OrderJournal only; the column layout it reads is the current schema (JournalSchema).

#include "journal/JournalEntry.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariantList>

namespace nd::journal {

// The stored form of a time: ISO 8601 in UTC with milliseconds, which sorts as text.
QString storedTime(const QDateTime &time);

// `where` is trusted SQL over the requests table (alias r) with positional '?' placeholders.
QList<JournalEntry> readEntries(
    QSqlDatabase &db, const QString &where, const QVariantList &bindings, int limit, QSqlError *error);

// "<column> IN (?, …)" over the states isUnresolved() accepts, with their names appended to `bindings`.
QString unresolvedCondition(const QString &column, QVariantList &bindings);

QList<JournalEntry> searchEntries(QSqlDatabase &db, const HistoryQuery &query, QSqlError *error);

// Digits of a phone number as typed in the search field: "+1 (201) 609-3801" -> "12016093801".
QString searchDigits(const QString &typed);

} // namespace nd::journal
