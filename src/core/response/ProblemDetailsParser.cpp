#include "response/ProblemDetailsParser.h"

#include "response/ErrorBody.h"
#include "response/RetryAfter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace nd {

namespace {

// Names the translation context of this file's messages (lupdate takes it from a class).
class ProblemText final
{
    Q_DECLARE_TR_FUNCTIONS(ProblemDetailsParser)
};

QString waitAdvice(const std::optional<int> &seconds, const QString &fallback)
{
    if (!seconds)
        return fallback;
    //: The server asked to wait this long (its Retry-After) before sending again.
    return ProblemText::tr("Wait %n second(s) before trying again.", nullptr, *seconds);
}

ErrorWording wordingFor(int status, const ErrorBody &body, const std::optional<int> &retryAfter)
{
    // HTTP status codes are protocol numbers: never locale-formatted.
    const QString code = QString::number(status);
    // Plain-text maintenance notices come with various statuses; a JSON 4xx that says "unavailable" is
    // a business rule about a number, not an outage.
    const bool maintenance
        = body.soundsLikeMaintenance() && (status >= 500 || body.form == ErrorBody::Form::PlainText);
    if (status == 503 || maintenance) {
        //: Error title; %1 is the HTTP status code, e.g. 503.
        return {ProblemText::tr("Service unavailable (%1)").arg(code),
            ProblemText::tr("The service is temporarily unavailable."),
            waitAdvice(retryAfter, ProblemText::tr("Try again later."))};
    }
    switch (status) {
    case 400:
        return {ProblemText::tr("Validation failed (400)"),
            ProblemText::tr("The server refused the request as invalid."),
            ProblemText::tr("Correct the fields it names and send again.")};
    case 401:
        return {ProblemText::tr("Not authorised (401)"),
            ProblemText::tr("The server refused the credentials or token."),
            //: AccountKey and AccountSecret are the names of the API credentials: keep them as is.
            ProblemText::tr(
                "The token may have expired or been issued for another endpoint: sign in again, and "
                "if it keeps happening check the AccountKey and AccountSecret.")};
    case 403:
        return {ProblemText::tr("Access denied (403)"),
            ProblemText::tr("The account has no access to this endpoint."),
            //: Telegent is the API vendor's name.
            ProblemText::tr("Ask Telegent to enable it for the account.")};
    case 404:
        return {ProblemText::tr("Not found (404)"),
            ProblemText::tr("The server does not know what was asked for."),
            ProblemText::tr("Check the order id or number.")};
    case 409:
        return {ProblemText::tr("Conflict (409)"),
            ProblemText::tr("The request conflicts with the current state on the server."),
            ProblemText::tr("Check the numbers' status before sending again.")};
    case 422:
        return {ProblemText::tr("Rejected by the server (422)"),
            ProblemText::tr("The server refused the change under its business rules."),
            ProblemText::tr("Check the numbers' current state before trying again.")};
    case 429:
        return {ProblemText::tr("Too many requests (429)"),
            ProblemText::tr("The server is limiting the request rate."),
            waitAdvice(retryAfter, ProblemText::tr("Wait a minute before trying again."))};
    case 502:
    case 504:
        return {ProblemText::tr("Service unavailable (%1)").arg(code),
            ProblemText::tr("A gateway in front of the service failed."),
            ProblemText::tr("The request may still have reached the server: check the numbers' status before "
                            "resending, then try again later.")};
    default:
        break;
    }
    if (status >= 500) {
        //: Error title; %1 is the HTTP status code, e.g. 500.
        return {ProblemText::tr("Server error (%1)").arg(code),
            ProblemText::tr("The server failed while handling the request."),
            ProblemText::tr(
                "It may have acted on some numbers: check the numbers' status before resending.")};
    }
    if (status >= 400) {
        //: Error title; %1 is an HTTP status code, e.g. 418.
        return {ProblemText::tr("Request refused (%1)").arg(code),
            //: %1 is an HTTP status code, e.g. 418.
            ProblemText::tr("The server refused the request (HTTP %1).").arg(code), QString()};
    }
    //: Error title; %1 is an HTTP status code the app does not expect, e.g. 100.
    return {ProblemText::tr("Unexpected answer (%1)").arg(code),
        //: %1 is an HTTP status code, e.g. 100.
        ProblemText::tr("The server answered with HTTP status %1.").arg(code), QString()};
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
        //: %1 is the server's trace id (an opaque code such as 00-4bf9…-00); Telegent is the API vendor.
        sentences.append(ProblemText::tr("Quote trace id %1 to Telegent support.").arg(parsed.traceId));
    error.message = sentences.join(QLatin1Char(' '));
    return error;
}

} // namespace nd
