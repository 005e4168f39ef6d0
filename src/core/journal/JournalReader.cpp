#include "journal/JournalReader.h"

#include "journal/JournalCodes.h"

#include <QLoggingCategory>
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
      " r.resolved_at, r.resolution";

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
    return entry;
}

bool readNumbers(QSqlDatabase &db, JournalEntry &entry, QSqlError *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT requested_number, iccid, returned_number, original_number, qr_url, fee, number_status"
        " FROM request_numbers WHERE request_id = ? ORDER BY position"));
    query.addBindValue(entry.id);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    while (query.next()) {
        JournalNumber number;
        number.requestedNumber = query.value(0).toString();
        number.iccid = query.value(1).toString();
        number.returnedNumber = query.value(2).toString();
        number.originalNumber = query.value(3).toString();
        number.qrCodeUrl = QUrl(query.value(4).toString());
        if (!query.value(5).isNull())
            number.fee = query.value(5).toDouble();
        number.status = query.value(6).toString();
        entry.numbers.append(number);
    }
    return true;
}

// LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
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

QList<JournalEntry> readEntries(
    QSqlDatabase &db, const QString &where, const QVariantList &bindings, int limit, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString sql
        = QLatin1String("SELECT ") + QLatin1String(RequestColumns) + QLatin1String(" FROM requests r");
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

QList<JournalEntry> searchEntries(QSqlDatabase &db, const HistoryQuery &query, QSqlError *error)
{
    QStringList conditions;
    QVariantList bindings;
    const QString digits = searchDigits(query.number);
    if (!query.number.trimmed().isEmpty()) {
        if (digits.isEmpty())
            return {}; // something typed, but no digit in it: no number can match
        conditions.append(QStringLiteral(
            "EXISTS (SELECT 1 FROM request_numbers n WHERE n.request_id = r.id AND"
            " (n.requested_number LIKE ? OR n.returned_number LIKE ? OR n.original_number LIKE ?))"));
        // Stored numbers are E.164 ("+" and digits), so the typed digits match as a substring.
        const QString pattern = QLatin1Char('%') + digits + QLatin1Char('%');
        bindings << pattern << pattern << pattern;
    }
    if (!query.orderId.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("r.order_id LIKE ? ESCAPE '\\'"));
        bindings.append(containsPattern(query.orderId.trimmed()));
    }
    if (query.changeType) {
        conditions.append(QStringLiteral("r.change_type = ?"));
        bindings.append(wireName(*query.changeType));
    }
    if (query.from) {
        conditions.append(QStringLiteral("r.created_at >= ?"));
        bindings.append(startOfLocalDay(*query.from));
    }
    if (query.to) {
        conditions.append(QStringLiteral("r.created_at < ?"));
        bindings.append(startOfLocalDay(query.to->addDays(1)));
    }
    return readEntries(db, conditions.join(QLatin1String(" AND ")), bindings, query.limit, error);
}

} // namespace nd::journal
