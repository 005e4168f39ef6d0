#include "response/JwtExpiry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>
#include <cmath>

namespace nd {

std::optional<QDateTime> jwtExpiry(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray::FromBase64Result payload = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*payload);
    const QJsonValue exp = doc.object().value(QLatin1String("exp"));
    // Beyond year 9999 is nonsense (and beyond qint64 the cast is undefined).
    if (!exp.isDouble() || !std::isfinite(exp.toDouble()) || exp.toDouble() <= 0
        || exp.toDouble() > 253402300799.0)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp.toDouble()), QTimeZone::utc()).toUTC();
}

} // namespace nd
