#include "journal/JournalReader.h"

#include "journal/JournalCodes.h"
#include "journal/JournalDialect.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTime>

namespace nd::journal {
namespace {
Q_LOGGING_CATEGORY(lcReader, "numberdesk.core.journal.reader")

const char RequestColumns[]
    = "r.id, r.created_at, r.updated_at, r.profile_name, r.base_url, r.account_key, r.change_type,"
      " r.effective_date, r.area_code, r.zip_code, r.state, r.order_id, r.server_status, r.order_state,"
      " r.status_message, r.http_status, r.error_kind, r.error_title, r.error_message, r.trace_id,"
      " r.resolved_at, r.resolution, r.resolved_by, r.agent, r.desk, r.run_id";

QDateTime parsedTime(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

JournalEntry entryFromRow(const QSqlQuery &row)
{
    JournalEntry entry;
    int c = 0;
    entry.id = row.value(c++).toLongLong();
    entry.createdAt = parsedTime(row.value(c++));
    entry.updatedAt = parsedTime(row.value(c++));
    entry.context.profileName = row.value(c++).toString();
    entry.context.baseUrl = QUrl(row.value(c++).toString());
    entry.context.accountKey = row.value(c++).toString();
    const QString changeType = row.value(c++).toString();
    if (const std::optional<ChangeType> type = changeTypeFromWireName(changeType))
        entry.changeType = *type;
    else
        qCWarning(lcReader) << "record" << entry.id << "has an unknown change type" << changeType;
    entry.effectiveDate = QDate::fromString(row.value(c++).toString(), Qt::ISODate);
    entry.areaCode = row.value(c++).toString();
    entry.zipCode = row.value(c++).toString();
    entry.state = journalStateFromName(row.value(c++).toString()).value_or(JournalState::OutcomeUnknown);
    entry.orderId = row.value(c++).toString();
    entry.serverStatus = row.value(c++).toString();
    entry.orderState = orderStateFromName(row.value(c++).toString());
    entry.statusMessage = row.value(c++).toString();
    entry.httpStatus = row.value(c++).toInt();
    entry.errorKind = errorKindFromName(row.value(c++).toString());
    entry.errorTitle = row.value(c++).toString();
    entry.errorMessage = row.value(c++).toString();
    entry.traceId = row.value(c++).toString();
    const QVariant resolvedAt = row.value(c++);
    if (!resolvedAt.isNull())
        entry.resolvedAt = parsedTime(resolvedAt);
    entry.resolution = row.value(c++).toString();
    entry.resolvedBy = row.value(c++).toString();
    entry.agent = row.value(c++).toString();
    entry.desk = row.value(c++).toString();
    entry.runId = row.value(c++).toString();
    return entry;
}

// The columns numberFromRow() reads, in its order.
const char NumberColumns[]
    = "requested_number, iccid, returned_number, original_number, qr_url, fee, number_status";

JournalNumber numberFromRow(const QSqlQuery &row, int first)
{
    int c = first;
    JournalNumber number;
    number.requestedNumber = row.value(c++).toString();
    number.iccid = row.value(c++).toString();
    number.returnedNumber = row.value(c++).toString();
    number.originalNumber = row.value(c++).toString();
    number.qrCodeUrl = QUrl(row.value(c++).toString());
    if (const QVariant fee = row.value(c++); !fee.isNull())
        number.fee = fee.toDouble();
    number.status = row.value(c++).toString();
    return number;
}

bool readNumbers(QSqlDatabase &db, JournalEntry &entry, QSqlError *error)
{
    QSqlQuery query(db);
    query.prepare(QLatin1String("SELECT ") + QLatin1String(NumberColumns)
        + QLatin1String(" FROM request_numbers WHERE request_id = ? ORDER BY position"));
    query.addBindValue(entry.id);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    while (query.next())
        entry.numbers.append(numberFromRow(query, 0));
    return true;
}

QString startOfLocalDay(const QDate &date)
{
    return storedTime(QDateTime(date, QTime(0, 0)));
}

} // namespace

QString storedTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString searchDigits(const QString &typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue())); // also folds non-ASCII digits
    }
    return digits;
}

