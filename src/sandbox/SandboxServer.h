#pragma once

// NumberDesk's sandbox: a faithful local implementation of the API contract on 127.0.0.1, with
// "magic" numbers (SandboxMagic.h) that make it fail the ways a client must survive. Used by the
// numberdesk-sandbox executable, the app's demo mode and the network tests.
//
// This class does the HTTP side only: routing, rate limiting, bearer-token checks, counters and
// how each answer is delivered (now, late, streamed, or dropped). The API's logic lives in
// TokenEndpoint, StatusChangeHandler, OrderBook and QrImageStore.

#include "sandbox/HttpServerAdapter.h"
#include "sandbox/NumberRegistry.h"
#include "sandbox/OrderBook.h"
#include "sandbox/QrImageStore.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxTokens.h"
#include "sandbox/StatusChangeHandler.h"

#include <QHash>
#include <QUrl>
#include <memory>
#include <optional>

namespace nd::sandbox {

class SandboxServer final : public HttpServerAdapter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);

    bool start(quint16 port = 0); // 127.0.0.1 only; false + errorString() on failure
    QString errorString() const { return m_errorString; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1.0
    const SandboxOptions &options() const { return m_options; }

    // How many entries the sandbox holds now; each stays within its SandboxOptions limit.
    struct Footprint
    {
        int tokens = 0;
        int orders = 0;
        int qrCodes = 0;
        int numbers = 0;
        int countedPaths = 0;
    };
    Footprint footprint() const;

    // Every request received, even rejected ones, by path: "/v1.0/numbers/status".
    int requestCount(const QString &path) const { return m_requestCounts.value(path); }
    int qrRequestsWithAuthorization() const { return m_qrRequestsWithAuthorization; }
    int tokensIssued() const { return m_tokens.issuedCount(); }
    void revokeAllTokens() { m_tokens.revokeAll(); }
    std::optional<QString> activationCodeForQrUrl(const QUrl &url) const;
    QString numberState(const QString &e164) const; // "" if never seen
    void setNumberState(const QString &e164, const QString &state);
    void setSlowResponseMs(int ms) { m_options.slowResponseMs = ms; }
    SandboxTokens &tokens() { return m_tokens; } // tests inject a clock
    // Test hook, in-process only (no request can reach it): the next `times` requests to `path` get
    // `reply` instead of the contract's answer, and nothing changes. For answers a gateway or proxy in
    // front of the service may give (redirects, 5xx pages, oversized bodies) that no sandbox input
    // produces. A GET may be sent again by Qt itself; a real server would answer it the same way.
    void answerNextRequestWith(const QString &path, const SandboxReply &reply, int times = 1);

signals:
    void requestReceived(const QString &method, const QString &path);

protected:
    void route(const QHttpServerRequest &request, const std::shared_ptr<HttpExchange> &exchange) override;

private:
    QString endpointUrl(const char *relativePath) const;
    std::optional<SandboxReply> refuseUnauthorized(
        const QHttpServerRequest &request, const QString &endpoint) const;
    SandboxReply lookUpOrder(const QHttpServerRequest &request);
    void serveQr(const QHttpServerRequest &request, const std::shared_ptr<HttpExchange> &exchange);
    void deliver(const QHttpServerRequest &request, const std::shared_ptr<HttpExchange> &exchange,
        const StatusChangeOutcome &outcome);
    void answer(const QHttpServerRequest &request, HttpExchange &exchange, const SandboxReply &reply);

    SandboxOptions m_options;
    SandboxTokens m_tokens;
    RateLimiter m_rateLimiter;
    NumberRegistry m_numbers;
    OrderBook m_orders;
    QrImageStore m_qrCodes;
    StatusChangeHandler m_statusChanges {m_numbers, m_orders, m_qrCodes};
    QHash<QString, int> m_requestCounts;
    struct ScriptedReply
    {
        SandboxReply reply;
        int timesLeft = 1;
    };
    QHash<QString, ScriptedReply> m_scriptedReplies; // by path; see answerNextRequestWith
    int m_qrRequestsWithAuthorization = 0;
    QString m_errorString;
    quint16 m_port = 0;
};

} // namespace nd::sandbox
