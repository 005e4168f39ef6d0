#include "network/TokenProvider.h"

#include "network/ReplyBodyLimit.h"
#include "network/TransportFailure.h"
#include "response/TokenResponseParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace nd {
namespace {
Q_LOGGING_CATEGORY(lcToken, "numberdesk.core.token")

ApiError cancelledError()
{
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.title = QCoreApplication::translate("TokenProvider", "Cancelled");
    error.message = QCoreApplication::translate(
        "TokenProvider", "The connection settings changed while signing in; nothing was sent.");
    return error;
}

} // namespace

TokenProvider::TokenProvider(QNetworkAccessManager *network, TokenCache *cache, QObject *parent)
    : QObject(parent), m_network(network), m_cache(cache)
{ }

TokenProvider::~TokenProvider()
{
    for (Pending &pending : m_pending) {
        if (pending.reply) {
            pending.reply->disconnect(this);
            pending.reply->abort();
        }
    }
}

void TokenProvider::setEndpoints(const ApiEndpoints &endpoints)
{
    m_endpoints = endpoints;
    ++m_generation;
}

void TokenProvider::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    ++m_generation;
    // Tokens and sign-ins in flight belong to the old account: drop them.
    m_cache->clear();
    const QList<QString> keys = m_pending.keys();
    for (const QString &key : keys) {
        Pending pending = m_pending.take(key);
        if (pending.reply) {
            pending.reply->disconnect(this);
            pending.reply->abort();
            pending.reply->deleteLater();
        }
        // Later, as obtainToken promises: the caller is often inside its own call chain (switching the
        // profile) and a waiter that reacts by starting or failing a call must not re-enter it.
        for (const Waiter &waiter : std::as_const(pending.waiters)) {
            if (waiter.context)
                QTimer::singleShot(0, waiter.context, [done = waiter.done] { done(cancelledError()); });
        }
    }
}

void TokenProvider::obtainToken(
    const QUrl &endpoint, QObject *context, std::function<void(const TokenOutcome &)> done, bool forceFresh)
{
    if (forceFresh)
        m_cache->invalidate(endpoint);
    if (const std::optional<QByteArray> token = m_cache->validToken(endpoint)) {
        // Asynchronous even when cached, so callers see one behaviour.
        QTimer::singleShot(0, context, [done = std::move(done), token = *token] { done(token); });
        return;
    }
    if (!m_credentials.isComplete()) {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.title = QCoreApplication::translate("TokenProvider", "No credentials");
        error.message = QCoreApplication::translate(
            "TokenProvider", "Enter the AccountKey and AccountSecret in the connection settings first.");
        QTimer::singleShot(0, context, [done = std::move(done), error] { done(error); });
        return;
    }
    Pending &pending = m_pending[TokenCache::scopeOf(endpoint)];
    pending.waiters.append(Waiter {context, std::move(done)});
    if (!pending.reply)
        requestToken(endpoint);
}

void TokenProvider::requestToken(const QUrl &endpoint)
{
    QNetworkRequest request(m_endpoints.tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    // The body carries the secret: never follow a redirect anywhere with it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_transferTimeoutMs);

    const QJsonObject body {
        {QStringLiteral("AccountKey"), m_credentials.accountKey.trimmed()},
        {QStringLiteral("AccountSecret"), m_credentials.accountSecret},
        {QStringLiteral("ApiEndpoint"), TokenCache::scopeOf(endpoint)},
    };
    qCInfo(lcToken) << "requesting a token for" << endpoint.path();
    ++m_tokenRequestsSent;
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_pending[TokenCache::scopeOf(endpoint)].reply = reply;
    auto *limit = new ReplyBodyLimit(reply); // the reply's child

    auto context = std::make_shared<TransportContext>();
    // Never ignored: the reply fails with SslHandshakeFailedError and the message explains why.
    connect(reply, &QNetworkReply::sslErrors, this,
        [context](const QList<QSslError> &errors) { context->noteSslErrors(errors); });
    connect(reply, &QNetworkReply::finished, this,
        [this, endpoint, reply, limit, context] { onTokenReply(endpoint, reply, limit, *context); });
}

void TokenProvider::onTokenReply(
    const QUrl &endpoint, QNetworkReply *reply, ReplyBodyLimit *limit, const TransportContext &context)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    TokenOutcome outcome;
    if (limit->exceeded()) {
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = status;
        error.title = QCoreApplication::translate("TokenProvider", "Sign-in answer too large");
        error.message = QCoreApplication::translate("TokenProvider",
            "The server's answer to the sign-in was too large (more than %1), so NumberDesk stopped reading "
            "it. "
            "Nothing was sent. Try again later; if it keeps happening, tell Telegent support.")
                            .arg(ReplyBodyLimit::describe(limit->maxBytes()));
        outcome = error;
    } else if (status == 0) {
        // requestFullySent stays false: a token request changes nothing, so never "outcome unknown".
        outcome = transportFailure(reply->error(), reply->errorString(), reply->url().host(), context);
    } else {
        const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
        auto parsed = parseTokenResponse(status, limit->takeBody(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->rawHeader("Retry-After"),
            receivedAt);
        if (const IssuedToken *token = std::get_if<IssuedToken>(&parsed)) {
            m_cache->store(endpoint, token->token, token->expiresAtUtc);
            qCInfo(lcToken) << "token obtained for" << endpoint.path() << "valid until"
                            << token->expiresAtUtc.toString(Qt::ISODate);
            outcome = token->token;
        } else {
            const ApiError &error = std::get<ApiError>(parsed);
            qCWarning(lcToken) << "token refused for" << endpoint.path() << "HTTP" << status;
            outcome = error;
        }
    }
    deliver(endpoint, outcome);
}

void TokenProvider::deliver(const QUrl &endpoint, const TokenOutcome &outcome)
{
    const Pending pending = m_pending.take(TokenCache::scopeOf(endpoint));
    for (const Waiter &waiter : pending.waiters) {
        if (waiter.context)
            waiter.done(outcome);
    }
}

} // namespace nd
