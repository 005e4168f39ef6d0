// How long a 429 or 503 asks us to wait: the Retry-After header in both HTTP forms, and the vendor's
// RetryAfter body field as text or as any JSON number. Contract: between 0 and one day.

#include "FuzzInput.h"
#include "response/RetryAfter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace {

void requireSensibleWait(const std::optional<int> &seconds)
{
    if (seconds)
        nd::fuzz::require(*seconds >= 0 && *seconds <= 24 * 3600, "a wait is between 0 and a day");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = nd::fuzz::bytes(data, size);
    static const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc());
    requireSensibleWait(nd::retryAfterFromHeader(input, now));
    requireSensibleWait(nd::retryAfterFromJson(QJsonValue(QString::fromUtf8(input))));
    // The input as a JSON value, the way it sits in a body: "RetryAfter": 1e308, -0, "60", …
    const QJsonArray values = QJsonDocument::fromJson('[' + input + ']').array();
    for (const QJsonValue &value : values)
        requireSensibleWait(nd::retryAfterFromJson(value));
    return 0;
}
