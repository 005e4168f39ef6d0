#pragma once

// Obtains bearer tokens: from the TokenCache while they are fresh, otherwise from POST /oauth2/tokens
// with the account's credentials, one token per endpoint. Concurrent requests for the same endpoint
// share one token request. Used by ApiCall; the tokens never leave memory.

#include "network/ApiEndpoints.h"
#include "network/Credentials.h"
#include "network/TokenCache.h"
#include "network/TransportFailure.h"
#include "response/ApiError.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <variant>

class QNetworkAccessManager;
class QNetworkReply;

namespace nd {

class ReplyBodyLimit;

using TokenOutcome = std::variant<QByteArray, ApiError>;

class TokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    TokenProvider(QNetworkAccessManager *network, TokenCache *cache, QObject *parent = nullptr);
    ~TokenProvider() override;

    void setEndpoints(const ApiEndpoints &endpoints);
    void setCredentials(const Credentials &credentials);
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }

    // Calls `done` later (never synchronously) with a token valid for `endpoint`, or the reason there
    // is none. Nothing is called if `context` is destroyed first. `forceFresh` skips the cache: used
    // once after the server answered 401 to a cached token.
    void obtainToken(const QUrl &endpoint, QObject *context, std::function<void(const TokenOutcome &)> done,
        bool forceFresh = false);

    int tokenRequestsSent() const { return m_tokenRequestsSent; }
    // Changes whenever the credentials or endpoints change: a call started under one account must not
    // be resent under another.
    quint64 generation() const { return m_generation; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(const TokenOutcome &)> done;
    };
    struct Pending
    {
        QPointer<QNetworkReply> reply;
        QList<Waiter> waiters;
    };

    void requestToken(const QUrl &endpoint);
    void onTokenReply(
        const QUrl &endpoint, QNetworkReply *reply, ReplyBodyLimit *limit, const TransportContext &context);
    void deliver(const QUrl &endpoint, const TokenOutcome &outcome);

    QNetworkAccessManager *m_network;
    TokenCache *m_cache;
    ApiEndpoints m_endpoints;
    Credentials m_credentials;
    int m_transferTimeoutMs = 30000;
    int m_tokenRequestsSent = 0;
    quint64 m_generation = 0;
    QHash<QString, Pending> m_pending; // by endpoint URL
};

} // namespace nd
