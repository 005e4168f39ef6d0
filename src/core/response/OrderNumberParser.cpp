#include "response/OrderNumberParser.h"

#include "response/JsonFields.h"
#include "response/ServerPhoneNumber.h"
#include "response/ServerText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>
#include <cmath>

namespace nd {

namespace {

QString fieldLabel(const QString &label, const JsonField &field, const QString &canonical)
{
    return label + QLatin1Char('.') + (field.isAbsent() ? canonical : field.key);
}

QString readNumber(const QJsonValue &value, const QString &label, QString *out)
{
    const std::optional<QString> e164 = e164FromServerValue(value);
    if (!e164) {
        if (!value.isString() && !value.isDouble())
            return wrongJsonTypeError(label, value, JsonExpectation::PhoneNumber);
        //: Part of "the server's answer could not be read (…)". %1 is a JSON field such as
        //: "Numbers[1].Number" (keep as is), %2 the server's value in quotes, e.g. '555-0100'.
        return QCoreApplication::translate("OrderNumberParser", "%1 %2 is not a phone number the API uses")
            .arg(label, quotedServerValue(serverValueText(value)));
    }
    *out = *e164;
    return {};
}

// The QR value is a secret (it carries the eSIM activation code): errors never quote it.
QString readQrCode(const QJsonObject &item, const QString &label, QUrl *out)
{
    const JsonField field = findField(item, {QStringLiteral("QrCode")});
    if (field.isAbsentOrNull())
        return {};
    const QString name = fieldLabel(label, field, QStringLiteral("QrCode"));
    if (!field.value.isString())
        return wrongJsonTypeError(name, field.value, JsonExpectation::Url);
    const QString text = field.value.toString().trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        //: Part of "the server's answer could not be read (…)". %1 is a JSON field such as
        //: "Numbers[0].QrCode" (keep as is); the QR code's web address is not a full http(s) address.
        return QCoreApplication::translate("OrderNumberParser", "%1 is not an absolute http or https URL")
            .arg(name);
    *out = url;
    return {};
}

QString readFee(const QJsonObject &item, const QString &label, std::optional<double> *out)
{
    const JsonField field = findField(item, {QStringLiteral("ChargeFee"), QStringLiteral("ChangeFee")});
    if (field.isAbsentOrNull())
        return {};
    const QString name = fieldLabel(label, field, QStringLiteral("ChargeFee"));
    if (field.value.isDouble()) {
        *out = field.value.toDouble();
        return {};
    }
    if (!field.value.isString())
        return wrongJsonTypeError(name, field.value, JsonExpectation::Amount);
    const QString text = field.value.toString().trimmed();
    if (text.isEmpty())
        return {};
    bool ok = false;
    const double amount = text.toDouble(&ok); // QString::toDouble is locale-independent: "2.25"
    if (!ok || !std::isfinite(amount))
        //: Part of "the server's answer could not be read (…)". %1 is a JSON field such as
        //: "Numbers[0].ChargeFee" (keep as is), %2 the server's value in quotes; amount: a fee in US dollars.
        return QCoreApplication::translate("OrderNumberParser", "%1 %2 is not an amount")
            .arg(name, quotedServerValue(text));
    *out = amount;
    return {};
}

QString readIccid(const QJsonObject &item, const QString &label, QString *out)
{
    QString iccid;
    if (QString error
        = readOptionalText(item, {QStringLiteral("ICCID")}, label + QStringLiteral(".ICCID"), &iccid);
        !error.isEmpty())
        return error;
    // Some records pad the 19-digit ICCID with the SIM's 'F' filler nibble: it is not part of the id.
    if (iccid.endsWith(QLatin1Char('F'), Qt::CaseInsensitive))
        iccid.chop(1);
    *out = iccid;
    return {};
}

ParseResult<OrderNumber> parseObjectItem(const QJsonObject &item, const QString &label)
{
    OrderNumber result;
    const JsonField newNumber = findField(item, {QStringLiteral("NewNumber")});
    const JsonField original = findField(item, {QStringLiteral("OriginalNumber")});
    const JsonField number = findField(item, {QStringLiteral("Number")});
    const JsonField &current = newNumber.isAbsentOrNull() ? number : newNumber;
    if (current.isAbsentOrNull()) {
        if (!original.isAbsentOrNull())
            //: Part of "the server's answer could not be read (…)". %1 is a list item such as
            //: "NumbersChange[0]", %2 a JSON field name such as OriginalNumber; keep both and NewNumber as
            //: is.
            return ParseResult<OrderNumber>::failure(
                QCoreApplication::translate("OrderNumberParser", "%1 has %2 but no NewNumber")
                    .arg(label, original.key));
        //: Part of "the server's answer could not be read (…)". %1 is a list item such as "Numbers[0]";
        //: keep it and Number (a JSON field name) as is.
        return ParseResult<OrderNumber>::failure(
            QCoreApplication::translate("OrderNumberParser", "%1 has no Number").arg(label));
    }

    QString error = readNumber(current.value, label + QLatin1Char('.') + current.key, &result.number);
    if (error.isEmpty() && !original.isAbsentOrNull())
        error = readNumber(original.value, label + QLatin1Char('.') + original.key, &result.originalNumber);
    if (error.isEmpty())
        error = readQrCode(item, label, &result.qrCodeUrl);
    if (error.isEmpty())
        error = readFee(item, label, &result.fee);
    if (error.isEmpty())
        error = readIccid(item, label, &result.iccid);
    if (error.isEmpty())
        error = readOptionalText(
            item, {QStringLiteral("NumberId")}, label + QStringLiteral(".NumberId"), &result.numberId);
    if (error.isEmpty())
        error = readOptionalText(
            item, {QStringLiteral("Status")}, label + QStringLiteral(".Status"), &result.serverStatus);
    if (!error.isEmpty())
        return ParseResult<OrderNumber>::failure(error);
    return ParseResult<OrderNumber>::success(result);
}

} // namespace

ParseResult<OrderNumber> parseOrderNumberItem(const QJsonValue &item, const QString &label)
{
    if (item.isObject())
        return parseObjectItem(item.toObject(), label);
    if (item.isString() || item.isDouble()) {
        OrderNumber result;
        if (const QString error = readNumber(item, label, &result.number); !error.isEmpty())
            return ParseResult<OrderNumber>::failure(error);
        return ParseResult<OrderNumber>::success(result);
    }
    return ParseResult<OrderNumber>::failure(
        wrongJsonTypeError(label, item, JsonExpectation::NumberOrObject));
}

} // namespace nd
