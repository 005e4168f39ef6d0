#pragma once

// Case-insensitive access to the vendor's JSON, whose key casing varies from page to page
// ("OrderId"/"orderId", "QrCode"/"QRCode"). Shared by the response parsers; not used outside them.

#include "response/ParseResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace nd {

struct JsonField
{
    QString key; // the key as the server spelled it; empty when absent
    QJsonValue value; // Undefined when absent

    bool isAbsent() const { return key.isEmpty(); }
    // Null and absent mean the same to the API: "none".
    bool isAbsentOrNull() const { return isAbsent() || value.isNull(); }
};

// The first of `aliases` present in `object`, comparing keys case-insensitively.
JsonField findField(const QJsonObject &object, const QStringList &aliases);

// What a field should have held, for wrongJsonTypeError.
enum class JsonExpectation { Text, Array, PhoneNumber, Url, Amount, NumberOrObject };

// "a number", "an object", ... (translated) for error messages about wrong JSON types.
QString jsonTypeName(const QJsonValue &value);

// "<label> is <type>, not <expected>" as one translated sentence per expectation; `label` is the
// field as the server spelled it ("Numbers[0].QrCode") and stays untranslated.
QString wrongJsonTypeError(const QString &label, const QJsonValue &value, JsonExpectation expected);

// The body as a JSON object, or "body is empty" / "body is not JSON: <reason> at offset N" /
// "body is a JSON array, not an object" (translated).
ParseResult<QJsonObject> parseJsonObjectBody(const QByteArray &body);

// Optional text: absent/null gives an empty string, a string its trimmed value; anything else is an
// error naming `label`. Returns the error, or an empty string when fine.
QString readOptionalText(
    const QJsonObject &object, const QStringList &aliases, const QString &label, QString *out);

} // namespace nd
