#include "request/LocationCodes.h"

#include "request/NanpRules.h"
#include "request/TypedText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nd {

namespace {

std::optional<QChar> firstNonDigit(const QString &text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return c;
    }
    return std::nullopt;
}

} // namespace

LocationCodeResult parseAreaCode(const QString &typed)
{
    LocationCodeResult result;
    QString text = normalizeTypedText(typed);
    // "(201)" is how area codes are usually written.
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')')))
        text = text.mid(1, text.size() - 2).trimmed();
    if (text.isEmpty()) {
        result.isBlank = true;
        return result;
    }

    const auto error = [&result](const QString &message) {
        result.issues.append(
            ValidationIssue {Severity::Error, QString(RequestField::AreaCode), std::nullopt, message});
        return result;
    };

    if (const std::optional<QChar> bad = firstNonDigit(text))
        return error(QCoreApplication::translate(
            "LocationCodes", "The area code may contain only digits; it contains '%1'.")
                         .arg(*bad));
    if (text.size() != 3)
        return error(
            QCoreApplication::translate("LocationCodes", "The area code must have 3 digits (%1 found).")
                .arg(text.size()));
    if (const std::optional<QString> problem = areaCodeProblem(text))
        return error(*problem);

    result.value = text;
    return result;
}

LocationCodeResult parseZipCode(const QString &typed)
{
    LocationCodeResult result;
    const QString text = normalizeTypedText(typed);
    if (text.isEmpty()) {
        result.isBlank = true;
        return result;
    }

    const auto issue = [&result](Severity severity, const QString &message) {
        result.issues.append(
            ValidationIssue {severity, QString(RequestField::ZipCode), std::nullopt, message});
    };

    static const QRegularExpression zipPlusFour(QStringLiteral("^([0-9]{5})(?: ?- ?| )?([0-9]{4})$"));
    if (const QRegularExpressionMatch match = zipPlusFour.match(text); match.hasMatch()) {
        result.value = match.captured(1);
        issue(Severity::Note,
            QCoreApplication::translate("LocationCodes",
                "ZIP+4 code %1-%2 was shortened to %1: the new number is searched by the 5-digit ZIP code.")
                .arg(match.captured(1), match.captured(2)));
        return result;
    }

    if (const std::optional<QChar> bad = firstNonDigit(text)) {
        issue(Severity::Error,
            QCoreApplication::translate("LocationCodes",
                "The ZIP code may contain only digits; it contains '%1'. Only US ZIP codes are supported.")
                .arg(*bad));
        return result;
    }
    if (text.size() != 5) {
        issue(Severity::Error,
            QCoreApplication::translate("LocationCodes", "The ZIP code must have 5 digits (%1 found).")
                .arg(text.size()));
        return result;
    }
    result.value = text;
    return result;
}

} // namespace nd
