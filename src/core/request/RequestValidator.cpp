#include "request/RequestValidator.h"

#include "i18n/LocaleFormat.h"
#include "request/Iccid.h"
#include "request/LocationCodes.h"
#include "request/PhoneNumber.h"
#include "request/TypedText.h"

#include <QCoreApplication>
#include <QHash>

namespace nd {

namespace {

void validateEffectiveDate(const QDate &date, const QDate &today, QList<ValidationIssue> &issues)
{
    const QString field = RequestField::EffectiveDate;
    if (!date.isValid()) {
        issues.append({Severity::Error, field, std::nullopt,
            QCoreApplication::translate("RequestValidator", "Choose a valid effective date.")});
    } else if (today.isValid() && date < today) {
        // Not refused: the vendor's own examples send 12/31/2023 long after that date. Usually a slip,
        // so the form asks before sending.
        issues.append({Severity::Warning, field, std::nullopt,
            QCoreApplication::translate("RequestValidator", "The effective date %1 is in the past.")
                .arg(dateText(date))});
    }
}

QString validateLocation(const LocationCodeResult &result, QList<ValidationIssue> &issues)
{
    issues.append(result.issues);
    return result.hasErrors() ? QString() : result.value;
}

RowValidation validateRow(int row, const NumberEntry &entry, const ChangeTypeRule &rule)
{
    RowValidation validation;
    validation.row = row;
    const bool numberBlank = isBlankTypedText(entry.number);
    const bool iccidBlank = !rule.usesIccid || isBlankTypedText(entry.iccid);
    if (numberBlank && iccidBlank) {
        validation.isBlank = true;
        return validation;
    }

    if (numberBlank) {
        validation.issues.append({Severity::Error, QString(RequestField::Number), row,
            QCoreApplication::translate("RequestValidator", "An ICCID was entered without a phone number.")});
    } else {
        const PhoneNumberResult number = parsePhoneNumber(entry.number);
        if (number.isValid())
            validation.e164 = number.e164;
        else
            validation.issues.append({Severity::Error, QString(RequestField::Number), row, number.reason});
    }

    if (rule.usesIccid) {
        IccidResult iccid = parseIccid(entry.iccid);
        for (ValidationIssue &issue : iccid.issues) {
            issue.row = row;
            validation.issues.append(issue);
        }
        validation.iccid = iccid.digits;
    }
    return validation;
}

// A number typed twice is sent once. Two different ICCIDs for one number cannot both be right.
void markDuplicate(RowValidation &later, const RowValidation &first, bool usesIccid)
{
    later.duplicateOfRow = first.row;
    if (usesIccid && later.iccid != first.iccid) {
        later.issues.append({Severity::Error, QString(RequestField::Number), later.row,
            QCoreApplication::translate("RequestValidator",
                "This number is also in row %1 with a different ICCID; keep one of the two "
                "rows.")
                .arg(first.row + 1)});
    } else {
        later.issues.append({Severity::Warning, QString(RequestField::Number), later.row,
            QCoreApplication::translate(
                "RequestValidator", "This number is already in row %1; it will be sent only once.")
                .arg(first.row + 1)});
    }
}

} // namespace

ValidationResult validateRequest(const StatusChangeRequest &request, const QDate &today)
{
    const ChangeTypeRule &rule = ruleFor(request.changeType);
    ValidationResult result;
    ValidatedRequest validated;
    validated.changeType = request.changeType;
    validated.effectiveDate = request.effectiveDate;

    validateEffectiveDate(request.effectiveDate, today, result.issues);
    // Fields the change type does not use are ignored entirely, whatever is typed in them: the form
    // may keep them for when the user switches back.
    if (rule.usesAreaCode)
        validated.areaCode = validateLocation(parseAreaCode(request.areaCode), result.issues);
    if (rule.usesZipCode)
        validated.zipCode = validateLocation(parseZipCode(request.zipCode), result.issues);

    QHash<QString, int> firstRowOfNumber;
    QList<ValidationIssue> rowIssues;
    for (int row = 0; row < request.numbers.size(); ++row) {
        RowValidation validation = validateRow(row, request.numbers.at(row), rule);
        if (!validation.e164.isEmpty()) {
            const auto first = firstRowOfNumber.constFind(validation.e164);
            if (first != firstRowOfNumber.cend())
                markDuplicate(validation, result.rows.at(*first), rule.usesIccid);
            else
                firstRowOfNumber.insert(validation.e164, row);
        }
        if (!validation.isBlank && !validation.hasErrors() && !validation.duplicateOfRow)
            validated.numbers.append({validation.e164, validation.iccid, row});
        rowIssues.append(validation.issues);
        result.rows.append(validation);
    }

    const bool anyNumberTyped = std::any_of(
        result.rows.cbegin(), result.rows.cend(), [](const RowValidation &row) { return !row.isBlank; });
    if (!anyNumberTyped) {
        result.issues.append({Severity::Error, QString(RequestField::PhoneNumbers), std::nullopt,
            QCoreApplication::translate("RequestValidator", "Enter at least one phone number.")});
    }
    result.issues.append(rowIssues);

    if (!result.hasErrors())
        result.request = validated;
    return result;
}

} // namespace nd
