#pragma once

// Reads the answer of POST /oauth2/tokens: the token and when it expires, or an ApiError worded for
// sign-in (kind Authentication, or RateLimited on 429). Accepts the camelCase, PascalCase,
// Data.AccessToken and old `{Token, ExpiresIn, TokenType}` shapes. Used by the token cache.
// Neither the token nor the secret ever appears in an error message or a log.

#include "response/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <variant>

namespace nd {

struct IssuedToken
{
    QByteArray token;
    QDateTime expiresAtUtc;
};

using TokenResponse = std::variant<IssuedToken, ApiError>;

// Lifetime assumed when the answer states no expiry anywhere: the shortest documented ("a few minutes").
inline constexpr int defaultTokenLifetimeSeconds = 5 * 60;

// receivedAtUtc anchors ExpiresIn and the default lifetime; pass the time the answer arrived.
TokenResponse parseTokenResponse(int httpStatus, const QByteArray &body, const QByteArray &contentType,
    const QByteArray &retryAfterHeader, const QDateTime &receivedAtUtc);

} // namespace nd
