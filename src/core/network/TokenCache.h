#pragma once

// Bearer tokens, one per endpoint URL (a token only works on the endpoint it was issued for), kept in
// memory until shortly before they expire. Never persisted, never logged. Used by TokenProvider.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QUrl>
#include <chrono>
#include <functional>
#include <optional>

namespace nd {

class TokenCache final
{
public:
    using Clock = std::function<QDateTime()>; // UTC "now"; tests inject their own

    explicit TokenCache(Clock clock = {});
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // The endpoint a token is scoped to, spelled as it is sent in ApiEndpoint: no query, fragment or
    // trailing slash. Tokens, pending token requests and the request body all use this one spelling.
    static QString scopeOf(const QUrl &endpoint);

    std::optional<QByteArray> validToken(const QUrl &endpoint) const;
    void store(const QUrl &endpoint, const QByteArray &token, const QDateTime &expiresAtUtc);
    void invalidate(const QUrl &endpoint);
    void clear();
    // Takes every token `other` holds that is still fresh (a connection test's, for the same account).
    void adoptFrom(const TokenCache &other);

private:
    struct Entry
    {
        QByteArray token;
        QDateTime renewAtUtc;
    };

    QDateTime now() const;

    Clock m_clock;
    // Renew this long before the stated expiry, so a token never expires in flight. Short-lived tokens
    // (the vendor documents "a few minutes") are renewed after at most half their life.
    static constexpr std::chrono::seconds RenewalMargin {60};
    QHash<QString, Entry> m_entries;
};

} // namespace nd
