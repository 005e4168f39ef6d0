#include "response/JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace nd {

JsonField findField(const QJsonObject &object, const QStringList &aliases)
{
    for (const QString &alias : aliases) {
        // Exact match first: cheap, and the common case.
        const auto exact = object.constFind(alias);
        if (exact != object.constEnd())
            return {alias, exact.value()};
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key().compare(alias, Qt::CaseInsensitive) == 0)
                return {it.key(), it.value()};
        }
    }
    return {};
}

QString jsonTypeName(const QJsonValue &value)
{
    // Each is a noun phrase with its article: it fills %2 of "%1 is %2, not text" and its siblings.
    switch (value.type()) {
    case QJsonValue::Null:
        //: JSON type name, fills %2 of "%1 is %2, not text" (the JSON value null).
        return QCoreApplication::translate("JsonFields", "null");
    case QJsonValue::Bool:
        //: JSON type name, fills %2 of "%1 is %2, not text" (true or false).
        return QCoreApplication::translate("JsonFields", "a boolean");
    case QJsonValue::Double:
        //: JSON type name, fills %2 of "%1 is %2, not text".
        return QCoreApplication::translate("JsonFields", "a number");
    case QJsonValue::String:
        //: JSON type name, fills %2 of "%1 is %2, not an array" (a JSON string).
        return QCoreApplication::translate("JsonFields", "text");
    case QJsonValue::Array:
        //: JSON type name, fills %2 of "%1 is %2, not text" (a JSON list).
        return QCoreApplication::translate("JsonFields", "an array");
    case QJsonValue::Object:
        //: JSON type name, fills %2 of "%1 is %2, not text" (a JSON object with named fields).
        return QCoreApplication::translate("JsonFields", "an object");
    case QJsonValue::Undefined:
        break;
    }
    //: JSON type name, fills %2 of "%1 is %2, not text" (the field is not there at all).
    return QCoreApplication::translate("JsonFields", "missing");
}

QString wrongJsonTypeError(const QString &label, const QJsonValue &value, JsonExpectation expected)
{
    const QString type = jsonTypeName(value);
    switch (expected) {
    case JsonExpectation::Text:
        //: Part of "the server's answer could not be read (…)". %1 is a JSON field name as the server
        //: sent it (keep as is), %2 a JSON type name such as "a number".
        return QCoreApplication::translate("JsonFields", "%1 is %2, not text").arg(label, type);
    case JsonExpectation::Array:
        //: Part of "the server's answer could not be read (…)". %1 is a JSON field name as the server
        //: sent it (keep as is), %2 a JSON type name such as "an object". An array is a JSON list.
        return QCoreApplication::translate("JsonFields", "%1 is %2, not an array").arg(label, type);
    case JsonExpectation::PhoneNumber:
        //: Part of "the server's answer could not be read (…)". %1 is a JSON field name as the server
        //: sent it (keep as is), %2 a JSON type name such as "an object".
        return QCoreApplication::translate("JsonFields", "%1 is %2, not a phone number").arg(label, type);
    case JsonExpectation::Url:
        //: Part of "the server's answer could not be read (…)". %1 is a JSON field name as the server
        //: sent it (keep as is), %2 a JSON type name such as "a number". URL: a web address.
        return QCoreApplication::translate("JsonFields", "%1 is %2, not a URL").arg(label, type);
    case JsonExpectation::Amount:
        //: Part of "the server's answer could not be read (…)". %1 is a JSON field name as the server
        //: sent it (keep as is), %2 a JSON type name such as "an object". Amount: a fee in US dollars.
        return QCoreApplication::translate("JsonFields", "%1 is %2, not an amount").arg(label, type);
    case JsonExpectation::NumberOrObject:
        //: Part of "the server's answer could not be read (…)". %1 is a JSON list item as the server
        //: sent it, e.g. "Numbers[0]" (keep as is), %2 a JSON type name such as "a boolean". "a number"
        //: here means a phone number given as digits.
        return QCoreApplication::translate("JsonFields", "%1 is %2, not a number or an object")
            .arg(label, type);
    }
    return QCoreApplication::translate("JsonFields", "%1 is %2, not text").arg(label, type);
}

ParseResult<QJsonObject> parseJsonObjectBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        //: Part of "the server's answer could not be read (…)": the answer had no content.
        return ParseResult<QJsonObject>::failure(QCoreApplication::translate("JsonFields", "body is empty"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        //: Part of "the server's answer could not be read (…)". %1 is Qt's reason (e.g. "unterminated
        //: string"), %2 the position in the answer where reading stopped.
        return ParseResult<QJsonObject>::failure(
            QCoreApplication::translate("JsonFields", "body is not JSON: %1 at offset %L2")
                .arg(error.errorString())
                .arg(error.offset));
    }
    if (doc.isArray())
        //: Part of "the server's answer could not be read (…)". JSON array: a list; object: named fields.
        return ParseResult<QJsonObject>::failure(
            QCoreApplication::translate("JsonFields", "body is a JSON array, not an object"));
    if (!doc.isObject())
        return ParseResult<QJsonObject>::failure(
            //: Part of "the server's answer could not be read (…)".
            QCoreApplication::translate("JsonFields", "body is not a JSON object"));
    return ParseResult<QJsonObject>::success(doc.object());
}

QString readOptionalText(
    const QJsonObject &object, const QStringList &aliases, const QString &label, QString *out)
{
    const JsonField field = findField(object, aliases);
    out->clear();
    if (field.isAbsentOrNull())
        return {};
    if (!field.value.isString())
        return wrongJsonTypeError(label, field.value, JsonExpectation::Text);
    *out = field.value.toString().trimmed();
    return {};
}

} // namespace nd
