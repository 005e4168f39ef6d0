#include "network/ApiCall.h"

#include "network/OneShotBody.h"
#include "network/ReplyBodyLimit.h"
#include "network/TokenProvider.h"
#include "network/TransportFailure.h"
#include "response/OrderParser.h"
#include "response/ProblemDetailsParser.h"
#include "response/StatusChangeAnswer.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <memory>

namespace nd {
namespace {
Q_LOGGING_CATEGORY(lcCall, "numberdesk.core.apicall")

// Logged instead of the URL: the path says which endpoint without any identifiers or secrets.
QString describe(const QUrl &url)
{
    return url.path();
}

} // namespace

ApiCall::ApiCall(Spec spec, QNetworkAccessManager *network, TokenProvider *tokens, QObject *parent)
    : QObject(parent), m_spec(std::move(spec)), m_network(network), m_tokens(tokens)
{ }

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool ApiCall::requestWasSent() const
{
    return m_requestSent || (m_body && m_body->anyBytesRead());
}

void ApiCall::start()
{
    m_generation = m_tokens->generation();
    // A connection test is only about the token: always a fresh one, so the server really answers.
    const bool connectionTest = m_spec.operation == Operation::ConnectionTest;
    m_tokens->obtainToken(
        m_spec.tokenScope, this, [this](const TokenOutcome &outcome) { onToken(outcome); }, connectionTest);
}

void ApiCall::onToken(const TokenOutcome &outcome)
{
    if (m_finished)
        return;
    if (const ApiError *error = std::get_if<ApiError>(&outcome)) {
        failWith(*error);
        return;
    }
    if (m_spec.operation == Operation::ConnectionTest) {
        m_finished = true;
        emit connectionVerified();
        emit finished();
        deleteLater();
        return;
    }
    send(std::get<QByteArray>(outcome));
}

void ApiCall::send(const QByteArray &token)
{
    QNetworkRequest request(m_spec.url);
    request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + token);
    request.setRawHeader("Accept", "application/json");
    // A redirect would carry the bearer token (and a status change) somewhere we did not choose.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_spec.transferTimeoutMs);
    // HTTP/1.1 only: Qt's HTTP/2 path does not report requestSent, and "was it sent?" decides between
    // "nothing was changed" and "outcome unknown".
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    ++m_attempts;
    if (m_spec.body.isEmpty()) {
        qCInfo(lcCall) << "GET" << describe(m_spec.url) << "attempt" << m_attempts;
        m_reply = m_network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.body.size());
        // Read-once body, unbuffered: Qt cannot silently resend it after a dropped connection.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        qCInfo(lcCall) << "POST" << describe(m_spec.url) << "attempt" << m_attempts;
        auto *body = new OneShotBody(m_spec.body);
        m_reply = m_network->post(request, body);
        body->setParent(m_reply);
        m_body = body;
    }

    QNetworkReply *reply = m_reply;
    auto *limit = new ReplyBodyLimit(reply); // the reply's child
    auto context = std::make_shared<TransportContext>();
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        if (!m_requestSent) {
            m_requestSent = true;
            emit requestSent();
        }
    });
    // Never ignored: the reply fails with SslHandshakeFailedError and the message explains why.
    connect(reply, &QNetworkReply::sslErrors, this,
        [context](const QList<QSslError> &errors) { context->noteSslErrors(errors); });
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, limit, context] { onReply(reply, limit, *context); });
}

void ApiCall::onReply(QNetworkReply *reply, ReplyBodyLimit *limit, const TransportContext &transport)
{
    reply->deleteLater();
    m_reply.clear();
    if (m_finished)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (limit->exceeded()) {
        failWith(tooLargeError(status, limit->maxBytes()));
        return;
    }
    const QByteArray body = limit->takeBody();
    qCInfo(lcCall) << describe(m_spec.url) << "answered" << status << reply->error();

    if (status == 0) {
        TransportContext context = transport;
        // Only a status change has an effect worth calling "unknown"; a lookup can simply be repeated.
        context.requestFullySent = requestWasSent() && m_spec.operation == Operation::StatusChange;
        failWith(transportFailure(reply->error(), reply->errorString(), m_spec.url.host(), context));
        return;
    }
    if (status == 401 && !m_renewedAfter401) {
        // A 401 means the server did not act (expired token, or wrong scope): one fresh token, one resend.
        renewTokenAndResend();
        return;
    }
    if (status >= 200 && status < 300) {
        onSuccessBody(body);
        return;
    }
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (m_spec.operation == Operation::StatusChange) {
        // Only some answers prove that the server did nothing; every other one is an unknown outcome.
        failWith(statusChangeErrorResponse(status, body, contentType, reply->rawHeader("Retry-After")));
        return;
    }
    if (status >= 300 && status < 400) {
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = status;
        error.title = tr("Redirected (%1)").arg(status);
        error.message = tr("The server answered with a redirect to another address. NumberDesk does not "
                           "follow redirects for API calls, because the access token would go with it. "
                           "Check the API address in the connection settings.");
        failWith(error);
        return;
    }
    failWith(parseErrorResponse(status, body, contentType, reply->rawHeader("Retry-After")));
}

