#include "response/ServerPhoneNumber.h"

#include <cmath>

namespace nd {

namespace {

bool allDigits(const QString &s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

// JSON numbers are doubles: only integers below 2^53 survive exactly, which every phone number does.
std::optional<QString> digitsOfJsonNumber(double d)
{
    if (!std::isfinite(d) || d < 0 || d >= 9007199254740992.0 || std::floor(d) != d)
        return std::nullopt;
    return QString::number(static_cast<qint64>(d));
}

} // namespace

QString serverValueText(const QJsonValue &value)
{
    if (value.isDouble()) {
        if (const std::optional<QString> digits = digitsOfJsonNumber(value.toDouble()))
            return *digits;
        return QString::number(value.toDouble());
    }
    return value.toString();
}

std::optional<QString> e164FromServerValue(const QJsonValue &value)
{
    QString text;
    if (value.isString()) {
        text = value.toString().trimmed();
    } else if (value.isDouble()) {
        const std::optional<QString> digits = digitsOfJsonNumber(value.toDouble());
        if (!digits)
            return std::nullopt;
        text = *digits;
    } else {
        return std::nullopt;
    }

    if (text.startsWith(QLatin1Char('+'))) {
        const QString digits = text.mid(1);
        if (allDigits(digits) && digits.size() >= 8 && digits.size() <= 15)
            return text;
        return std::nullopt;
    }
    if (!allDigits(text))
        return std::nullopt;
    if (text.size() == 10)
        return QStringLiteral("+1") + text;
    if (text.size() == 11 && text.startsWith(QLatin1Char('1')))
        return QStringLiteral("+") + text;
    return std::nullopt;
}

} // namespace nd
