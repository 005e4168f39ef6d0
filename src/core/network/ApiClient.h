#pragma once

// The asynchronous client for the numbers-status API. Owns the network access manager, the token
// cache and the token provider; each operation returns an ApiCall the caller connects to.
// Used by the desk (GUI), the benchmark and the integration tests.

#include "network/ApiCall.h"
#include "network/ApiEndpoints.h"
#include "network/Credentials.h"
#include "network/TokenCache.h"
#include "request/StatusChangeRequest.h"

#include <QObject>
#include <optional>

class QNetworkAccessManager;

namespace nd {

class TokenProvider;

class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // Changing either forgets every token (they belong to the old account or server).
    void setBaseUrl(const QUrl &baseUrl);
    void setCredentials(const Credentials &credentials);
    // The tokens `tested` (e.g. a connection test's throw-away client) obtained: used as soon as this
    // client points at the same base URL with the same credentials, now or when it is next configured,
    // instead of asking the server again. One offer is kept, in memory, until its tokens expire.
    void offerTokens(const ApiClient &tested);
    QUrl baseUrl() const { return m_endpoints.baseUrl(); }
    QString accountKey() const { return m_credentials.accountKey; }
    const ApiEndpoints &endpoints() const { return m_endpoints; }

    // Inactivity limit per request; a status change that times out after it was sent is reported as
    // "outcome unknown".
    void setTransferTimeout(int milliseconds);

    // Why no call can be made now (bad base URL, missing credentials), or nullopt.
    std::optional<QString> configurationProblem() const;

    // Each returns a started call (or one that fails at once with a Configuration error). The call
    // deletes itself after `finished`.
    ApiCall *submitStatusChange(const ValidatedRequest &request);
    ApiCall *lookupOrder(const QString &orderId);
    ApiCall *testConnection();

    QNetworkAccessManager *network() const { return m_network; }
    TokenCache &tokenCache() { return m_tokenCache; }
    int tokenRequestsSent() const;

private:
    struct TokenOffer
    {
        QUrl baseUrl;
        Credentials credentials;
        TokenCache tokens;
    };

    ApiCall *startCall(ApiCall::Spec spec);
    void adoptOfferedTokens();

    QNetworkAccessManager *m_network;
    TokenCache m_tokenCache;
    TokenProvider *m_tokens;
    ApiEndpoints m_endpoints;
    Credentials m_credentials;
    int m_transferTimeoutMs = 30000;
    std::optional<TokenOffer> m_offer;
};

} // namespace nd
