#include "response/ProblemDetailsParser.h"

#include "response/ErrorBody.h"
#include "response/RetryAfter.h"

#include <QDateTime>
#include <QStringList>

namespace nd {

namespace {

QString waitAdvice(const std::optional<int> &seconds, const QString &fallback)
{
    if (!seconds)
        return fallback;
    return QStringLiteral("Wait ") + QString::number(*seconds)
        + QStringLiteral(" seconds before trying again.");
}

ErrorWording wordingFor(int status, const ErrorBody &body, const std::optional<int> &retryAfter)
{
    const QString code = QString::number(status);
    // Plain-text maintenance notices come with various statuses; a JSON 4xx that says "unavailable" is
    // a business rule about a number, not an outage.
    const bool maintenance
        = body.soundsLikeMaintenance() && (status >= 500 || body.form == ErrorBody::Form::PlainText);
    if (status == 503 || maintenance) {
        return {QStringLiteral("Service unavailable (") + code + QLatin1Char(')'),
            QStringLiteral("The service is temporarily unavailable."),
            waitAdvice(retryAfter, QStringLiteral("Try again later."))};
    }
    switch (status) {
    case 400:
        return {QStringLiteral("Validation failed (400)"),
            QStringLiteral("The server refused the request as invalid."),
            QStringLiteral("Correct the fields it names and send again.")};
    case 401:
        return {QStringLiteral("Not authorised (401)"),
            QStringLiteral("The server refused the credentials or token."),
            QStringLiteral(
                "The token may have expired or been issued for another endpoint: sign in again, and "
                "if it keeps happening check the AccountKey and AccountSecret.")};
    case 403:
        return {QStringLiteral("Access denied (403)"),
            QStringLiteral("The account has no access to this endpoint."),
            QStringLiteral("Ask Telegent to enable it for the account.")};
    case 404:
        return {QStringLiteral("Not found (404)"),
            QStringLiteral("The server does not know what was asked for."),
            QStringLiteral("Check the order id or number.")};
    case 409:
        return {QStringLiteral("Conflict (409)"),
            QStringLiteral("The request conflicts with the current state on the server."),
            QStringLiteral("Check the numbers' status before sending again.")};
    case 422:
        return {QStringLiteral("Rejected by the server (422)"),
            QStringLiteral("The server refused the change under its business rules."),
            QStringLiteral("Check the numbers' current state before trying again.")};
    case 429:
        return {QStringLiteral("Too many requests (429)"),
            QStringLiteral("The server is limiting the request rate."),
            waitAdvice(retryAfter, QStringLiteral("Wait a minute before trying again."))};
    case 502:
    case 504:
        return {QStringLiteral("Service unavailable (") + code + QLatin1Char(')'),
            QStringLiteral("A gateway in front of the service failed."),
            QStringLiteral("The request may still have reached the server: check the numbers' status before "
                           "resending, then try again later.")};
    default:
        break;
    }
    if (status >= 500) {
        return {QStringLiteral("Server error (") + code + QLatin1Char(')'),
            QStringLiteral("The server failed while handling the request."),
            QStringLiteral("It may have acted on some numbers: check the numbers' status before resending.")};
    }
    if (status >= 400) {
        return {QStringLiteral("Request refused (") + code + QLatin1Char(')'),
            QStringLiteral("The server refused the request (HTTP ") + code + QStringLiteral(")."), QString()};
    }
    return {QStringLiteral("Unexpected answer (") + code + QLatin1Char(')'),
        QStringLiteral("The server answered with HTTP status ") + code + QLatin1Char('.'), QString()};
}

// The header is the HTTP standard; the body field is the vendor's copy of it.
std::optional<int> retryAfterOf(const ErrorBody &parsed, const QByteArray &retryAfterHeader)
{
    const std::optional<int> fromHeader
        = retryAfterFromHeader(retryAfterHeader, QDateTime::currentDateTimeUtc());
    return fromHeader ? fromHeader : parsed.retryAfterSeconds;
}

} // namespace

ErrorWording standardErrorWording(
    int httpStatus, const QByteArray &body, const QByteArray &contentType, const QByteArray &retryAfterHeader)
{
    const ErrorBody parsed = readErrorBody(body, contentType);
    return wordingFor(httpStatus, parsed, retryAfterOf(parsed, retryAfterHeader));
}

ApiError parseErrorResponse(int httpStatus, const QByteArray &body, const QByteArray &contentType,
    const QByteArray &retryAfterHeader, const std::optional<ErrorWording> &customWording)
{
    const ErrorBody parsed = readErrorBody(body, contentType);

    ApiError error;
    error.kind = httpStatus == 429 ? ApiError::Kind::RateLimited : ApiError::Kind::Http;
    error.httpStatus = httpStatus;
    error.fieldErrors = parsed.fieldErrors;
    error.traceId = parsed.traceId;
    error.retryAfterSeconds = retryAfterOf(parsed, retryAfterHeader);

    const ErrorWording wording
        = customWording.value_or(wordingFor(httpStatus, parsed, error.retryAfterSeconds));
    error.title = wording.title;
    QStringList sentences = {wording.situation, parsed.describe()};
    if (!wording.action.isEmpty())
        sentences.append(wording.action);
    if (!parsed.traceId.isEmpty())
        sentences.append(
            QStringLiteral("Quote trace id ") + parsed.traceId + QStringLiteral(" to Telegent support."));
    error.message = sentences.join(QLatin1Char(' '));
    return error;
}

} // namespace nd
