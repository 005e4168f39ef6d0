#include "sandbox/SandboxValidation.h"

#include "sandbox/VendorContract.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace nd::sandbox {

namespace {

bool matches(const char *pattern, const QString &text)
{
    return QRegularExpression(QLatin1String(pattern)).match(text).hasMatch();
}

QString invalidTypeMessage()
{
    QStringList names;
    for (const VendorChange &change : vendorChanges())
        names << QLatin1String(change.wireName);
    return QStringLiteral("Invalid status change type. Must be one of: ") + names.join(QStringLiteral(", "))
        + QLatin1Char('.');
}

// Exact lowercase wire name only: the sandbox is stricter than the core's parser on purpose.
std::optional<ChangeType> exactType(const QJsonValue &value)
{
    return value.isString() ? vendorChangeNamed(value.toString()) : std::nullopt;
}

// "swap or replace": the change types the vendor accepts the field with.
QString typesAccepting(bool VendorChange::*flag)
{
    QStringList names;
    for (const VendorChange &change : vendorChanges()) {
        if (change.*flag)
            names << QLatin1String(change.wireName);
    }
    return names.join(QStringLiteral(" or "));
}

void checkLocationField(const QJsonObject &body, const QString &key, const char *pattern,
    const QString &format, bool VendorChange::*flag, const std::optional<ChangeType> &type,
    SandboxChange &change, FieldErrors &errors)
{
    if (!body.contains(key))
        return;
    const QString path = QStringLiteral("$.") + key;
    const QJsonValue value = body.value(key);
    if (type && !(vendorChange(*type).*flag)) {
        errors[path] << QStringLiteral("%1 is only allowed with %2.").arg(key, typesAccepting(flag));
        return;
    }
    if (!value.isString() || !matches(pattern, value.toString())) {
        errors[path] << format;
        return;
    }
    (key == QLatin1String("AreaCode") ? change.areaCode : change.zipCode) = value.toString();
}

void checkNumbers(
    const QJsonValue &list, const std::optional<ChangeType> &type, SandboxChange &change, FieldErrors &errors)
{
    if (!list.isArray() || list.toArray().isEmpty()) {
        errors[QStringLiteral("$.PhoneNumbers")]
            << QStringLiteral("At least one phone number must be provided");
        return;
    }
    const QJsonArray items = list.toArray();
    QSet<QString> seen;
    for (int i = 0; i < items.size(); ++i) {
        const QString row = QStringLiteral("$.PhoneNumbers[%1]").arg(i);
        if (!items.at(i).isObject()) {
            errors[row] << QStringLiteral("Each phone number must be an object with a Number.");
            continue;
        }
        const QJsonObject item = items.at(i).toObject();
        SandboxNumber number;
        const QJsonValue rawNumber = item.value(QStringLiteral("Number"));
        number.e164 = rawNumber.toString();
        if (!rawNumber.isString() || !SandboxValidation::isNanpE164(number.e164)) {
            errors[row + QStringLiteral(".Number")]
                << QStringLiteral("Number must be a US/Canada number in E.164 format, e.g. +12015550123.");
        } else if (seen.contains(number.e164)) {
            errors[row + QStringLiteral(".Number")]
                << QStringLiteral("%1 appears more than once; list each number once.").arg(number.e164);
        }
        seen.insert(number.e164);
        if (item.contains(QStringLiteral("ICCID"))) {
            const QJsonValue iccid = item.value(QStringLiteral("ICCID"));
            if (type && !vendorChange(*type).acceptsIccid)
                errors[row + QStringLiteral(".ICCID")]
                    << QStringLiteral("ICCID is only allowed with %1.")
                           .arg(typesAccepting(&VendorChange::acceptsIccid));
            else if (!iccid.isString() || !matches("^[0-9]{18,22}$", iccid.toString()))
                errors[row + QStringLiteral(".ICCID")] << QStringLiteral("ICCID must be 18 to 22 digits.");
            else
                number.iccid = iccid.toString();
        }
        change.numbers.append(number);
    }
}

} // namespace

bool SandboxValidation::isNanpE164(const QString &number)
{
    return matches("^\\+1[2-9][0-9]{2}[2-9][0-9]{6}$", number);
}

ValidationOutcome SandboxValidation::validate(const QByteArray &body)
{
    ValidationOutcome outcome;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        outcome.errors[QStringLiteral("$")] << QStringLiteral("The request body must be a JSON object.");
        return outcome;
    }
    const QJsonObject object = document.object();
    SandboxChange change;

    const std::optional<ChangeType> type = exactType(object.value(QStringLiteral("StatusChange")));
    if (!type)
        outcome.errors[QStringLiteral("$.StatusChange")] << invalidTypeMessage();
    else
        change.type = *type;

    const QJsonValue date = object.value(QStringLiteral("EffectiveDate"));
    change.effectiveDate = QDate::fromString(date.toString(), QStringLiteral("MM/dd/yyyy"));
    if (!date.isString() || !matches("^[0-9]{2}/[0-9]{2}/[0-9]{4}$", date.toString())
        || !change.effectiveDate.isValid())
        outcome.errors[QStringLiteral("$.EffectiveDate")]
            << QStringLiteral("Date must be in MM/DD/YYYY format");

    // With an unknown type, only the formats can be checked.
    checkLocationField(object, QStringLiteral("AreaCode"), "^[2-9][0-9]{2}$",
        QStringLiteral("AreaCode must be 3 digits, not starting with 0 or 1."),
        &VendorChange::acceptsAreaCode, type, change, outcome.errors);
    checkLocationField(object, QStringLiteral("ZipCode"), "^[0-9]{5}$",
        QStringLiteral("ZipCode must be 5 digits."), &VendorChange::acceptsZipCode, type, change,
        outcome.errors);
    checkNumbers(object.value(QStringLiteral("PhoneNumbers")), type, change, outcome.errors);

    if (outcome.errors.isEmpty())
        outcome.change = change;
    return outcome;
}

} // namespace nd::sandbox