QString requestColumnsOf(QSqlDatabase &db)
{
    QSqlQuery query(db);
    QSet<QString> present;
    if (query.exec(QStringLiteral("SELECT name FROM pragma_table_info('requests')"))) {
        while (query.next())
            present.insert(query.value(0).toString());
    }
    if (present.isEmpty()) // the table's columns could not be read: read as the current schema, and fail
        return QString::fromLatin1(RequestColumns); // loudly if that is wrong rather than read ids of 0
    QStringList columns;
    const QStringList wanted = QString::fromLatin1(RequestColumns).split(QLatin1Char(','));
    for (const QString &column : wanted) {
        const QString name = column.trimmed().mid(2); // "r.agent" -> "agent"
        columns.append(present.contains(name) ? column.trimmed() : QStringLiteral("NULL"));
    }
    return columns.join(QStringLiteral(", "));
}

QList<JournalEntry> readEntries(
    QSqlDatabase &db, const QString &where, const QVariantList &bindings, int limit, QSqlError *error)
{
    return readEntries(db, QString::fromLatin1(RequestColumns), where, bindings, limit, error);
}

QList<JournalEntry> readEntries(QSqlDatabase &db, const QString &columns, const QString &where,
    const QVariantList &bindings, int limit, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString sql = QLatin1String("SELECT ") + columns + QLatin1String(" FROM requests r");
    if (!where.isEmpty())
        sql += QLatin1String(" WHERE ") + where;
    sql += QLatin1String(" ORDER BY r.created_at DESC, r.id DESC");
    if (limit > 0)
        sql += QLatin1String(" LIMIT ") + QString::number(limit);
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError();
        return {};
    }
    QList<JournalEntry> entries;
    while (query.next())
        entries.append(entryFromRow(query));
    query.finish();
    for (JournalEntry &entry : entries) {
        if (!readNumbers(db, entry, error))
            return {};
    }
    return entries;
}

