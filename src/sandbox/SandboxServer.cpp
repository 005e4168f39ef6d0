#include "sandbox/SandboxServer.h"

#include "sandbox/FillerPngDevice.h"
#include "sandbox/OrderJson.h"
#include "sandbox/ProblemResponse.h"
#include "sandbox/TokenEndpoint.h"

#include <QLoggingCategory>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>
#include <QtHttpServer/QHttpServerRequest>
#include <memory>

namespace nd::sandbox {

namespace {
Q_LOGGING_CATEGORY(lcSandbox, "numberdesk.sandbox")

const QString TokensPath = QStringLiteral("/v1.0/oauth2/tokens");
const QString StatusPath = QStringLiteral("/v1.0/numbers/status");
const QString OrderPath = QStringLiteral("/v1.0/numbers/order");
const QString OtherPathsKey = QStringLiteral("(other paths)");

QString methodName(const QHttpServerRequest &request)
{
    return QString::fromLatin1(
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
        .toUpper();
}

// QR paths carry the secret id: never log them whole.
QString loggablePath(const QString &path)
{
    return path.startsWith(QLatin1String(QrImageStore::PathPrefix))
        ? QLatin1String(QrImageStore::PathPrefix) + QStringLiteral("<id>.png")
        : path;
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : HttpServerAdapter(parent),
      m_options(std::move(options)),
      m_tokens(m_options.tokenLifetimeSeconds, m_options.maxTokens),
      m_rateLimiter(m_options.rateLimitPerMinute),
      m_numbers(m_options.maxNumbers),
      m_orders(m_options.maxOrders),
      m_qrCodes(m_options.maxQrCodes)
{ }

bool SandboxServer::start(quint16 port)
{
    auto server = std::make_unique<QTcpServer>();
    if (!server->listen(QHostAddress::LocalHost, port)) {
        m_errorString = server->errorString();
        qCWarning(lcSandbox) << "cannot listen on port" << port << ":" << m_errorString;
        return false;
    }
    m_port = server->serverPort();
    bind(server.release()); // reparented to this
    qCInfo(lcSandbox).noquote() << "listening on" << baseUrl().toString();
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1.0").arg(m_port));
}

QString SandboxServer::endpointUrl(const char *relativePath) const
{
    return baseUrl().toString() + QLatin1String(relativePath);
}

std::optional<QString> SandboxServer::activationCodeForQrUrl(const QUrl &url) const
{
    const std::optional<QrEntry> entry = m_qrCodes.entryForPath(url.path());
    if (!entry || entry->behaviour != QrBehaviour::Png)
        return std::nullopt;
    return entry->activationCode;
}

QString SandboxServer::numberState(const QString &e164) const
{
    return m_numbers.isKnown(e164) ? stateName(m_numbers.state(e164)) : QString();
}

void SandboxServer::setNumberState(const QString &e164, const QString &state)
{
    if (const std::optional<NumberState> parsed = stateFromName(state))
        m_numbers.setState(e164, *parsed);
}

SandboxServer::Footprint SandboxServer::footprint() const
{
    return {
        m_tokens.size(), m_orders.size(), m_qrCodes.size(), m_numbers.size(), int(m_requestCounts.size())};
}

void SandboxServer::answerNextRequestWith(const QString &path, const SandboxReply &reply, int times)
{
    m_scriptedReplies.insert(path, {reply, times});
}

void SandboxServer::route(const QHttpServerRequest &request, const std::shared_ptr<HttpExchange> &exchange)
{
    const QString path = request.url().path();
    // Counters for the first paths seen; any path after the limit shares one, so that a client
    // probing random paths cannot grow the table.
    if (m_requestCounts.contains(path) || m_requestCounts.size() < m_options.maxCountedPaths)
        ++m_requestCounts[path];
    else
        ++m_requestCounts[OtherPathsKey];
    emit requestReceived(methodName(request), path);

    if (const auto scripted = m_scriptedReplies.find(path); scripted != m_scriptedReplies.end()) {
        const SandboxReply reply = scripted->reply;
        if (--scripted->timesLeft <= 0)
            m_scriptedReplies.erase(scripted);
        answer(request, *exchange, reply);
        return;
    }

    if (path.startsWith(QLatin1String(QrImageStore::PathPrefix))) {
        serveQr(request, exchange); // not an API call: no token, not rate limited
        return;
    }
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    const bool isGet = request.method() == QHttpServerRequest::Method::Get;
    if (path != TokensPath && path != StatusPath && path != OrderPath) {
        answer(request, *exchange,
            ProblemResponse::notFound(QStringLiteral("No such endpoint in the sandbox.")));
        return;
    }
    if ((path == OrderPath && !isGet) || (path != OrderPath && !isPost)) {
        answer(request, *exchange, ProblemResponse::methodNotAllowed());
        return;
    }
    // One account per sandbox, so every API request counts against it.
    if (const std::optional<int> retryAfter = m_rateLimiter.admit()) {
        answer(request, *exchange, ProblemResponse::tooManyRequests(*retryAfter));
        return;
    }
    if (path == TokensPath) {
        answer(request, *exchange,
            TokenEndpoint::handle(request.body(), m_options, m_tokens,
                {endpointUrl("/numbers/status"), endpointUrl("/numbers/order")}));
        return;
    }
    const QString endpoint = baseUrl().toString() + path.mid(QStringLiteral("/v1.0").size());
    if (const std::optional<SandboxReply> refusal = refuseUnauthorized(request, endpoint)) {
        answer(request, *exchange, *refusal);
        return;
    }
    if (path == OrderPath) {
        answer(request, *exchange, lookUpOrder(request));
        return;
    }
    QUrl serverRoot = baseUrl();
    serverRoot.setPath(QString());
    deliver(request, exchange, m_statusChanges.handle(request.body(), m_options, serverRoot));
}

std::optional<SandboxReply> SandboxServer::refuseUnauthorized(
    const QHttpServerRequest &request, const QString &endpoint) const
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization"));
    const QByteArray scheme = QByteArrayLiteral("Bearer ");
    if (!header.startsWith(scheme))
        return ProblemResponse::unauthorized();
    const QString token = QString::fromLatin1(header.mid(scheme.size()).trimmed());
    if (m_tokens.check(token, endpoint) != TokenCheck::Valid)
        return ProblemResponse::unauthorized();
    return std::nullopt;
}

SandboxReply SandboxServer::lookUpOrder(const QHttpServerRequest &request)
{
    const QString orderId = request.query().queryItemValue(QStringLiteral("OrderId"));
    if (orderId.isEmpty())
        return ProblemResponse::validation(
            {{QStringLiteral("$.OrderId"), {QStringLiteral("The OrderId field is required.")}}});
    const std::optional<SandboxOrder> order = m_orders.lookUp(orderId);
    if (!order)
        return ProblemResponse::notFound(QStringLiteral("Order with ID '%1' was not found.").arg(orderId));
    return SandboxReply::json(200, OrderJson::lookupResponse(*order));
}

void SandboxServer::serveQr(const QHttpServerRequest &request, const std::shared_ptr<HttpExchange> &exchange)
{
    // The QR host is not the API host: a client that sends its bearer token here leaks it.
    if (!request.value(QByteArrayLiteral("Authorization")).isEmpty())
        ++m_qrRequestsWithAuthorization;
    const std::optional<QrEntry> entry = m_qrCodes.entryForPath(request.url().path());
    if (!entry || entry->behaviour == QrBehaviour::NotFound) {
        answer(request, *exchange,
            {404, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("Not Found"), {}});
    } else if (entry->behaviour == QrBehaviour::NotAnImage) {
        answer(request, *exchange,
            {200, QByteArrayLiteral("text/html; charset=utf-8"),
                QByteArrayLiteral(
                    "<!DOCTYPE html><html><body><h1>QR service</h1><p>Please sign in.</p></body></html>"),
                {}});
    } else if (entry->behaviour == QrBehaviour::Oversized) {
        qCInfo(lcSandbox).noquote() << methodName(request) << loggablePath(request.url().path()) << 200
                                    << "(oversized)";
        exchange->stream(
            std::make_unique<FillerPngDevice>(QrImageStore::OversizedBytes), QByteArrayLiteral("image/png"));
    } else {
        answer(request, *exchange,
            {200, QByteArrayLiteral("image/png"), QrImageStore::renderPng(entry->activationCode), {}});
    }
}

void SandboxServer::deliver(const QHttpServerRequest &request, const std::shared_ptr<HttpExchange> &exchange,
    const StatusChangeOutcome &outcome)
{
    switch (outcome.delivery) {
    case StatusChangeOutcome::Delivery::Now:
        answer(request, *exchange, outcome.reply);
        return;
    case StatusChangeOutcome::Delivery::Drop:
        qCInfo(lcSandbox).noquote() << methodName(request) << request.url().path()
                                    << "dropped (change applied)";
        exchange->dropConnection();
        return;
    case StatusChangeOutcome::Delivery::Slow: {
        // The exchange outlives this call and notices a client that gave up meanwhile.
        const QString method = methodName(request);
        const QString path = request.url().path();
        QTimer::singleShot(m_options.slowResponseMs, this, [exchange, method, path, reply = outcome.reply] {
            if (!exchange->isConnected()) {
                qCInfo(lcSandbox).noquote() << method << path << "client left before the slow answer";
                return;
            }
            qCInfo(lcSandbox).noquote() << method << path << reply.status << "(slow)";
            exchange->send(reply);
        });
        return;
    }
    }
}

void SandboxServer::answer(
    const QHttpServerRequest &request, HttpExchange &exchange, const SandboxReply &reply)
{
    qCInfo(lcSandbox).noquote() << methodName(request) << loggablePath(request.url().path()) << reply.status;
    exchange.send(reply);
}

} // namespace nd::sandbox
