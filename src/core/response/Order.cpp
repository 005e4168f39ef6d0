#include "response/Order.h"

#include "request/ChangeType.h"

#include <QStringList>

namespace nd {

namespace {

bool isOneOf(const QString &word, const QStringList &words)
{
    for (const QString &candidate : words) {
        if (word.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

OrderState orderStateFromServerWord(const QString &word)
{
    // simplified(): the vendor's multi-word states ("Pending Carrier Approval") may come with odd spacing.
    const QString w = word.simplified();
    static const QStringList done = {QStringLiteral("Complete"), QStringLiteral("Completed")};
    static const QStringList inProgress
        = {QStringLiteral("Pending"), QStringLiteral("Submitted"), QStringLiteral("Processing"),
            QStringLiteral("Scheduled"), QStringLiteral("Pending Carrier Approval")};
    static const QStringList failed = {QStringLiteral("Failed"), QStringLiteral("Error"),
        QStringLiteral("Cancelled"), QStringLiteral("Rejected")};
    if (isOneOf(w, done))
        return OrderState::Done;
    if (isOneOf(w, inProgress))
        return OrderState::InProgress;
    if (isOneOf(w, failed))
        return OrderState::Failed;
    return OrderState::Unknown;
}

std::optional<double> Order::totalFee() const
{
    std::optional<double> total;
    for (const OrderNumber &n : numbers) {
        if (n.fee)
            total = total.value_or(0.0) + *n.fee;
    }
    return total;
}

Order mergeLookup(const Order &shown, const Order &lookup)
{
    Order merged = shown;
    merged.serverStatus = lookup.serverStatus;
    merged.state = lookup.state;
    if (!lookup.statusMessage.isEmpty() || lookup.state != shown.state)
        merged.statusMessage = lookup.statusMessage;
    // What was done and when it was ordered belong to the desk's request and the first answer. A lookup
    // fills them only where they are missing: its OrderType is a category ("StatusChange"), not a change
    // type, and its date may be another clock's or a bare day.
    if (lookup.orderDate && !merged.orderDate) {
        merged.orderDate = lookup.orderDate;
        merged.orderDateIsDateOnly = lookup.orderDateIsDateOnly;
    }
    if (merged.changeType.isEmpty() && changeTypeFromWireName(lookup.changeType))
        merged.changeType = lookup.changeType;
    if (!merged.effectiveDate)
        merged.effectiveDate = lookup.effectiveDate;
    for (const OrderNumber &update : lookup.numbers) {
        for (OrderNumber &existing : merged.numbers) {
            if (existing.number != update.number && existing.originalNumber != update.number)
                continue;
            existing.serverStatus = update.serverStatus;
            if (!update.numberId.isEmpty())
                existing.numberId = update.numberId;
            if (existing.qrCodeUrl.isEmpty())
                existing.qrCodeUrl = update.qrCodeUrl;
        }
    }
    return merged;
}

} // namespace nd
