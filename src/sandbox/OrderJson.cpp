#include "sandbox/OrderJson.h"

#include "sandbox/VendorContract.h"

#include <QJsonArray>

namespace nd::sandbox {

namespace {

QJsonObject statusChangeItem(const SandboxOrder &order, const OrderLine &line)
{
    const VendorChange &rule = vendorChange(order.type);
    QJsonObject item;
    if (rule.assignsNewNumber) {
        item.insert(QStringLiteral("OriginalNumber"), line.originalNumber);
        item.insert(QStringLiteral("NewNumber"), line.number);
    } else {
        item.insert(QStringLiteral("Number"), line.number);
    }
    // A failed order issued no profile, so it has no QR code even for activate/swap-sim.
    if (rule.issuesQrCode && !line.qrCode.isEmpty())
        item.insert(QStringLiteral("QrCode"), line.qrCode.toString());
    item.insert(QStringLiteral("ChargeFee"), line.fee);
    if (!line.iccid.isEmpty())
        item.insert(QStringLiteral("ICCID"), line.iccid);
    return item;
}

} // namespace

QJsonObject OrderJson::statusChangeResponse(const SandboxOrder &order)
{
    QJsonArray numbers;
    for (const OrderLine &line : order.lines)
        numbers.append(statusChangeItem(order, line));
    return {{QStringLiteral("OrderId"), order.orderId}, {QStringLiteral("OrderDate"), order.orderDate},
        {QStringLiteral("OrderStatus"), order.status},
        {QStringLiteral("ChangeType"), QLatin1String(vendorChange(order.type).wireName)},
        {QStringLiteral("EffectiveDate"),
            QString(
                order.effectiveDate.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral("T00:00:00"))},
        {QStringLiteral("Numbers"), numbers}};
}

QJsonObject OrderJson::lookupResponse(const SandboxOrder &order)
{
    QJsonArray numbers;
    for (const OrderLine &line : order.lines) {
        QJsonObject item {{QStringLiteral("Number"), line.number},
            {QStringLiteral("NumberId"), line.numberId}, {QStringLiteral("Status"), order.status}};
        if (!line.originalNumber.isEmpty())
            item.insert(QStringLiteral("OriginalNumber"), line.originalNumber);
        numbers.append(item);
    }
    QJsonObject object {{QStringLiteral("OrderId"), order.orderId},
        {QStringLiteral("OrderDate"), order.orderDate}, {QStringLiteral("OrderStatus"), order.status},
        // A category, as in the vendor's lookup example ("Provision"), not the change type.
        {QStringLiteral("OrderType"), QStringLiteral("StatusChange")},
        {QStringLiteral("PhoneNumbersOrdered"), numbers}};
    if (order.status == QLatin1String("Failed"))
        object.insert(QStringLiteral("OrderStatusMessage"), order.finalMessage);
    return object;
}

} // namespace nd::sandbox
