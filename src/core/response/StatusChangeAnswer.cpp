#include "response/StatusChangeAnswer.h"

#include "response/JsonFields.h"
#include "response/ProblemDetailsParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace nd {

namespace {

QString checkFirst()
{
    return QCoreApplication::translate("StatusChangeAnswer",
        "NumberDesk cannot tell whether the change was made: check the numbers' status or look the order "
        "up before sending it again.");
}

ErrorWording redirectWording(int status, bool nothingDone)
{
    const QString code = QString::number(status);
    ErrorWording wording;
    wording.title = QCoreApplication::translate("StatusChangeAnswer", "Redirected (%1)").arg(code);
    wording.situation = QCoreApplication::translate("StatusChangeAnswer",
        "The server answered with a redirect to another address. NumberDesk does not follow redirects for "
        "API calls, because the access token would go with it.");
    wording.action = nothingDone
        ? QCoreApplication::translate("StatusChangeAnswer",
            "This kind of redirect means the server did not act: nothing was changed. Check the API "
            "address in the connection settings.")
        : checkFirst();
    return wording;
}

ErrorWording unexpectedWording(int status)
{
    const QString code = QString::number(status);
    return {QCoreApplication::translate("StatusChangeAnswer", "Unexpected answer (%1)").arg(code),
        QCoreApplication::translate("StatusChangeAnswer", "The server answered with HTTP status %1.")
            .arg(code),
        checkFirst()};
}

} // namespace

bool isApiProblemDetails(int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray mediaType = contentType.split(';').first().trimmed().toLower();
    if (mediaType != "application/problem+json")
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    const QJsonValue status = findField(object, {QStringLiteral("Status")}).value;
    const QJsonValue traceId = findField(object, {QStringLiteral("TraceId")}).value;
    return status.isDouble() && status.toDouble() == httpStatus && traceId.isString()
        && !traceId.toString().trimmed().isEmpty();
}

bool answerProvesNothingWasDone(int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    switch (httpStatus) {
    case 400:
    case 401:
    case 403:
    case 404:
    case 409:
    case 422:
    case 429:
    case 307:
    case 308:
        return true;
    case 503:
        return isApiProblemDetails(httpStatus, contentType, body);
    default:
        return false;
    }
}

ApiError statusChangeErrorResponse(
    int httpStatus, const QByteArray &body, const QByteArray &contentType, const QByteArray &retryAfterHeader)
{
    const bool nothingDone = answerProvesNothingWasDone(httpStatus, contentType, body);
    std::optional<ErrorWording> wording;
    if (httpStatus >= 300 && httpStatus < 400)
        wording = redirectWording(httpStatus, nothingDone);
    else if (httpStatus < 200)
        wording = unexpectedWording(httpStatus);
    if (!nothingDone) {
        // Whatever the status usually means ("try again later" for a 503, even a maintenance text on a
        // 500), the one thing the agent must do first is check the line.
        ErrorWording unknown
            = wording.value_or(standardErrorWording(httpStatus, body, contentType, retryAfterHeader));
        unknown.action = checkFirst();
        wording = unknown;
    }
    ApiError error = parseErrorResponse(httpStatus, body, contentType, retryAfterHeader, wording);
    if (!nothingDone)
        error.kind = ApiError::Kind::OutcomeUnknown;
    return error;
}

} // namespace nd
