#include "request/RequestSerializer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

namespace nd {

namespace {

// QJsonObject sorts its keys; the body is assembled by hand so it reads in the contract's order (in
// the journal too), while QJsonDocument still escapes every value.
using Members = QList<QPair<const char *, QByteArray>>; // key, value already as JSON

QByteArray jsonString(const QString &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2); // strip the array's brackets
}

QByteArray jsonObject(const Members &members)
{
    QByteArray object("{");
    for (const auto &[key, value] : members) {
        if (object.size() > 1)
            object.append(',');
        object.append('"').append(key).append("\":").append(value);
    }
    return object.append('}');
}

} // namespace

QByteArray serializeStatusChange(const ValidatedRequest &request)
{
    const ChangeTypeRule &rule = ruleFor(request.changeType);

    QByteArrayList numbers;
    for (const ValidatedNumber &number : request.numbers) {
        Members item {{"Number", jsonString(number.e164)}};
        if (rule.usesIccid && !number.iccid.isEmpty())
            item.append({"ICCID", jsonString(number.iccid)});
        numbers.append(jsonObject(item));
    }

    Members members {
        {"StatusChange", jsonString(QString::fromLatin1(rule.wireName))},
        {"EffectiveDate", jsonString(request.effectiveDate.toString(QStringLiteral("MM/dd/yyyy")))},
    };
    if (rule.usesAreaCode && !request.areaCode.isEmpty())
        members.append({"AreaCode", jsonString(request.areaCode)});
    if (rule.usesZipCode && !request.zipCode.isEmpty())
        members.append({"ZipCode", jsonString(request.zipCode)});
    members.append({"PhoneNumbers", '[' + numbers.join(',') + ']'});
    return jsonObject(members);
}

} // namespace nd
