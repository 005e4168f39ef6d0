#pragma once

// What one customer card says: the number, the activation code (QR codes, manual-entry fields and the
// install link are all made from it), the order it came from and the organisation's support line.
// Built by CustomerCardBatch (results, history) and the scan view; painted by CustomerCardPainter.

#include "qr/ActivationCode.h"
#include "response/Order.h"

#include <QDate>
#include <QString>
#include <optional>

namespace nd {

struct CustomerCard
{
    QString phoneNumber;
    // nullopt when the QR code could not be had (expired, not an eSIM code): the card says why instead.
    std::optional<ActivationCode> code;
    QString unavailableReason; // for the customer, printed in place of the QR codes
    QString orderId;
    QDate orderDate; // the day the agent saw it (local), or as the server gave it; invalid when unknown
    QString supportLine; // set once by the organisation ("Questions? Call 1-800-…"); may be empty
};

// The card for one number of `order`, without its code (the caller fills that in).
CustomerCard cardFor(const Order &order, const OrderNumber &number, const QString &supportLine);

} // namespace nd
