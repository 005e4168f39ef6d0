// The token endpoint's answer in every shape and status, and the JWT `exp` reader it falls back on.
// Contract: a token comes only from a 2xx, and always with an expiry after the answer arrived (else the
// cache would sign in again in a loop); the token never appears in an error.

#include "FuzzInput.h"
#include "response/JwtExpiry.h"
#include "response/TokenResponseParser.h"

#include <QTimeZone>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = nd::fuzz::bytes(data, size);
    // A fixed clock: the same input must take the same path on every run.
    static const QDateTime receivedAt(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc());
    for (const int status : {200, 401, 429, 500}) {
        const nd::TokenResponse answer = nd::parseTokenResponse(
            status, body, QByteArrayLiteral("application/json"), QByteArrayLiteral("30"), receivedAt);
        if (const auto *issued = std::get_if<nd::IssuedToken>(&answer)) {
            nd::fuzz::require(status == 200, "a token only from a 2xx answer");
            nd::fuzz::require(!issued->token.isEmpty(), "an issued token is not empty");
            nd::fuzz::require(issued->expiresAtUtc > receivedAt, "a token expires after it arrived");
        } else {
            const nd::ApiError &error = std::get<nd::ApiError>(answer);
            nd::fuzz::require(!error.message.isEmpty(), "a refused sign-in is worded");
        }
    }
    (void)nd::jwtExpiry(body);
    return 0;
}
