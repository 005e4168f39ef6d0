#include "response/OrderParser.h"

#include "response/JsonFields.h"
#include "response/OrderNumberParser.h"
#include "response/ServerDates.h"
#include "response/ServerText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

namespace nd {

namespace {

Q_LOGGING_CATEGORY(lcOrderParser, "numberdesk.core.orderparser")

enum class NumbersList { Required, Optional };

QString readRequiredText(const QJsonObject &object, const QString &name, QString *out)
{
    const JsonField field = findField(object, {name});
    if (field.isAbsentOrNull())
        //: Part of "the server's answer could not be read (…)". %1 is a JSON field name such as OrderId
        //: (keep as is).
        return QCoreApplication::translate("OrderParser", "%1 is missing").arg(name);
    if (!field.value.isString())
        return wrongJsonTypeError(name, field.value, JsonExpectation::Text);
    *out = field.value.toString().trimmed();
    if (out->isEmpty())
        //: Part of "the server's answer could not be read (…)". %1 is a JSON field name such as OrderId
        //: (keep as is); the field holds no text.
        return QCoreApplication::translate("OrderParser", "%1 is empty").arg(name);
    return {};
}

template<class T, class Reader>
QString readOptionalDate(const QJsonObject &object, const QString &name, Reader reader, std::optional<T> *out)
{
    QString text;
    if (QString error = readOptionalText(object, {name}, name, &text); !error.isEmpty())
        return error;
    if (text.isEmpty())
        return {};
    *out = reader(text);
    if (!*out)
        //: Part of "the server's answer could not be read (…)". %1 is a JSON field name such as
        //: OrderDate (keep as is), %2 the server's value in quotes, e.g. '13/45/2024'.
        return QCoreApplication::translate("OrderParser", "%1 %2 is not a date the API uses")
            .arg(name, quotedServerValue(text));
    return {};
}

QString readHeader(const QJsonObject &object, Order *order)
{
    QString error = readRequiredText(object, QStringLiteral("OrderId"), &order->orderId);
    if (error.isEmpty())
        error = readRequiredText(object, QStringLiteral("OrderStatus"), &order->serverStatus);
    if (error.isEmpty())
        error = readOptionalDate(object, QStringLiteral("OrderDate"), parseServerDateTime, &order->orderDate);
    if (error.isEmpty() && order->orderDate) {
        QString raw;
        readOptionalText(object, {QStringLiteral("OrderDate")}, QStringLiteral("OrderDate"), &raw);
        order->orderDateIsDateOnly = !raw.contains(QLatin1Char(':'));
    }
    if (error.isEmpty())
        error = readOptionalDate(
            object, QStringLiteral("EffectiveDate"), parseServerDate, &order->effectiveDate);
    if (error.isEmpty())
        error = readOptionalText(object, {QStringLiteral("ChangeType"), QStringLiteral("OrderType")},
            QStringLiteral("ChangeType"), &order->changeType);
    if (error.isEmpty())
        error = readOptionalText(object, {QStringLiteral("OrderStatusMessage")},
            QStringLiteral("OrderStatusMessage"), &order->statusMessage);
    order->state = orderStateFromServerWord(order->serverStatus);
    return error;
}

QString readNumbers(const QJsonObject &object, const QStringList &aliases, NumbersList need, Order *order)
{
    const JsonField list = findField(object, aliases);
    if (list.isAbsentOrNull()) {
        if (need == NumbersList::Optional)
            return {};
        //: Part of "the server's answer could not be read (…)". %1 lists the JSON field names
        //: looked for, e.g. "Numbers, NumbersChange, NumbersChanged" (keep as is).
        return QCoreApplication::translate("OrderParser", "the numbers list is missing (looked for %1)")
            .arg(aliases.join(QStringLiteral(", ")));
    }
    if (!list.value.isArray())
        return wrongJsonTypeError(list.key, list.value, JsonExpectation::Array);
    const QJsonArray items = list.value.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QString label = list.key + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        ParseResult<OrderNumber> item = parseOrderNumberItem(items.at(i), label);
        if (!item.ok())
            return item.error;
        order->numbers.append(std::move(*item.value));
    }
    return {};
}

ParseResult<Order> parseOrder(const QByteArray &body, const QStringList &numberAliases, NumbersList need)
{
    const ParseResult<QJsonObject> json = parseJsonObjectBody(body);
    if (!json.ok())
        return ParseResult<Order>::failure(json.error);
    Order order;
    QString error = readHeader(*json.value, &order);
    if (error.isEmpty())
        error = readNumbers(*json.value, numberAliases, need, &order);
    if (!error.isEmpty()) {
        // The reason only: bodies may hold QR URLs, which are secrets.
        qCDebug(lcOrderParser) << "rejected an order body:" << error;
        return ParseResult<Order>::failure(error);
    }
    return ParseResult<Order>::success(order);
}

} // namespace

ParseResult<Order> parseStatusChangeResponse(const QByteArray &body)
{
    return parseOrder(body,
        {QStringLiteral("Numbers"), QStringLiteral("NumbersChange"), QStringLiteral("NumbersChanged")},
        NumbersList::Required);
}

ParseResult<Order> parseOrderLookupResponse(const QByteArray &body)
{
    return parseOrder(body, {QStringLiteral("PhoneNumbersOrdered")}, NumbersList::Optional);
}

} // namespace nd
