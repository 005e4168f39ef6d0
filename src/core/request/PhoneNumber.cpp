#include "request/PhoneNumber.h"

#include "request/NanpRules.h"
#include "request/TypedText.h"

#include <QCoreApplication>
#include <QStringList>

namespace nd {

namespace {

constexpr int NanpCountryCode = 1;
constexpr int NationalDigits = 10;
constexpr int MaxLettersQuoted = 5;

PhoneNumberResult failure(PhoneNumberProblem problem, const QString &reason)
{
    PhoneNumberResult result;
    result.problem = problem;
    result.reason = reason;
    return result;
}

PhoneNumberResult notNorthAmerican()
{
    return failure(PhoneNumberProblem::NotNorthAmerican,
        QCoreApplication::translate("PhoneNumber",
            "This is not a North American number; only North American (+1) numbers are "
            "supported."));
}

bool isSeparator(QChar c)
{
    // What people put between digit groups: "(201) 609-3801", "201.609.3801", "201/609 3801".
    return c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('(')
        || c == QLatin1Char(')') || c == QLatin1Char('/');
}

QString quotedLetters(const QString &letters)
{
    QStringList quoted;
    for (const QChar c : letters) {
        const QString item = QLatin1Char('\'') + c + QLatin1Char('\'');
        if (quoted.contains(item))
            continue;
        if (quoted.size() == MaxLettersQuoted) {
            quoted.append(QStringLiteral("…"));
            break;
        }
        quoted.append(item);
    }
    return quoted.join(QStringLiteral(", "));
}

} // namespace

PhoneNumberResult parsePhoneNumber(const QString &typed)
{
    return parsePhoneNumber(typed, NanpCountryCode);
}

PhoneNumberResult parsePhoneNumber(const QString &typed, int defaultCountryCode)
{
    QString text = normalizeTypedText(typed);
    if (text.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        text = text.mid(4).trimmed();
    if (text.isEmpty())
        return failure(PhoneNumberProblem::Empty,
            QCoreApplication::translate("PhoneNumber", "No phone number was entered."));

    const bool international = text.startsWith(QLatin1Char('+'));
    if (international)
        text = text.mid(1);

    QString digits;
    QString letters;
    std::optional<QChar> unexpected;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue())); // also folds full-width and other script digits
        else if (c.isLetter())
            letters.append(c);
        else if (!isSeparator(c) && !unexpected)
            unexpected = c;
    }

    if (!letters.isEmpty()) {
        return failure(PhoneNumberProblem::ContainsLetters,
            QCoreApplication::translate("PhoneNumber",
                "The number contains letters: %1. Only digits are accepted; vanity numbers "
                "such as 1-800-FLOWERS must be typed as digits.")
                .arg(quotedLetters(letters)));
    }
    if (unexpected) {
        return failure(PhoneNumberProblem::UnexpectedCharacter,
            QCoreApplication::translate("PhoneNumber", "The number contains an unexpected character: '%1'.")
                .arg(*unexpected));
    }

    if (digits.isEmpty())
        return failure(PhoneNumberProblem::TooFewDigits,
            QCoreApplication::translate("PhoneNumber", "The number contains no digits."));

    QString national = digits;
    if (international) {
        if (!digits.startsWith(QLatin1Char('1')))
            return notNorthAmerican();
        national = digits.mid(1);
    } else {
        if (defaultCountryCode != NanpCountryCode)
            return notNorthAmerican();
        // 011 is how North Americans dial abroad: "011 44 20 7946 0958".
        if (digits.startsWith(QLatin1String("011")) && digits.size() > NationalDigits + 1)
            return notNorthAmerican();
        if (digits.size() == NationalDigits + 1 && digits.startsWith(QLatin1Char('1')))
            national = digits.mid(1);
    }

    if (national.size() < NationalDigits) {
        return failure(PhoneNumberProblem::TooFewDigits,
            QCoreApplication::translate("PhoneNumber",
                "The number has too few digits (%1 found); 10 are needed, not counting a "
                "leading country code 1.")
                .arg(national.size()));
    }
    if (national.size() > NationalDigits) {
        return failure(PhoneNumberProblem::TooManyDigits,
            QCoreApplication::translate("PhoneNumber",
                "The number has too many digits (%1 found); 10 are needed, not counting a "
                "leading country code 1.")
                .arg(national.size()));
    }

    if (const std::optional<QString> problem = areaCodeProblem(national.left(3)))
        return failure(PhoneNumberProblem::InvalidAreaCode, *problem);
    if (const std::optional<QString> problem = exchangeProblem(national.mid(3, 3)))
        return failure(PhoneNumberProblem::InvalidExchange, *problem);

    PhoneNumberResult result;
    result.e164 = QLatin1String("+1") + national;
    return result;
}

} // namespace nd
