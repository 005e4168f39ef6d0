#pragma once

// POST /v1.0/numbers/status once the caller is authenticated: validation, the magic inputs, the
// per-number state machine (all numbers or none), the order and its JSON. Decides how the answer
// is delivered (now, late, or not at all) but never touches a socket. Used by SandboxServer.

#include "sandbox/NumberRegistry.h"
#include "sandbox/OrderBook.h"
#include "sandbox/ProblemResponse.h"
#include "sandbox/QrImageStore.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxValidation.h"

#include <optional>

namespace nd::sandbox {

struct StatusChangeOutcome
{
    enum class Delivery {
        Now,
        Slow, // after SandboxOptions::slowResponseMs
        Drop // the change is applied, then the connection is aborted without an answer
    };
    SandboxReply reply;
    Delivery delivery = Delivery::Now;
};

class StatusChangeHandler final
{
public:
    StatusChangeHandler(NumberRegistry &numbers, OrderBook &orders, QrImageStore &qrCodes);

    StatusChangeOutcome handle(const QByteArray &body, const SandboxOptions &options, const QUrl &serverRoot);

private:
    static std::optional<SandboxReply> magicRefusal(const SandboxChange &change);
    FieldErrors stateRefusals(const SandboxChange &change) const;
    SandboxOrder placeOrder(
        const SandboxChange &change, const SandboxOptions &options, const QUrl &serverRoot);
    QString newNumberFor(
        const SandboxChange &change, const QString &original, const QSet<QString> &reserved) const;

    NumberRegistry &m_numbers;
    OrderBook &m_orders;
    QrImageStore &m_qrCodes;
};

} // namespace nd::sandbox
