#include "sandbox/ProblemResponse.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace nd::sandbox {

namespace {

QString randomHex(int digits)
{
    QString hex;
    hex.reserve(digits);
    for (int i = 0; i < digits; ++i)
        hex += QLatin1Char("0123456789abcdef"[QRandomGenerator::global()->bounded(16)]);
    return hex;
}

QJsonObject base(const char *type, const char *title, int status)
{
    return {{QStringLiteral("Type"), QLatin1String(type)}, {QStringLiteral("Title"), QLatin1String(title)},
        {QStringLiteral("Status"), status}, {QStringLiteral("TraceId"), ProblemResponse::newTraceId()}};
}

QJsonObject errorsObject(const FieldErrors &errors)
{
    QJsonObject object;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return object;
}

} // namespace

QString ProblemResponse::newTraceId()
{
    return QStringLiteral("00-") + randomHex(32) + QLatin1Char('-') + randomHex(16) + QStringLiteral("-00");
}

SandboxReply ProblemResponse::validation(const FieldErrors &errors)
{
    QJsonObject object = base(
        "https://tools.ietf.org/html/rfc7231#section-6.5.1", "One or more validation errors occurred.", 400);
    object.insert(QStringLiteral("Errors"), errorsObject(errors));
    return SandboxReply::problem(400, object);
}

SandboxReply ProblemResponse::unauthorized()
{
    return SandboxReply::problem(
        401, base("https://tools.ietf.org/html/rfc7235#section-3.1", "Unauthorized", 401));
}

SandboxReply ProblemResponse::invalidCredentials()
{
    QJsonObject object = base("https://tools.ietf.org/html/rfc7235#section-3.1", "Unauthorized", 401);
    object.insert(QStringLiteral("Errors"),
        errorsObject({{QStringLiteral("Auth"), {QStringLiteral("Invalid account credentials provided")}}}));
    return SandboxReply::problem(401, object);
}

SandboxReply ProblemResponse::forbidden(const QString &detail)
{
    QJsonObject object = base("https://tools.ietf.org/html/rfc7231#section-6.5.3", "Forbidden", 403);
    object.insert(QStringLiteral("Detail"), detail);
    return SandboxReply::problem(403, object);
}

SandboxReply ProblemResponse::notFound(const QString &detail)
{
    QJsonObject object = base("https://tools.ietf.org/html/rfc7231#section-6.5.4", "Not Found", 404);
    object.insert(QStringLiteral("Detail"), detail);
    return SandboxReply::problem(404, object);
}

SandboxReply ProblemResponse::methodNotAllowed()
{
    return SandboxReply::problem(
        405, base("https://tools.ietf.org/html/rfc7231#section-6.5.5", "Method Not Allowed", 405));
}

SandboxReply ProblemResponse::unprocessable(const FieldErrors &errors)
{
    QJsonObject object = base(
        "https://tools.ietf.org/html/rfc4918#section-11.2", "The request could not be processed.", 422);
    object.insert(QStringLiteral("Errors"), errorsObject(errors));
    return SandboxReply::problem(422, object);
}

SandboxReply ProblemResponse::tooManyRequests(int retryAfterSeconds)
{
    QJsonObject object = base("https://tools.ietf.org/html/rfc6585#section-4", "Too Many Requests", 429);
    object.insert(QStringLiteral("Detail"),
        QStringLiteral("Rate limit exceeded. Try again in %1 seconds.").arg(retryAfterSeconds));
    object.insert(QStringLiteral("RetryAfter"), QString::number(retryAfterSeconds));
    SandboxReply reply = SandboxReply::problem(429, object);
    reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)});
    return reply;
}

SandboxReply ProblemResponse::serverError()
{
    QJsonObject object = base("https://tools.ietf.org/html/rfc7231#section-6.6.1",
        "An error occurred while processing your request.", 500);
    object.insert(
        QStringLiteral("Detail"), QStringLiteral("Internal server error (sandbox). Nothing was changed."));
    return SandboxReply::problem(500, object);
}

} // namespace nd::sandbox
