#pragma once

// The per-number rows of a journal record (table request_numbers), written inside the caller's
// transaction with statements prepared once per call, so a 5,000-number order costs 5,000 executions
// of one statement rather than 5,000 parses of its SQL. Used by JournalWriter.

#include "request/StatusChangeRequest.h"
#include "response/Order.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace nd::journal {

// The numbers a request sends, as the record's rows 0..n-1.
QSqlError insertRequestedNumbers(
    const QSqlDatabase &db, qint64 requestId, const QList<ValidatedNumber> &numbers);

// What an answer (or a later lookup) says about each number, written onto the row it belongs to
// (StoredNumberMatcher); a number the server added gets a row of its own. What the answer omits (a
// lookup has no QR URLs or fees) keeps its stored value.
QSqlError writeAnsweredNumbers(const QSqlDatabase &db, qint64 requestId, const QList<OrderNumber> &numbers);

} // namespace nd::journal
