#include "journal/HistoryCsv.h"

#include "journal/JournalCodes.h"

#include <QRegularExpression>

namespace nd {
namespace {

QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString feeText(const std::optional<double> &fee)
{
    return fee ? QString::number(*fee, 'f', 2) : QString();
}

bool startsLikeAFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r';
}

bool isPlainNumber(const QString &value)
{
    // E.164 numbers and signed decimals are data, not formulas; prefixing them would change the data.
    // Anchored to the whole text: a "$" also matches before a final line break, and "+12016093\n" (found
    // by fuzzing) is no plain number; a spreadsheet reads the cell as a formula.
    static const QRegularExpression number(
        QRegularExpression::anchoredPattern(QStringLiteral("[+-]?[0-9]+(\\.[0-9]+)?")));
    return number.match(value).hasMatch();
}

QStringList orderColumns(const JournalEntry &entry)
{
    return {QString::number(entry.id), utcText(entry.createdAt), entry.context.profileName,
        wireName(entry.changeType), entry.effectiveDate.toString(Qt::ISODate), journalStateName(entry.state),
        entry.orderId, entry.serverStatus,
        entry.orderState ? journal::orderStateName(*entry.orderState) : QString(), entry.statusMessage,
        entry.httpStatus ? QString::number(entry.httpStatus) : QString(),
        entry.errorKind ? journal::errorKindName(*entry.errorKind) : QString(), entry.errorTitle,
        entry.errorMessage, entry.traceId, entry.resolution};
}

QStringList numberColumns(const JournalNumber &number)
{
    return {number.requestedNumber, number.iccid, number.returnedNumber, number.originalNumber,
        feeText(number.fee), number.status};
}

// Who sent the request and who checked it by hand (team journal, issue #14). Last, after the number's
// columns, so the columns readers of older exports count on keep their places.
QStringList whoColumns(const JournalEntry &entry)
{
    return {entry.agent, entry.desk, entry.resolvedBy};
}

void appendRow(QString &out, const QStringList &cells)
{
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += HistoryCsv::field(cells.at(i));
    }
    out += QLatin1String("\r\n");
}

} // namespace

QStringList HistoryCsv::header()
{
    return {QStringLiteral("journal_id"), QStringLiteral("created_utc"), QStringLiteral("profile"),
        QStringLiteral("change_type"), QStringLiteral("effective_date"), QStringLiteral("record_state"),
        QStringLiteral("order_id"), QStringLiteral("server_status"), QStringLiteral("order_state"),
        QStringLiteral("status_message"), QStringLiteral("http_status"), QStringLiteral("error_kind"),
        QStringLiteral("error_title"), QStringLiteral("error_message"), QStringLiteral("trace_id"),
        QStringLiteral("resolution"), QStringLiteral("requested_number"), QStringLiteral("iccid"),
        QStringLiteral("returned_number"), QStringLiteral("original_number"), QStringLiteral("fee"),
        QStringLiteral("number_status"), QStringLiteral("agent"), QStringLiteral("desk"),
        QStringLiteral("resolved_by")};
}

QString HistoryCsv::field(const QString &value)
{
    QString text = value;
    if (startsLikeAFormula(text) && !isPlainNumber(text))
        text.prepend(QLatin1Char('\''));
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray HistoryCsv::toCsv(const QList<JournalEntry> &entries)
{
    return headerBytes() + rows(entries);
}

QByteArray HistoryCsv::headerBytes()
{
    QString out;
    appendRow(out, header());
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray HistoryCsv::rows(const QList<JournalEntry> &entries)
{
    QString out;
    for (const JournalEntry &entry : entries) {
        const QStringList order = orderColumns(entry);
        const QStringList who = whoColumns(entry);
        if (entry.numbers.isEmpty())
            appendRow(out, order + numberColumns({}) + who);
        for (const JournalNumber &number : entry.numbers)
            appendRow(out, order + numberColumns(number) + who);
    }
    return out.toUtf8();
}

} // namespace nd
