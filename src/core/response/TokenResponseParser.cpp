#include "response/TokenResponseParser.h"

#include "response/ErrorBody.h"
#include "response/JsonFields.h"
#include "response/ProblemDetailsParser.h"
#include "response/TokenExpirySource.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace nd {

namespace {

// Names the translation context of this file's messages (lupdate takes it from a class).
class SignInText final
{
    Q_DECLARE_TR_FUNCTIONS(TokenResponseParser)
};

ApiError signInError(int status, const QString &title, const QStringList &sentences)
{
    ApiError error;
    error.kind = ApiError::Kind::Authentication;
    error.httpStatus = status;
    error.title = title;
    error.message = sentences.join(QLatin1Char(' '));
    return error;
}

ApiError errorStatusAnswer(
    int status, const QByteArray &body, const QByteArray &contentType, const QByteArray &retryAfterHeader)
{
    // Sign-in failures get their own wording; everything else (429 stays RateLimited, 5xx) the generic one.
    std::optional<ErrorWording> wording;
    if (status == 401) {
        wording = ErrorWording {SignInText::tr("Sign-in refused (401)"),
            //: AccountKey and AccountSecret are the names of the API credentials: keep them as is.
            SignInText::tr("The AccountKey or AccountSecret was refused."),
            SignInText::tr("Check both in the settings and sign in again.")};
    } else if (status == 403) {
        wording = ErrorWording {SignInText::tr("No access to this endpoint (403)"),
            SignInText::tr("The account is not allowed to get a token for this endpoint."),
            //: Telegent is the API vendor's name.
            SignInText::tr("Ask Telegent to enable the endpoint for the account.")};
    }
    ApiError error = parseErrorResponse(status, body, contentType, retryAfterHeader, wording);
    if (wording)
        error.kind = ApiError::Kind::Authentication;
    return error;
}

bool isFalse(const QJsonValue &value)
{
    return (value.isBool() && !value.toBool())
        || (value.isString()
            && value.toString().trimmed().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0);
}

QString tokenOf(const QJsonObject &answer)
{
    QJsonValue value = findField(answer, {QStringLiteral("token")}).value;
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        const QJsonObject data = findField(answer, {QStringLiteral("Data")}).value.toObject();
        value = findField(data, {QStringLiteral("AccessToken")}).value;
    }
    return value.toString().trimmed();
}

// The token goes into an Authorization header: nothing outside visible ASCII may reach it.
bool isHeaderSafe(const QString &token)
{
    for (const QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

TokenResponse successAnswer(
    int status, const QByteArray &body, const QByteArray &contentType, const QDateTime &receivedAtUtc)
{
    const QString failed = SignInText::tr("Sign-in failed");
    const ParseResult<QJsonObject> json = parseJsonObjectBody(body);
    if (!json.ok()) {
        if (readErrorBody(body, contentType).form == ErrorBody::Form::WebPage)
            return signInError(status, failed,
                {SignInText::tr("The server answered the sign-in with a web page instead of a token."),
                    SignInText::tr("Check the API address in the settings.")});
        return signInError(status, failed,
            //: %1 says what was wrong with the answer, e.g. "body is empty" (already translated).
            {SignInText::tr("The server's answer to the sign-in could not be read (%1).").arg(json.error)});
    }
    const QJsonObject &answer = *json.value;
    const ErrorBody parsed = readErrorBody(body, contentType);
    if (isFalse(findField(answer, {QStringLiteral("successful")}).value)) {
        const QString said
            = parsed.mainText().isEmpty() ? SignInText::tr("The server gave no reason.") : parsed.describe();
        return signInError(status, SignInText::tr("Sign-in refused"),
            {SignInText::tr("The server refused to issue a token."), said,
                //: AccountKey and AccountSecret are the names of the API credentials: keep them as is.
                SignInText::tr("Check the AccountKey, the AccountSecret and the endpoint.")});
    }
    const QString tokenText = tokenOf(answer);
    if (tokenText.isEmpty()) {
        QStringList sentences = {SignInText::tr("The server answered the sign-in without a token.")};
        if (!parsed.mainText().isEmpty())
            sentences.append(parsed.describe());
        return signInError(status, failed, sentences);
    }
    if (!isHeaderSafe(tokenText))
        return signInError(status, failed,
            {SignInText::tr("The server's token contains characters that cannot be sent back "
                            "in a request header.")});
    const QByteArray token = tokenText.toLatin1();
    return IssuedToken {token, tokenExpiresAt(answer, token, receivedAtUtc)};
}

} // namespace

TokenResponse parseTokenResponse(int httpStatus, const QByteArray &body, const QByteArray &contentType,
    const QByteArray &retryAfterHeader, const QDateTime &receivedAtUtc)
{
    if (httpStatus < 200 || httpStatus > 299)
        return errorStatusAnswer(httpStatus, body, contentType, retryAfterHeader);
    return successAnswer(httpStatus, body, contentType, receivedAtUtc);
}

} // namespace nd
