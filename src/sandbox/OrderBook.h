#pragma once

// The orders the sandbox has accepted, and how a pending one moves on: each lookup of a pending
// order counts, and after the configured number of lookups it reaches its final status.
// Written by StatusChangeHandler, read by the order-lookup route of SandboxServer.

#include "request/ChangeType.h"
#include "sandbox/BoundedHash.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace nd::sandbox {

struct OrderLine
{
    QString number; // the number the customer has after the change (NewNumber for swap/replace)
    QString originalNumber; // set for swap/replace
    QString numberId; // "JNID-<12 digits>"
    QUrl qrCode; // activate/swap-sim only
    double fee = 0.0;
    QString iccid; // swap-sim with an ICCID: echoed per number, as the contract allows ("ICCID")
};

struct SandboxOrder
{
    QString orderId; // "JNUOID-<uuid>"
    QString orderDate; // ISO 8601 UTC, 7 fractional digits, "Z"
    ChangeType type = ChangeType::Activate;
    QDate effectiveDate;
    QList<OrderLine> lines;
    QString status = QStringLiteral("Complete");
    QString finalStatus = QStringLiteral("Complete");
    QString finalMessage; // OrderStatusMessage once failed
    int lookupsBeforeFinal = 0;
};

class OrderBook final
{
public:
    explicit OrderBook(int maxOrders) : m_orders(maxOrders) { } // beyond it the oldest are forgotten

    // Fills in orderId and orderDate; a pending order needs status "Pending" and finalStatus set.
    SandboxOrder &add(SandboxOrder order);
    // Counts one lookup and returns the order as it stands after it; nullopt when unknown.
    std::optional<SandboxOrder> lookUp(const QString &orderId);

    int size() const { return int(m_orders.size()); }

    static QString newNumberId();

private:
    BoundedHash<QString, SandboxOrder> m_orders;
};

} // namespace nd::sandbox
