#pragma once

// Readers for every date and time format the Telegent API has been seen to send (see
// docs/response-parsing.md). Used by OrderParser (OrderDate, EffectiveDate) and TokenResponseParser
// (tokenExpiry). All results are UTC; nullopt means "not a format the API uses".

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace nd {

// ISO 8601 `YYYY-MM-DDThh:mm:ss[.f{1,7}][Z|±hh:mm]` (no zone = UTC), or `MM/DD/YYYY` (midnight UTC).
// Fractions beyond milliseconds are dropped: QDateTime keeps no more.
std::optional<QDateTime> parseServerDateTime(const QString &text);

// A calendar date such as EffectiveDate: `2023-12-31T00:00:00` (the date part as written, with or
// without time and zone), `2023-12-31`, or `12/31/2023`.
std::optional<QDate> parseServerDate(const QString &text);

// The token endpoint's `MM/DD/YYYY hh:mm:ss AM/PM`, which is UTC (it equals the JWT's exp claim).
std::optional<QDateTime> parseTokenExpiry(const QString &text);

} // namespace nd
