// Every date and time format the API sends (OrderDate, EffectiveDate, tokenExpiry) read from any text.
// Contract: a result is valid and in UTC; nullopt is the only other answer.

#include "FuzzInput.h"
#include "response/ServerDates.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = nd::fuzz::text(data, size);
    if (const std::optional<QDateTime> at = nd::parseServerDateTime(text))
        nd::fuzz::require(at->isValid() && at->timeSpec() == Qt::UTC, "a server time is valid UTC");
    if (const std::optional<QDate> day = nd::parseServerDate(text))
        nd::fuzz::require(day->isValid(), "a server date is valid");
    if (const std::optional<QDateTime> at = nd::parseTokenExpiry(text))
        nd::fuzz::require(at->isValid() && at->timeSpec() == Qt::UTC, "a token expiry is valid UTC");
    return 0;
}