ApiError ApiCall::tooLargeError(int status, qint64 maxBytes) const
{
    ApiError error;
    error.httpStatus = status;
    error.title = tr("Answer too large");
    const QString what
        = tr("The server's answer was too large (more than %1), so NumberDesk stopped reading it.")
              .arg(ReplyBodyLimit::describe(maxBytes));
    if (m_spec.operation == Operation::StatusChange) {
        // Whatever it said, it was not read: it proves neither that the change was made nor that it was not.
        error.kind = ApiError::Kind::OutcomeUnknown;
        error.message = what + QLatin1Char(' ')
            + tr("NumberDesk cannot tell whether the change was made: check the numbers' status or look "
                 "the order up before sending it again.");
    } else {
        error.kind = ApiError::Kind::Http;
        error.message = what + QLatin1Char(' ')
            + tr("Nothing was changed. Try again later; if it keeps happening, tell Telegent support.");
    }
    return error;
}

void ApiCall::renewTokenAndResend()
{
    m_renewedAfter401 = true;
    // The 401 proved the first attempt changed nothing: what the resend did not send yet (while the
    // token is renewed, or when it fails before being written) is "nothing was changed", not unknown.
    m_requestSent = false;
    m_body.clear();
    if (m_tokens->generation() != m_generation) {
        // The account or server changed while this call was out: a fresh token would be the other
        // account's, and the request would run under an identity nobody confirmed. The 401 means the
        // server did not act, so stopping here is safe.
        ApiError error;
        error.kind = ApiError::Kind::Authentication;
        error.httpStatus = 401;
        error.title = tr("Not sent again");
        error.message = tr("The server refused the access token, and the connection settings were changed "
                           "while the request was on its way, so it was not sent again under the new "
                           "account. Nothing was changed; send it again if it is still wanted.");
        failWith(error);
        return;
    }
    qCInfo(lcCall) << describe(m_spec.url) << "refused the token; renewing it once";
    m_tokens->obtainToken(
        m_spec.tokenScope, this, [this](const TokenOutcome &outcome) { onToken(outcome); },
        /*forceFresh=*/true);
}

void ApiCall::onSuccessBody(const QByteArray &body)
{
    const ParseResult<Order> parsed = m_spec.operation == Operation::OrderLookup
        ? parseOrderLookupResponse(body)
        : parseStatusChangeResponse(body);
    if (parsed.value) {
        // Reading a 5,000-number answer takes about as long as what the listeners then do with it
        // (record it in the journal, show it): in separate event-loop turns, the window can paint and
        // take input in between instead of freezing for both at once. Input in between may abandon
        // the call: abandon() then delivers this answer rather than lose it.
        m_answer = *parsed.value;
        emit answerRead();
        QMetaObject::invokeMethod(this, &ApiCall::deliverAnswer, Qt::QueuedConnection);
        return;
    }
    ApiError error;
    error.kind = ApiError::Kind::MalformedResponse;
    error.httpStatus = 200;
    error.title = tr("Unreadable answer");
    if (m_spec.operation == Operation::StatusChange) {
        error.message
            = tr("The server accepted the request but its answer could not be read (%1). The change "
                 "has probably been made: check the numbers' status before sending it again.")
                  .arg(parsed.error);
    } else {
        error.message = tr("The server's answer could not be read (%1). Try again later.").arg(parsed.error);
    }
    failWith(error);
}

void ApiCall::deliverAnswer()
{
    if (!m_finished && m_answer)
        succeedWith(*std::exchange(m_answer, std::nullopt));
}

void ApiCall::succeedWith(const Order &order)
{
    m_finished = true;
    emit orderReceived(order);
    emit finished();
    deleteLater();
}

void ApiCall::failWith(const ApiError &error)
{
    m_finished = true;
    qCWarning(lcCall) << describe(m_spec.url) << "failed:" << error.title;
    emit failed(error);
    emit finished();
    deleteLater();
}

void ApiCall::abandon()
{
    if (m_finished)
        return;
    if (m_answer) {
        // The server has answered and the answer is read: stopping now would record "outcome
        // unknown" for a change that is known, and lose its OrderId and QR codes.
        deliverAnswer();
        return;
    }
    const bool mayHaveBeenSent = requestWasSent(); // before the body goes with the reply
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
    ApiError error;
    error.kind = mayHaveBeenSent && m_spec.operation == Operation::StatusChange
        ? ApiError::Kind::OutcomeUnknown
        : ApiError::Kind::Cancelled;
    error.title = tr("Stopped waiting");
    error.message = error.kind == ApiError::Kind::OutcomeUnknown
        ? tr("You stopped waiting for the answer, but the request had already been sent: the server may "
             "still carry it out. Check the numbers' status before sending it again.")
        : tr("Cancelled before the request was sent; nothing was changed.");
    failWith(error);
}

} // namespace nd
