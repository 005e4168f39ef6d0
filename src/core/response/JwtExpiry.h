#pragma once

// Reads the `exp` claim of a JWT without verifying it: the server verifies its own tokens, the client
// only needs to know when to stop using one. Used by TokenResponseParser when the response states no
// expiry.

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace nd {

std::optional<QDateTime> jwtExpiry(const QByteArray &token);

} // namespace nd
