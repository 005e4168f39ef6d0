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

    // Renew this long before the stated expiry, so a token never expires in flight. Short-lived tokens
    // (the vendor documents "a few minutes") are renewed after at most half their life.
    void setRenewalMargin(std::chrono::seconds margin) { m_margin = margin; }
    std::chrono::seconds renewalMargin() const { return m_margin; }

    std::optional<QByteArray> validToken(const QUrl &endpoint) const;
    void store(const QUrl &endpoint, const QByteArray &token, const QDateTime &expiresAtUtc);
    void invalidate(const QUrl &endpoint);
    void clear();

private:
    struct Entry
    {
        QByteArray token;
        QDateTime renewAtUtc;
    };
    static QString keyFor(const QUrl &endpoint);
    QDateTime now() const;

    Clock m_clock;
    std::chrono::seconds m_margin {60};
    QHash<QString, Entry> m_entries;
};

} // namespace nd
