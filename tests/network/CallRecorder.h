#pragma once

// Test helper: waits for an ApiCall to finish and keeps what it said.

#include "network/ApiCall.h"

#include <QSignalSpy>
#include <QTest>
#include <optional>

struct CallResult
{
    std::optional<nd::Order> order;
    std::optional<nd::ApiError> error;
    bool verified = false;
    bool sent = false;
    int attempts = 0;
};

inline CallResult waitFor(nd::ApiCall *call, int timeoutMs = 15000)
{
    CallResult result;
    QObject::connect(
        call, &nd::ApiCall::orderReceived, call, [&result](const nd::Order &o) { result.order = o; });
    QObject::connect(
        call, &nd::ApiCall::failed, call, [&result](const nd::ApiError &e) { result.error = e; });
    QObject::connect(call, &nd::ApiCall::connectionVerified, call, [&result] { result.verified = true; });
    QObject::connect(call, &nd::ApiCall::requestSent, call, [&result] { result.sent = true; });
    QObject::connect(
        call, &nd::ApiCall::finished, call, [&result, call] { result.attempts = call->attempts(); });
    QSignalSpy finished(call, &nd::ApiCall::finished);
    if (!finished.wait(timeoutMs))
        QTest::qFail("the call did not finish in time", __FILE__,
            __LINE__); // a hang is a failure, not an empty result
    return result;
}
