#pragma once

// Reads how long the server asks us to wait after a 429 (or 503): the Retry-After header in either of
// its HTTP forms, or the vendor's `RetryAfter` body field. Used by the error and token parsers.

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <optional>

namespace nd {

// Delta-seconds ("60") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT", counted from nowUtc; a date
// in the past means 0).
std::optional<int> retryAfterFromHeader(const QByteArray &header, const QDateTime &nowUtc);

// The body's RetryAfter: a string of seconds ("60") or a JSON number.
std::optional<int> retryAfterFromJson(const QJsonValue &value);

} // namespace nd
