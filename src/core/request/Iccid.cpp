#include "request/Iccid.h"

#include "request/TypedText.h"

#include <QCoreApplication>

namespace nd {

namespace {

constexpr int MinDigits = 18;
constexpr int MaxDigits = 22;

ValidationIssue issue(Severity severity, const QString &message)
{
    return ValidationIssue {severity, QString(RequestField::Iccid), std::nullopt, message};
}

} // namespace

bool passesLuhnCheck(const QString &digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int value = digits.at(i).digitValue();
        if (value < 0)
            return false;
        if (doubleIt) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

IccidResult parseIccid(const QString &typed)
{
    IccidResult result;
    QString text = normalizeTypedText(typed);
    text.remove(QLatin1Char(' '));
    text.remove(QLatin1Char('-'));
    if (text.isEmpty()) {
        result.isBlank = true;
        return result;
    }

    // SIMs store the ICCID in nibbles; odd lengths are padded with F and some systems show it.
    if (text.endsWith(QLatin1Char('F'), Qt::CaseInsensitive)) {
        text.chop(1);
        result.issues.append(issue(Severity::Note,
            QCoreApplication::translate(
                "Iccid", "The trailing F (a filler some systems show) was removed from the ICCID.")));
    }

    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            result.issues.append(issue(Severity::Error,
                QCoreApplication::translate("Iccid", "The ICCID may contain only digits; it contains '%1'.")
                    .arg(c)));
            return result;
        }
    }

    if (text.size() < MinDigits || text.size() > MaxDigits) {
        const char *message = text.size() < MinDigits
            ? QT_TRANSLATE_NOOP(
                "Iccid", "The ICCID has too few digits (%1 found); an ICCID has 18 to 22 digits.")
            : QT_TRANSLATE_NOOP(
                "Iccid", "The ICCID has too many digits (%1 found); an ICCID has 18 to 22 digits.");
        result.issues.append(
            issue(Severity::Error, QCoreApplication::translate("Iccid", message).arg(text.size())));
        return result;
    }

    // Only the common 19- and 20-digit forms are known to end in a Luhn check digit; 18-digit ones
    // (as in the vendor's own example) often do not. A mismatch is likely a typo, not certainly one.
    if ((text.size() == 19 || text.size() == 20) && !passesLuhnCheck(text)) {
        result.issues.append(issue(Severity::Warning,
            QCoreApplication::translate("Iccid",
                "The ICCID's check digit does not match its other digits, so the "
                "ICCID may be mistyped.")));
    }
    result.digits = text;
    return result;
}

} // namespace nd
