#include "response/JsonFields.h"

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
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

ParseResult<QJsonObject> parseJsonObjectBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return ParseResult<QJsonObject>::failure(QStringLiteral("body is empty"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ParseResult<QJsonObject>::failure(QStringLiteral("body is not JSON: ") + error.errorString()
            + QStringLiteral(" at offset ") + QString::number(error.offset));
    }
    if (doc.isArray())
        return ParseResult<QJsonObject>::failure(QStringLiteral("body is a JSON array, not an object"));
    if (!doc.isObject())
        return ParseResult<QJsonObject>::failure(QStringLiteral("body is not a JSON object"));
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
        return label + QStringLiteral(" is ") + jsonTypeName(field.value) + QStringLiteral(", not text");
    *out = field.value.toString().trimmed();
    return {};
}

} // namespace nd
