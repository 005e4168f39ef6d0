#include "sandbox/SandboxTokens.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTimeZone>

namespace nd::sandbox {

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

} // namespace

SandboxTokens::SandboxTokens(int lifetimeSeconds, int maxTokens)
    : m_lifetimeSeconds(lifetimeSeconds), m_signingKey(randomBytes(32)), m_tokens(maxTokens)
{ }

IssuedToken SandboxTokens::issue(const QString &accountKey, const QString &endpointUrl)
{
    const QDateTime nowUtc = m_clock();
    // Every token lives equally long, so the expired ones are the oldest.
    while (m_tokens.oldest() && nowUtc >= m_tokens.oldest()->expiresUtc)
        m_tokens.removeOldest();
    const qint64 now = nowUtc.toSecsSinceEpoch();
    const qint64 exp = now + m_lifetimeSeconds;
    const QJsonObject header {
        {QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload {{QStringLiteral("iss"), QStringLiteral("numberdesk-sandbox")},
        {QStringLiteral("sub"), accountKey}, {QStringLiteral("aud"), endpointUrl},
        {QStringLiteral("iat"), now}, {QStringLiteral("exp"), exp},
        {QStringLiteral("jti"), QString::fromLatin1(randomBytes(16).toHex())}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray signature
        = QMessageAuthenticationCode::hash(signingInput, m_signingKey, QCryptographicHash::Sha256);

    IssuedToken issued {QString::fromLatin1(signingInput + '.' + base64Url(signature)),
        QDateTime::fromSecsSinceEpoch(exp, QTimeZone::utc())};
    m_tokens.insert(issued.token, {endpointUrl, issued.expiresUtc});
    ++m_issuedCount;
    return issued;
}

TokenCheck SandboxTokens::check(const QString &token, const QString &endpointUrl) const
{
    const Record *it = m_tokens.find(token);
    if (!it)
        return TokenCheck::Unknown;
    if (m_clock() >= it->expiresUtc)
        return TokenCheck::Expired;
    if (it->endpointUrl != endpointUrl)
        return TokenCheck::WrongEndpoint;
    return TokenCheck::Valid;
}

} // namespace nd::sandbox
