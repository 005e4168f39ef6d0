#pragma once

// Turns the bodies of the two order-bearing answers into an Order: the 200 of POST /numbers/status and
// the 200 of GET /numbers/order. Accepts every variant in the contract's "Accept" lists; anything else
// is an error naming the field. Used by the network client; testable without a network.

#include "response/Order.h"
#include "response/ParseResult.h"

#include <QByteArray>

namespace nd {

// Requires OrderId, OrderStatus and a numbers list (Numbers, NumbersChange or NumbersChanged; may be
// empty).
ParseResult<Order> parseStatusChangeResponse(const QByteArray &body);

// Requires OrderId and OrderStatus; the numbers (PhoneNumbersOrdered) are optional.
ParseResult<Order> parseOrderLookupResponse(const QByteArray &body);

} // namespace nd
