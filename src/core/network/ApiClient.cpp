#include "network/ApiClient.h"

#include "network/TokenProvider.h"
#include "request/RequestSerializer.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

namespace nd {

ApiClient::ApiClient(QObject *parent)
    : QObject(parent),
      m_network(new QNetworkAccessManager(this)),
      m_tokens(new TokenProvider(m_network, &m_tokenCache, this))
{
    // Cookies would be state the contract does not use; keep every request self-contained.
    m_network->setCookieJar(nullptr);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setStrictTransportSecurityEnabled(true);
    m_tokens->setEndpoints(m_endpoints);
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    m_endpoints = ApiEndpoints(baseUrl);
    m_tokens->setEndpoints(m_endpoints);
    m_tokens->setCredentials(m_credentials); // drops tokens issued by the old server
    adoptOfferedTokens();
}

void ApiClient::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_tokens->setCredentials(credentials);
    adoptOfferedTokens();
}

void ApiClient::offerTokens(const ApiClient &tested)
{
    m_offer = TokenOffer {tested.baseUrl(), tested.m_credentials, TokenCache()};
    m_offer->tokens.adoptFrom(tested.m_tokenCache);
    adoptOfferedTokens();
}

void ApiClient::adoptOfferedTokens()
{
    // Per-endpoint scoping still holds: the cache is keyed by endpoint, and only an offer made for this
    // very server and account is taken.
    if (!m_offer || m_offer->baseUrl != baseUrl() || m_offer->credentials != m_credentials
        || !m_credentials.isComplete())
        return;
    m_tokenCache.adoptFrom(m_offer->tokens);
    m_offer.reset();
}

void ApiClient::setTransferTimeout(int milliseconds)
{
    m_transferTimeoutMs = milliseconds;
    m_tokens->setTransferTimeout(milliseconds);
}

int ApiClient::tokenRequestsSent() const
{
    return m_tokens->tokenRequestsSent();
}

std::optional<QString> ApiClient::configurationProblem() const
{
    if (auto problem = ApiEndpoints::problemWithBaseUrl(m_endpoints.baseUrl()))
        return problem;
    if (!m_credentials.isComplete())
        return QCoreApplication::translate(
            "ApiClient", "Enter the AccountKey and AccountSecret in the connection settings.");
    return std::nullopt;
}

ApiCall *ApiClient::startCall(ApiCall::Spec spec)
{
    spec.transferTimeoutMs = m_transferTimeoutMs;
    auto *call = new ApiCall(std::move(spec), m_network, m_tokens, this);
    if (const auto problem = configurationProblem()) {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.title = QCoreApplication::translate("ApiClient", "Connection settings incomplete");
        error.message = *problem;
        // Later, so the caller can connect first; nothing goes on the wire.
        QTimer::singleShot(0, call, [call, error] {
            emit call->failed(error);
            emit call->finished();
            call->deleteLater();
        });
        return call;
    }
    call->start();
    return call;
}

ApiCall *ApiClient::submitStatusChange(const ValidatedRequest &request)
{
    return startCall({ApiCall::Operation::StatusChange, m_endpoints.statusChangeUrl(),
        m_endpoints.statusChangeUrl(), serializeStatusChange(request), 0});
}

ApiCall *ApiClient::lookupOrder(const QString &orderId)
{
    return startCall({ApiCall::Operation::OrderLookup, m_endpoints.orderLookupUrl(),
        m_endpoints.orderLookupUrl(orderId), {}, 0});
}

ApiCall *ApiClient::testConnection()
{
    // No request of its own: the URL is only what the logs name.
    return startCall(
        {ApiCall::Operation::ConnectionTest, m_endpoints.statusChangeUrl(), m_endpoints.tokenUrl(), {}, 0});
}

} // namespace nd
