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

// The locale's short date pattern with every field widened: d → dd, M → MM, yy → yyyy. Month names
// (MMM) do not occur in the short formats of the shipped languages; if one did, it is kept.
QString fixedWidthShortFormat()
{
    QString format = displayLocale().dateFormat(QLocale::ShortFormat);
    static const QRegularExpression day(QStringLiteral("(?<!d)d(?!d)"));
    static const QRegularExpression month(QStringLiteral("(?<!M)M(?!M)"));
    static const QRegularExpression year(QStringLiteral("(?<!y)yy(?!y)"));
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

QString dateEditFormat()
{
    return fixedWidthShortFormat();
}

} // namespace nd
