#include "i18n/LocaleFormat.h"

#include <QLocale>
#include <QRegularExpression>

namespace nd {

namespace {

QLocale displayLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

// The locale's short date pattern with every field widened: d → dd, M → MM, y or yy → yyyy. Month names
// (MMM) do not occur in the short formats of the shipped languages; if one did, it is kept.
QString fixedWidthShortFormat()
{
    QString format = displayLocale().dateFormat(QLocale::ShortFormat);
    // Newer CLDR data writes a lone "y" for "the year as it is" (fr_CA: "y-MM-dd"): any year field
    // becomes four digits.
    static const QRegularExpression day(QStringLiteral("(?<!d)d{1,2}(?!d)"));
    static const QRegularExpression month(QStringLiteral("(?<!M)M{1,2}(?!M)"));
    static const QRegularExpression year(QStringLiteral("y+"));
    format.replace(day, QStringLiteral("dd"));
    format.replace(month, QStringLiteral("MM"));
    format.replace(year, QStringLiteral("yyyy"));
    return format;
}

} // namespace

QString usdText(double amount)
{
    return displayLocale().toCurrencyString(amount, QStringLiteral("$"), 2);
}

QString dateText(const QDate &date)
{
    return displayLocale().toString(date, fixedWidthShortFormat());
}

QString dateTimeText(const QDateTime &time)
{
    return dateText(time.date()) + QLatin1Char(' ')
        + displayLocale().toString(time.time(), QLocale::ShortFormat);
}

QString dateEditFormat()
{
    return fixedWidthShortFormat();
}

} // namespace nd
