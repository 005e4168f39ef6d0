#pragma once

// Test fixture for the results side: an in-process sandbox on loopback and a real ApiClient signed
// in to it, plus a helper that submits a status change and waits for the answer (tests only).

#include "network/ApiClient.h"
#include "sandbox/SandboxServer.h"

#include <QSignalSpy>
#include <QStringList>
#include <memory>
#include <optional>

struct SubmitResult
{
    std::optional<nd::Order> order;
    std::optional<nd::ApiError> error;
};

class DeskSandbox final
{
public:
    explicit DeskSandbox(nd::sandbox::SandboxOptions options = {})
        : server(std::make_unique<nd::sandbox::SandboxServer>(options)),
          client(std::make_unique<nd::ApiClient>())
    {
        started = server->start(0);
        client->setBaseUrl(server->baseUrl());
        client->setCredentials({server->options().accountKey, server->options().accountSecret});
    }

    // Sends the change through ApiClient (the same path as the desk) and waits for its answer.
    // `iccids`, when given, go with the numbers in order (swap-sim).
    SubmitResult submit(nd::ChangeType type, const QStringList &numbers, int timeoutMs = 20000,
        const QStringList &iccids = {})
    {
        nd::ValidatedRequest request;
        request.changeType = type;
        request.effectiveDate = QDate::currentDate();
        for (int i = 0; i < numbers.size(); ++i)
            request.numbers.append({numbers.at(i), iccids.value(i), i});
        nd::ApiCall *call = client->submitStatusChange(request);
        SubmitResult result;
        QObject context;
        QObject::connect(call, &nd::ApiCall::orderReceived, &context,
            [&result](const nd::Order &order) { result.order = order; });
        QObject::connect(call, &nd::ApiCall::failed, &context,
            [&result](const nd::ApiError &error) { result.error = error; });
        QSignalSpy finished(call, &nd::ApiCall::finished);
        if (!call->isFinished())
            finished.wait(timeoutMs);
        return result;
    }

    std::unique_ptr<nd::sandbox::SandboxServer> server;
    std::unique_ptr<nd::ApiClient> client;
    bool started = false;
};
