#include "network/TokenCache.h"

namespace nd {

TokenCache::TokenCache(Clock clock) : m_clock(std::move(clock)) { }

QDateTime TokenCache::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString TokenCache::keyFor(const QUrl &endpoint)
{
    // Scoped to the URL without query, exactly what was sent as ApiEndpoint.
    return endpoint.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
        .toString(QUrl::FullyEncoded);
}

std::optional<QByteArray> TokenCache::validToken(const QUrl &endpoint) const
{
    const auto it = m_entries.constFind(keyFor(endpoint));
    if (it == m_entries.constEnd() || now() >= it->renewAtUtc)
        return std::nullopt;
    return it->token;
}

void TokenCache::store(const QUrl &endpoint, const QByteArray &token, const QDateTime &expiresAtUtc)
{
    const QDateTime issuedAt = now();
    const qint64 lifetime = issuedAt.secsTo(expiresAtUtc);
    // Margin is the configured one, but never more than half the lifetime, or a 2-minute token
    // would be useless the moment it arrives.
    const qint64 margin = std::min<qint64>(m_margin.count(), std::max<qint64>(lifetime / 2, 0));
    m_entries.insert(keyFor(endpoint), Entry {token, expiresAtUtc.addSecs(-margin)});
}

void TokenCache::invalidate(const QUrl &endpoint)
{
    m_entries.remove(keyFor(endpoint));
}

void TokenCache::clear()
{
    m_entries.clear();
}

} // namespace nd
