#pragma once

// Issues and checks the sandbox's bearer tokens. Each token is a JWT-like string (HS256 over a
// per-instance random key) whose `exp` claim equals the tokenExpiry the token endpoint reports, and
// is valid only on the one endpoint URL it was issued for, as the vendor's tokens are.
// Used by TokenEndpoint (issue) and SandboxServer (check).

#include <QByteArray>
#include <QDateTime>
#include <QHash>
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
    explicit SandboxTokens(int lifetimeSeconds);

    IssuedToken issue(const QString &accountKey, const QString &endpointUrl);
    TokenCheck check(const QString &token, const QString &endpointUrl) const;
    void revokeAll() { m_tokens.clear(); }
    int issuedCount() const { return m_issuedCount; }

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
    QHash<QString, Record> m_tokens;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace nd::sandbox
