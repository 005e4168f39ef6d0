#pragma once

// The sandbox's 200 bodies, in the contract's canonical PascalCase forms: the answer to
// POST /numbers/status and to GET /numbers/order. Used by StatusChangeHandler and SandboxServer.

#include "sandbox/OrderBook.h"

#include <QJsonObject>

namespace nd::sandbox {

class OrderJson final
{
public:
    static QJsonObject statusChangeResponse(const SandboxOrder &order);
    static QJsonObject lookupResponse(const SandboxOrder &order);
};

} // namespace nd::sandbox