QString unresolvedCondition(const QString &column, QVariantList &bindings)
{
    const QStringList states = unresolvedStateNames();
    for (const QString &state : states)
        bindings.append(state);
    return column + QLatin1String(" IN (")
        + QStringList(states.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
}

std::optional<SearchCondition> searchCondition(const HistoryQuery &query, SqlDialect dialect)
{
    SearchCondition result;
    QStringList conditions;
    const QString digits = searchDigits(query.number);
    if (!query.number.trimmed().isEmpty()) {
        if (digits.isEmpty())
            return std::nullopt; // something typed, but no digit in it: no number can match
        // Stored numbers are E.164 ("+" and digits), so the typed digits match as a substring.
        if (dialect == SqlDialect::Postgres) {
            // Three LIKEs the trigram indexes (v4) serve as one bitmap scan; the returned number's
            // index covers only the rows where it differs from the one sent, as the condition says.
            conditions.append(QStringLiteral("r.id IN (SELECT n.request_id FROM request_numbers n WHERE ")
                + containsCondition(dialect, QStringLiteral("n.requested_number"))
                + QStringLiteral(" OR (n.returned_number <> n.requested_number AND ")
                + containsCondition(dialect, QStringLiteral("n.returned_number")) + QStringLiteral(") OR ")
                + containsCondition(dialect, QStringLiteral("n.original_number")) + QStringLiteral(")"));
            const QString bound = containsBinding(dialect, digits);
            result.bindings << bound << bound << bound;
        } else {
            // A part of a number cannot use a B-tree's order: the subquery scans each record's one line of
            // numbers (request_number_text, v5), one instr() a record, cheaper than LIKE. Only digits are
            // searched and every number starts with "+", so typed digits never match across two of them.
            conditions.append(QStringLiteral(
                "r.id IN (SELECT t.request_id FROM request_number_text t WHERE instr(t.numbers, ?) > 0)"));
            result.bindings << containsBinding(dialect, digits);
        }
    }
    if (!query.orderId.trimmed().isEmpty()) {
        // SQLite scans the covering index requests_by_order_id (v3), not every whole record; PostgreSQL
        // uses the trigram index requests_by_order_id_part (v4).
        conditions.append(QStringLiteral("r.id IN (SELECT o.id FROM requests o WHERE o.order_id ")
            + caseInsensitiveLike(dialect) + QStringLiteral(" ? ESCAPE '\\')"));
        result.bindings.append(likePattern(query.orderId.trimmed()));
    }
    if (query.changeType) {
        conditions.append(QStringLiteral("r.change_type = ?"));
        result.bindings.append(wireName(*query.changeType));
    }
    if (!query.agent.isEmpty()) {
        conditions.append(QStringLiteral("r.agent = ?"));
        result.bindings.append(query.agent);
    }
    if (!query.desk.isEmpty()) {
        conditions.append(QStringLiteral("r.desk = ?"));
        result.bindings.append(query.desk);
    }
    if (query.from) {
        conditions.append(QStringLiteral("r.created_at >= ?"));
        result.bindings.append(startOfLocalDay(*query.from));
    }
    if (query.to) {
        conditions.append(QStringLiteral("r.created_at < ?"));
        result.bindings.append(startOfLocalDay(query.to->addDays(1)));
    }
    result.where = conditions.join(QLatin1String(" AND "));
    return result;
}

QList<JournalEntry> searchEntries(QSqlDatabase &db, const HistoryQuery &query, QSqlError *error)
{
    const std::optional<SearchCondition> condition = searchCondition(query, dialectOf(db));
    if (!condition)
        return {};
    return readEntries(db, condition->where, condition->bindings, query.limit, error);
}

QList<qint64> searchIds(QSqlDatabase &db, const HistoryQuery &query, QSqlError *error)
{
    const std::optional<SearchCondition> condition = searchCondition(query, dialectOf(db));
    if (!condition)
        return {};
    QString sql = QStringLiteral("SELECT r.id FROM requests r");
    if (!condition->where.isEmpty())
        sql += QLatin1String(" WHERE ") + condition->where;
    sql += QLatin1String(" ORDER BY r.created_at DESC, r.id DESC");
    QSqlQuery select(db);
    select.setForwardOnly(true);
    select.prepare(sql);
    for (const QVariant &value : condition->bindings)
        select.addBindValue(value);
    if (!select.exec()) {
        *error = select.lastError();
        return {};
    }
    QList<qint64> ids;
    while (select.next())
        ids.append(select.value(0).toLongLong());
    return ids;
}

QList<JournalEntry> readEntriesById(QSqlDatabase &db, const QList<qint64> &ids, QSqlError *error)
{
    if (ids.isEmpty())
        return {};
    // Two statements for the whole batch, not two per record: a page of the history costs two queries.
    QStringList idList;
    idList.reserve(ids.size());
    for (const qint64 id : ids)
        idList.append(QString::number(id)); // integers: safe to write into the SQL
    const QString in = QLatin1String(" IN (") + idList.join(QLatin1Char(',')) + QLatin1Char(')');

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QLatin1String("SELECT ") + QLatin1String(RequestColumns)
            + QLatin1String(" FROM requests r WHERE r.id") + in)) {
        *error = query.lastError();
        return {};
    }
    QHash<qint64, JournalEntry> byId;
    while (query.next()) {
        JournalEntry entry = entryFromRow(query);
        const qint64 id = entry.id;
        byId.emplace(id, std::move(entry));
    }
    if (!query.exec(QLatin1String("SELECT request_id, ") + QLatin1String(NumberColumns)
            + QLatin1String(" FROM request_numbers WHERE request_id") + in
            + QLatin1String(" ORDER BY request_id, position"))) {
        *error = query.lastError();
        return {};
    }
    while (query.next()) {
        const auto found = byId.find(query.value(0).toLongLong());
        if (found != byId.end())
            found->numbers.append(numberFromRow(query, 1));
    }
    query.finish();
    QList<JournalEntry> entries;
    entries.reserve(ids.size());
    for (const qint64 id : ids) {
        const auto found = byId.find(id);
        if (found != byId.end())
            entries.append(std::move(*found));
    }
    return entries;
}

QStringList distinctValues(QSqlDatabase &db, const QString &column, QSqlError *error)
{
    // `column` is one of the code's own names (agent, desk), never typed text. A skip scan of
    // requests_by_agent / requests_by_desk (v4): one index seek per distinct value, each the least value
    // above the last. SELECT DISTINCT read every record's entry instead, ~15 ms for 100,000 records, twice,
    // on the GUI thread as History opened (bench_history's first page stall).
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("WITH RECURSIVE seen(value) AS ("
                                   " SELECT (SELECT min(%1) FROM requests WHERE %1 > '')"
                                   " UNION ALL"
                                   " SELECT (SELECT min(%1) FROM requests WHERE %1 > seen.value) FROM seen"
                                   " WHERE seen.value IS NOT NULL)"
                                   " SELECT value FROM seen WHERE value IS NOT NULL ORDER BY value")
                        .arg(column))) {
        *error = query.lastError();
        return {};
    }
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

} // namespace nd::journal
