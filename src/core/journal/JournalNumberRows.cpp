#include "journal/JournalNumberRows.h"

#include "journal/JournalDialect.h"
#include "journal/StoredNumberMatcher.h"

#include <QSqlQuery>
#include <QVariant>
#include <functional>

namespace nd::journal {
namespace {

// Rows per statement: one multi-row statement per batch instead of one execution per number (Qt's
// per-execution cost dominated a 5,000-number answer). 100 rows of at most 8 values stay under the
// 999 host parameters older SQLite versions allow.
constexpr int RowsPerStatement = 100;

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Runs `head` + `rows` copies of `row` (comma-separated) + `tail` for every RowsPerStatement rows of
// rows `from` to `to` - 1, binding each row's `valuesPerRow` values with `bindRow(query, firstParameter,
// row)`. The statement of a full batch is prepared once and reused.
QSqlError runBatched(const QSqlDatabase &db, int from, int to, const QString &head, const QString &row,
    const QString &tail, int valuesPerRow, const std::function<void(QSqlQuery &, int, int)> &bindRow)
{
    QSqlQuery query(db);
    int preparedRows = 0;
    for (int first = from; first < to; first += RowsPerStatement) {
        const int rows = std::min(RowsPerStatement, to - first);
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

// A column an answer may fill: how the upsert merges it with what is stored, and its value for one
// answered number. An empty value (null for the fee) says nothing: the stored value stays.
// The stored value is named with its table: PostgreSQL finds a bare name ambiguous beside `excluded`.
struct AnswerColumn
{
    const char *name;
    const char *merge;
    QVariant (*value)(const OrderNumber &);
};

namespace {

bool isEmptyValue(const QVariant &value)
{
    return value.isNull() || (value.userType() == QMetaType::QString && value.toString().isEmpty());
}

const AnswerColumn AnswerColumns[] = {
    {"returned_number", "COALESCE(NULLIF(excluded.returned_number, ''), request_numbers.returned_number)",
        [](const OrderNumber &n) { return QVariant(text(n.number)); }},
    {"original_number", "COALESCE(NULLIF(excluded.original_number, ''), request_numbers.original_number)",
        [](const OrderNumber &n) { return QVariant(text(n.originalNumber)); }},
    {"qr_url", "COALESCE(NULLIF(excluded.qr_url, ''), request_numbers.qr_url)",
        [](const OrderNumber &n) { return QVariant(text(n.qrCodeUrl.toString(QUrl::FullyEncoded))); }},
    {"fee", "COALESCE(excluded.fee, request_numbers.fee)",
        [](const OrderNumber &n) { return n.fee ? QVariant(*n.fee) : QVariant(); }},
    // The ICCID sent is kept; an answer only fills it in when none was sent.
    {"iccid", "COALESCE(NULLIF(request_numbers.iccid, ''), NULLIF(excluded.iccid, ''), '')",
        [](const OrderNumber &n) { return QVariant(text(n.iccid)); }},
    {"number_status", "COALESCE(NULLIF(excluded.number_status, ''), request_numbers.number_status)",
        [](const OrderNumber &n) { return QVariant(text(n.serverStatus)); }},
};

} // namespace

QSqlError insertRequestedNumbers(
    const QSqlDatabase &db, qint64 requestId, const QList<ValidatedNumber> &numbers)
{
    // The record's id is the same for every row: written into the statement rather than bound 5,000 times.
    const QString id = QString::number(requestId);
    const bool anyIccid = std::any_of(numbers.cbegin(), numbers.cend(),
        [](const ValidatedNumber &number) { return !number.iccid.isEmpty(); });
    QSqlError error;
    if (!anyIccid) { // the column's default is '' already
        error = runBatched(db, 0, int(numbers.size()),
            QStringLiteral("INSERT INTO request_numbers (request_id, position, requested_number) VALUES "),
            QLatin1Char('(') + id + QStringLiteral(", ?, ?)"), QString(), 2,
            [&](QSqlQuery &query, int parameter, int i) {
                query.bindValue(parameter, i);
                query.bindValue(parameter + 1, text(numbers.at(i).e164));
            });
    } else {
        error = runBatched(db, 0, int(numbers.size()),
            QStringLiteral(
                "INSERT INTO request_numbers (request_id, position, requested_number, iccid) VALUES "),
            QLatin1Char('(') + id + QStringLiteral(", ?, ?, ?)"), QString(), 3,
            [&](QSqlQuery &query, int parameter, int i) {
                query.bindValue(parameter, i);
                query.bindValue(parameter + 1, text(numbers.at(i).e164));
                query.bindValue(parameter + 2, text(numbers.at(i).iccid));
            });
    }
    if (error.type() != QSqlError::NoError)
        return error;
    return refreshNumberText(db, requestId);
}

AnsweredNumberRows::AnsweredNumberRows(const QSqlDatabase &db, qint64 requestId, QList<OrderNumber> numbers)
    : m_db(db), m_requestId(requestId), m_numbers(std::move(numbers))
{ }

QSqlError AnsweredNumberRows::matchStoredRows()
{
    StoredNumberMatcher matcher;
    {
        QSqlQuery stored(m_db);
        stored.setForwardOnly(true);
        stored.prepare(QStringLiteral("SELECT position, requested_number FROM request_numbers"
                                      " WHERE request_id = ? ORDER BY position"));
        stored.addBindValue(m_requestId);
        if (!stored.exec())
            return stored.lastError();
        while (stored.next())
            matcher.addStoredRow(stored.value(0).toInt(), stored.value(1).toString());
    }
    // A number the server added (no stored row is left for it) gets a row of its own, after the others.
    m_positions.clear();
    m_positions.reserve(m_numbers.size());
    int nextPosition = matcher.nextFreePosition();
    for (int i = 0; i < m_numbers.size(); ++i) {
        const int position = matcher.take(m_numbers.at(i), i);
        m_positions.append(position >= 0 ? position : nextPosition++);
    }

    // Only the columns some number of this answer fills are written (an activate fills three of six; a
    // lookup two): a column no number fills would only keep what is stored, at the price of binding an
    // empty value per number. The number is always among them, so the upsert always sets something.
    m_columns.clear();
    for (const AnswerColumn &column : AnswerColumns) {
        const bool filled = std::any_of(m_numbers.cbegin(), m_numbers.cend(),
            [&column](const OrderNumber &number) { return !isEmptyValue(column.value(number)); });
        if (filled || &column == &AnswerColumns[0])
            m_columns.append(&column);
    }
    return {};
}

QSqlError AnsweredNumberRows::write(int from, int to)
{
    Q_ASSERT(m_positions.size() == m_numbers.size()); // matchStoredRows() first
    QStringList names;
    QStringList merges;
    for (const AnswerColumn *column : std::as_const(m_columns)) {
        names << QLatin1String(column->name);
        merges << QLatin1String(column->name) + QStringLiteral(" = ") + QLatin1String(column->merge);
    }
    QString row = QLatin1Char('(') + QString::number(m_requestId) + QStringLiteral(", ?, ''");
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');

    // One statement inserts the added numbers' rows (requested number '') and updates the stored ones.
    return runBatched(m_db, from, std::min(to, count()),
        QStringLiteral("INSERT INTO request_numbers (request_id, position, requested_number, ")
            + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES "),
        row,
        QStringLiteral(" ON CONFLICT (request_id, position) DO UPDATE SET ")
            + merges.join(QStringLiteral(", ")),
        int(m_columns.size()) + 1, [this](QSqlQuery &query, int parameter, int i) {
            const OrderNumber &number = m_numbers.at(i);
            query.bindValue(parameter, m_positions.at(i));
            for (qsizetype c = 0; c < m_columns.size(); ++c)
                query.bindValue(parameter + 1 + int(c), m_columns.at(c)->value(number));
        });
}

QSqlError refreshNumberText(const QSqlDatabase &db, qint64 requestId)
{
    if (dialectOf(db) != SqlDialect::Sqlite)
        return {};
    // The same text as schema v5's migration builds (JournalSchema.cpp): each row's number, the one it got
    // back when another, and the one it replaced when another again.
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO request_number_text (request_id, numbers)"
        " SELECT ?, COALESCE(group_concat(n.requested_number"
        " || CASE WHEN n.returned_number NOT IN ('', n.requested_number) THEN ' ' || n.returned_number ELSE "
        "''"
        " END || CASE WHEN n.original_number NOT IN ('', n.requested_number, n.returned_number)"
        " THEN ' ' || n.original_number ELSE '' END, ' '), '')"
        " FROM request_numbers n WHERE n.request_id = ?"));
    query.addBindValue(requestId);
    query.addBindValue(requestId);
    if (!query.exec())
        return query.lastError();
    return {};
}

} // namespace nd::journal
