#include "response/RetryAfter.h"

#include <QString>
#include <algorithm>
#include <cmath>

namespace nd {

namespace {

// A day: anything longer is a misreading, and the user should not be told to wait for weeks.
constexpr qint64 maxWaitSeconds = qint64(24) * 3600;

std::optional<int> clampedSeconds(qint64 seconds)
{
    if (seconds < 0)
        return 0;
    return static_cast<int>(std::min(seconds, maxWaitSeconds));
}

std::optional<int> secondsFromText(const QString &text)
{
    bool ok = false;
    const qint64 seconds = text.trimmed().toLongLong(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return clampedSeconds(seconds);
}

} // namespace

std::optional<int> retryAfterFromHeader(const QByteArray &header, const QDateTime &nowUtc)
{
    const QString text = QString::fromLatin1(header).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (const std::optional<int> seconds = secondsFromText(text))
        return seconds;
    // HTTP-dates always say "GMT", which Qt's RFC 2822 reader does not take as a zone.
    QString date = text;
    if (date.endsWith(QLatin1String(" GMT"), Qt::CaseInsensitive))
        date = date.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return clampedSeconds(nowUtc.secsTo(when));
}

std::optional<int> retryAfterFromJson(const QJsonValue &value)
{
    if (value.isString())
        return secondsFromText(value.toString());
    if (value.isDouble() && std::isfinite(value.toDouble()) && value.toDouble() >= 0)
        // Clamped before the cast: a double beyond qint64 would be undefined behaviour.
        return clampedSeconds(static_cast<qint64>(std::ceil(std::min(value.toDouble(), 1e9))));
    return std::nullopt;
}

} // namespace nd
