#include "request/NanpRules.h"

#include <QCoreApplication>

namespace nd {

std::optional<QString> areaCodeProblem(const QString &digits)
{
    Q_ASSERT(digits.size() == 3);
    const QChar first = digits.at(0);
    if (first == QLatin1Char('0') || first == QLatin1Char('1')) {
        return QCoreApplication::translate(
            "NanpRules", "The area code %1 starts with %2; North American area codes start with 2 to 9.")
            .arg(digits, first);
    }
    // N11 codes (211, 311, ..., 911) are dialling services, never assigned as area codes.
    if (digits.at(1) == QLatin1Char('1') && digits.at(2) == QLatin1Char('1')) {
        return QCoreApplication::translate("NanpRules",
            "The area code %1 is a service code like 911, not an area code "
            "that numbers are assigned in.")
            .arg(digits);
    }
    return std::nullopt;
}

std::optional<QString> exchangeProblem(const QString &digits)
{
    Q_ASSERT(digits.size() == 3);
    const QChar first = digits.at(0);
    if (first == QLatin1Char('0') || first == QLatin1Char('1')) {
        return QCoreApplication::translate("NanpRules",
            "The exchange %1 (the three digits after the area code) starts "
            "with %2; it must start with 2 to 9.")
            .arg(digits, first);
    }
    return std::nullopt;
}

} // namespace nd
