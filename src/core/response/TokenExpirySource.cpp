#include "response/TokenExpirySource.h"

#include "response/JsonFields.h"
#include "response/JwtExpiry.h"
#include "response/ServerDates.h"
#include "response/TokenResponseParser.h"

#include <QLoggingCategory>
#include <algorithm>
#include <cmath>
#include <optional>

namespace nd {

namespace {

Q_LOGGING_CATEGORY(lcTokenExpiry, "numberdesk.core.tokenexpiry")

std::optional<QDateTime> afterSeconds(const QJsonValue &value, const QDateTime &from)
{
    bool ok = value.isDouble();
    double seconds = value.toDouble();
    if (value.isString())
        seconds = value.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0)
        return std::nullopt;
    // At most ten years: anything larger is nonsense, and beyond qint64 the cast is undefined.
    return from.addSecs(static_cast<qint64>(std::min(seconds, 10.0 * 365 * 24 * 3600)));
}

std::optional<QDateTime> fromTokenExpiryField(const QJsonValue &value, const QDateTime &receivedAtUtc)
{
    // Documented as "a timestamp or a duration": the AM/PM UTC form in every example, seconds otherwise.
    if (value.isString()) {
        if (std::optional<QDateTime> at = parseTokenExpiry(value.toString()))
            return at;
        if (std::optional<QDateTime> at = parseServerDateTime(value.toString()))
            return at;
    }
    return afterSeconds(value, receivedAtUtc);
}

} // namespace

QDateTime tokenExpiresAt(const QJsonObject &answer, const QByteArray &token, const QDateTime &receivedAtUtc)
{
    const std::optional<QDateTime> candidates[] = {
        fromTokenExpiryField(findField(answer, {QStringLiteral("TokenExpiry")}).value, receivedAtUtc),
        afterSeconds(findField(answer, {QStringLiteral("ExpiresIn")}).value, receivedAtUtc),
        jwtExpiry(token),
    };
    for (const std::optional<QDateTime> &at : candidates) {
        // An expiry at or before receipt means the clocks disagree or the value was misread; using it
        // would make the cache discard the token at once and sign in again in a loop.
        if (at && *at > receivedAtUtc)
            return at->toUTC();
        if (at)
            qCWarning(lcTokenExpiry) << "ignoring a token expiry that is not after the answer arrived";
    }
    qCInfo(lcTokenExpiry) << "token answer states no expiry; assuming" << defaultTokenLifetimeSeconds
                          << "seconds";
    return receivedAtUtc.toUTC().addSecs(defaultTokenLifetimeSeconds);
}

} // namespace nd
