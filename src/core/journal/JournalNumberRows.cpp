#include "journal/JournalNumberRows.h"

#include "journal/StoredNumberMatcher.h"

#include <QSqlQuery>
#include <QVariant>
#include <functional>

namespace nd::journal {
namespace {

// Rows per statement: one multi-row statement per batch instead of one execution per number (Qt's
// per-execution cost dominated a 5,000-number answer). 100 rows of at most 9 values stay under the
// 999 host parameters older SQLite versions allow.
constexpr int RowsPerStatement = 100;

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Runs `head` + `rows` copies of `row` (comma-separated) + `tail` for every RowsPerStatement rows of
// `count`, binding each row's values with `bindRow(query, firstParameter, row)`. The statement of a
// full batch is prepared once and reused.
QSqlError runBatched(const QSqlDatabase &db, int count, const QString &head, const QString &row,
    const QString &tail, int valuesPerRow, const std::function<void(QSqlQuery &, int, int)> &bindRow)
{
    QSqlQuery query(db);
    int preparedRows = 0;
    for (int first = 0; first < count; first += RowsPerStatement) {
        const int rows = std::min(RowsPerStatement, count - first);
        if (rows != preparedRows) {
            QStringList values;
            values.fill(row, rows);
            if (!query.prepare(head + values.join(QStringLiteral(", ")) + tail))
                return query.lastError();
            preparedRows = rows;
        }
        for (int i = 0; i < rows; ++i)
            bindRow(query, i * valuesPerRow, first + i);
        if (!query.exec())
            return query.lastError();
    }
    return {};
}

} // namespace

QSqlError insertRequestedNumbers(
    const QSqlDatabase &db, qint64 requestId, const QList<ValidatedNumber> &numbers)
{
    return runBatched(db, int(numbers.size()),
        QStringLiteral("INSERT INTO request_numbers (request_id, position, requested_number, iccid) VALUES "),
        QStringLiteral("(?, ?, ?, ?)"), QString(), 4, [&](QSqlQuery &query, int parameter, int i) {
            query.bindValue(parameter, requestId);
            query.bindValue(parameter + 1, i);
            query.bindValue(parameter + 2, text(numbers.at(i).e164));
            query.bindValue(parameter + 3, text(numbers.at(i).iccid));
        });
}

QSqlError writeAnsweredNumbers(const QSqlDatabase &db, qint64 requestId, const QList<OrderNumber> &numbers)
{
    StoredNumberMatcher matcher;
    {
        QSqlQuery stored(db);
        stored.setForwardOnly(true);
        stored.prepare(QStringLiteral("SELECT position, requested_number FROM request_numbers"
                                      " WHERE request_id = ? ORDER BY position"));
        stored.addBindValue(requestId);
        if (!stored.exec())
            return stored.lastError();
        while (stored.next())
            matcher.addStoredRow(stored.value(0).toInt(), stored.value(1).toString());
    }
    // A number the server added (no stored row is left for it) gets a row of its own, after the others.
    QList<int> positions;
    positions.reserve(numbers.size());
    int nextPosition = matcher.nextFreePosition();
    for (int i = 0; i < numbers.size(); ++i) {
        const int position = matcher.take(numbers.at(i), i);
        positions.append(position >= 0 ? position : nextPosition++);
    }

    // One statement inserts the added numbers' rows and updates the stored ones. A lookup may omit what
    // the first answer said (QR URLs, fees): an empty value keeps what is stored. An added number's row
    // has no requested number ('').
    return runBatched(db, int(numbers.size()),
        QStringLiteral("INSERT INTO request_numbers (request_id, position, requested_number, returned_number,"
                       " original_number, qr_url, fee, iccid, number_status) VALUES "),
        QStringLiteral("(?, ?, '', ?, ?, ?, ?, ?, ?)"),
        QStringLiteral(" ON CONFLICT (request_id, position) DO UPDATE SET"
                       " returned_number = COALESCE(NULLIF(excluded.returned_number, ''), returned_number),"
                       " original_number = COALESCE(NULLIF(excluded.original_number, ''), original_number),"
                       " qr_url = COALESCE(NULLIF(excluded.qr_url, ''), qr_url),"
                       " fee = COALESCE(excluded.fee, fee),"
                       " iccid = COALESCE(NULLIF(iccid, ''), NULLIF(excluded.iccid, ''), ''),"
                       " number_status = COALESCE(NULLIF(excluded.number_status, ''), number_status)"),
        8, [&](QSqlQuery &query, int parameter, int i) {
            const OrderNumber &number = numbers.at(i);
            query.bindValue(parameter, requestId);
            query.bindValue(parameter + 1, positions.at(i));
            query.bindValue(parameter + 2, text(number.number));
            query.bindValue(parameter + 3, text(number.originalNumber));
            query.bindValue(parameter + 4, text(number.qrCodeUrl.toString(QUrl::FullyEncoded)));
            query.bindValue(parameter + 5, number.fee ? QVariant(*number.fee) : QVariant());
            query.bindValue(parameter + 6, text(number.iccid));
            query.bindValue(parameter + 7, text(number.serverStatus));
        });
}

} // namespace nd::journal
