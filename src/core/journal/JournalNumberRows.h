#pragma once

// The per-number rows of a journal record (table request_numbers), written inside the caller's
// transaction with statements prepared once per call, so a 5,000-number order costs 5,000 executions
// of one statement rather than 5,000 parses of its SQL. Used by JournalWriter.

#include "request/StatusChangeRequest.h"
#include "response/Order.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

namespace nd::journal {

// The numbers a request sends, as the record's rows 0..n-1, and the record's number text.
QSqlError insertRequestedNumbers(
    const QSqlDatabase &db, qint64 requestId, const QList<ValidatedNumber> &numbers);

// SQLite: rewrites the record's line of request_number_text (schema v5), every number its rows name, which
// History's search by part of a number scans. Called in the transaction that wrote the rows. PostgreSQL
// has no such table (trigram indexes): nothing to do.
QSqlError refreshNumberText(const QSqlDatabase &db, qint64 requestId);

struct AnswerColumn;

// What an answer (or a later lookup) says about each number, written onto the row it belongs to
// (StoredNumberMatcher); a number the server added gets a row of its own. What the answer omits (a
// lookup has no QR URLs or fees) keeps its stored value. In parts, for OrderWriteInSteps, which spreads a
// large answer over event-loop turns: the rows are matched once, then written a range at a time, in the
// caller's transaction, followed by refreshNumberText.
class AnsweredNumberRows final
{
public:
    AnsweredNumberRows(const QSqlDatabase &db, qint64 requestId, QList<OrderNumber> numbers);

    // Reads the record's stored rows and pairs each answered number with its row. First, once.
    QSqlError matchStoredRows();
    int count() const { return int(m_numbers.size()); }
    // Writes the answer's numbers `from` to `to` - 1 (in the answer's order) onto their rows.
    QSqlError write(int from, int to);

private:
    QSqlDatabase m_db;
    qint64 m_requestId;
    QList<OrderNumber> m_numbers;
    QList<int> m_positions; // the row of each answered number
    QList<const AnswerColumn *> m_columns; // the columns this answer fills
};

} // namespace nd::journal
