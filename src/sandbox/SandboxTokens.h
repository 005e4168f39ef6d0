#pragma once

// Issues and checks the sandbox's bearer tokens. Each token is a JWT-like string (HS256 over a
// per-instance random key) whose `exp` claim equals the tokenExpiry the token endpoint reports, and
// is valid only on the one endpoint URL it was issued for, as the vendor's tokens are.
// Used by TokenEndpoint (issue) and SandboxServer (check).

#include "sandbox/BoundedHash.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <functional>

namespace nd::sandbox {

struct IssuedToken
{
    QString token;
    QDateTime expiresUtc; // whole seconds
};

enum class TokenCheck { Valid, Unknown, Expired, WrongEndpoint };

class SandboxTokens final
{
public:
    // Keeps at most `maxTokens` live tokens; the oldest is forgotten first (its holder gets a 401).
    SandboxTokens(int lifetimeSeconds, int maxTokens);

    IssuedToken issue(const QString &accountKey, const QString &endpointUrl);
    TokenCheck check(const QString &token, const QString &endpointUrl) const;
    void revokeAll() { m_tokens.clear(); }
    int issuedCount() const { return m_issuedCount; }
    int size() const { return int(m_tokens.size()); }

    // Tests move time without sleeping.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    struct Record
    {
        QString endpointUrl;
        QDateTime expiresUtc;
    };

    int m_lifetimeSeconds = 3600;
    int m_issuedCount = 0;
    QByteArray m_signingKey;
    BoundedHash<QString, Record> m_tokens; // oldest first, so expired ones are at the front
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace nd::sandbox
