#pragma once

// Works out when an issued token expires from whatever the token answer offers, in the order the
// contract gives: tokenExpiry, the old ExpiresIn, the JWT's exp claim, else a default lifetime.
// Used by TokenResponseParser.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace nd {

QDateTime tokenExpiresAt(const QJsonObject &answer, const QByteArray &token, const QDateTime &receivedAtUtc);

} // namespace nd
