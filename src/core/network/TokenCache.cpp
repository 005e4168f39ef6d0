#include "network/TokenCache.h"

namespace nd {

TokenCache::TokenCache(Clock clock) : m_clock(std::move(clock)) { }

QDateTime TokenCache::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString TokenCache::scopeOf(const QUrl &endpoint)
{
    // Scoped to the URL without query, exactly what was sent as ApiEndpoint.
    return endpoint.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
        .toString(QUrl::FullyEncoded);
}

std::optional<QByteArray> TokenCache::validToken(const QUrl &endpoint) const
{
    const auto it = m_entries.constFind(scopeOf(endpoint));
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
    const qint64 margin = std::min<qint64>(RenewalMargin.count(), std::max<qint64>(lifetime / 2, 0));
    m_entries.insert(scopeOf(endpoint), Entry {token, expiresAtUtc.addSecs(-margin)});
}

void TokenCache::invalidate(const QUrl &endpoint)
{
    m_entries.remove(scopeOf(endpoint));
}

void TokenCache::clear()
{
    m_entries.clear();
}

void TokenCache::adoptFrom(const TokenCache &other)
{
    for (auto it = other.m_entries.cbegin(); it != other.m_entries.cend(); ++it) {
        if (now() < it->renewAtUtc)
            m_entries.insert(it.key(), *it);
    }
}

} // namespace nd
