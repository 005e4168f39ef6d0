#pragma once

// Reads one item of an order's numbers list, in any of the vendor's shapes: a plain string or JSON
// number, `{ Number, ... }`, or `{ OriginalNumber, NewNumber, ... }` for swap/replace. Used by
// OrderParser for both the status-change response and the order lookup.

#include "response/Order.h"
#include "response/ParseResult.h"

#include <QJsonValue>
#include <QString>

namespace nd {

// `label` names the item in errors, as the server spelled the list: "NumbersChange[2]".
ParseResult<OrderNumber> parseOrderNumberItem(const QJsonValue &item, const QString &label);

} // namespace nd
