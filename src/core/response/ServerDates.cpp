#include "response/ServerDates.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace nd {

namespace {

// Results are built in QTimeZone::utc() and then toUTC()'d: callers and QDateTime::toString() expect
// the Qt::UTC spec ("…Z"), which Qt 6.4 only gives after toUTC().

// QDateTime::fromString(Qt::ISODateWithMs) stops at 3 fractional digits and the API sends 7, so the
// formats are matched here and the parts checked by QDate/QTime.
const QRegularExpression &isoPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?([Zz]|[+-]\d{2}:\d{2})?)?$)"));
    return re;
}

const QRegularExpression &usDatePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})$)"));
    return re;
}

int capInt(const QRegularExpressionMatch &m, int n)
{
    return m.captured(n).toInt();
}

std::optional<QDate> usDate(const QString &text)
{
    const QRegularExpressionMatch m = usDatePattern().match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(capInt(m, 3), capInt(m, 1), capInt(m, 2));
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

std::optional<int> offsetSeconds(const QString &zone)
{
    if (zone.isEmpty() || zone.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0)
        return 0;
    const int hours = zone.mid(1, 2).toInt();
    const int minutes = zone.mid(4, 2).toInt();
    if (hours > 18 || minutes > 59)
        return std::nullopt;
    const int seconds = hours * 3600 + minutes * 60;
    return zone.startsWith(QLatin1Char('-')) ? -seconds : seconds;
}

QDateTime utcMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toUTC();
}

} // namespace

std::optional<QDateTime> parseServerDateTime(const QString &text)
{
    const QString t = text.trimmed();
    if (const std::optional<QDate> d = usDate(t))
        return utcMidnight(*d);

    const QRegularExpressionMatch m = isoPattern().match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(capInt(m, 1), capInt(m, 2), capInt(m, 3));
    if (!date.isValid())
        return std::nullopt;
    if (!m.hasCaptured(4))
        return utcMidnight(date);

    const int ms = QString(m.captured(7) + QStringLiteral("000")).left(3).toInt();
    const QTime time(capInt(m, 4), capInt(m, 5), capInt(m, 6), ms);
    const std::optional<int> offset = offsetSeconds(m.captured(8));
    if (!time.isValid() || !offset)
        return std::nullopt;
    // Built as UTC, then moved by the offset: 10:00+02:00 is 08:00 UTC.
    return QDateTime(date, time, QTimeZone::utc()).toUTC().addSecs(-*offset);
}

std::optional<QDate> parseServerDate(const QString &text)
{
    const QString t = text.trimmed();
    if (const std::optional<QDate> d = usDate(t))
        return d;
    // The calendar date as the server wrote it: an EffectiveDate is a day, not an instant, so a zone
    // must not move it to the previous or next day.
    if (!parseServerDateTime(t))
        return std::nullopt;
    const QRegularExpressionMatch m = isoPattern().match(t);
    return QDate(capInt(m, 1), capInt(m, 2), capInt(m, 3));
}

std::optional<QDateTime> parseTokenExpiry(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4}) +(\d{1,2}):(\d{2}):(\d{2}) *([AaPp])[Mm]$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int hour12 = capInt(m, 4);
    if (hour12 < 1 || hour12 > 12)
        return std::nullopt;
    const bool pm = m.captured(7).compare(QLatin1String("p"), Qt::CaseInsensitive) == 0;
    // 12:xx AM is just after midnight, 12:xx PM just after noon.
    const int hour24 = (hour12 % 12) + (pm ? 12 : 0);
    const QDate date(capInt(m, 3), capInt(m, 1), capInt(m, 2));
    const QTime time(hour24, capInt(m, 5), capInt(m, 6));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc()).toUTC();
}

} // namespace nd
