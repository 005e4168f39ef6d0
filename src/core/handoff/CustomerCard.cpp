#include "handoff/CustomerCard.h"

namespace nd {

CustomerCard cardFor(const Order &order, const OrderNumber &number, const QString &supportLine)
{
    CustomerCard card;
    card.phoneNumber = number.number;
    card.orderId = order.orderId;
    if (order.orderDate)
        // A bare server date is that calendar day; a time is shown as the day it was here.
        card.orderDate
            = order.orderDateIsDateOnly ? order.orderDate->date() : order.orderDate->toLocalTime().date();
    card.supportLine = supportLine;
    return card;
}

} // namespace nd
