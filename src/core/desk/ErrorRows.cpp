#include "desk/ErrorRows.h"

#include "request/PhoneNumber.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace nd {

namespace {

// A North American number as people write it ("+12016090422", "(201) 609-0422", "201.609.0422",
// "+1 201 609 0422"), not inside a longer run of digits. parsePhoneNumber() has the last word.
const QRegularExpression &numberCandidates()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![\\d+])(?:\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?!\\d)"));
    return pattern;
}

void addOnce(QStringList &messages, const QString &message)
{
    if (!message.isEmpty() && !messages.contains(message))
        messages << message;
}

} // namespace

QStringList phoneNumbersIn(const QString &text)
{
    QStringList found;
    QRegularExpressionMatchIterator it = numberCandidates().globalMatch(text);
    while (it.hasNext()) {
        const QString candidate = it.next().captured().trimmed();
        const PhoneNumberResult parsed = parsePhoneNumber(candidate);
        if (parsed.isValid() && !found.contains(parsed.e164))
            found << parsed.e164;
    }
    return found;
}

ErrorRows rowsNamedByError(const ApiError &error, const ValidatedRequest &sent)
{
    ErrorRows result;
    QHash<QString, int> rowOfNumber;
    for (const ValidatedNumber &number : sent.numbers)
        rowOfNumber.insert(number.e164, number.sourceRow);
    // `onlyUnmarked`: the Detail repeats what the field errors said; a row already explained keeps that.
    const auto placeNumbersIn = [&](const QString &text, const QString &message, bool onlyUnmarked = false) {
        bool placed = false;
        for (const QString &e164 : phoneNumbersIn(text)) {
            const auto row = rowOfNumber.constFind(e164);
            if (row == rowOfNumber.cend())
                continue;
            placed = true;
            if (!onlyUnmarked || !result.messagesByRow.contains(*row))
                addOnce(result.messagesByRow[*row], message);
        }
        return placed;
    };

    for (const FieldError &fieldError : error.fieldErrors) {
        const QString message = fieldError.messages.join(QLatin1Char(' '));
        if (fieldError.row) {
            // The server counts the numbers it received; duplicates and blank rows were never sent.
            if (*fieldError.row >= 0 && *fieldError.row < sent.numbers.size())
                addOnce(result.messagesByRow[sent.numbers.at(*fieldError.row).sourceRow], message);
            else
                result.outOfRange << QCoreApplication::translate("ErrorRows", "Number %1 of the request: %2")
                                         .arg(*fieldError.row + 1)
                                         .arg(message);
            continue;
        }
        // An Errors key that is a number, or numbers written in its messages.
        const bool byKey = placeNumbersIn(fieldError.path, message);
        const bool byText = placeNumbersIn(message, message);
        if (!byKey && !byText)
            result.unplaced << fieldError;
    }
    // The Detail may be the only place the number is named (titles are ours and name none).
    placeNumbersIn(error.message, error.message, true);
    return result;
}

} // namespace nd
