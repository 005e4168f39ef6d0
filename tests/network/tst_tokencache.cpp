// TokenCache: per-endpoint scoping and renewal ahead of expiry, on an injected clock.

#include "network/TokenCache.h"

#include <QTest>
#include <QTimeZone>

using namespace nd;

class TokenCacheTest final : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), QTimeZone::utc());
    const QUrl m_status {QStringLiteral("https://api.telegent.com/v1.0/numbers/status")};
    const QUrl m_order {QStringLiteral("https://api.telegent.com/v1.0/numbers/order")};

    TokenCache makeCache()
    {
        return TokenCache([this] { return m_now; });
    }

private slots:
    void freshToken_isReturnedForItsEndpointOnly()
    {
        TokenCache cache = makeCache();
        cache.store(m_status, "tok-status", m_now.addSecs(3600));
        QCOMPARE(cache.validToken(m_status), std::optional<QByteArray>("tok-status"));
        QVERIFY(!cache.validToken(m_order));
    }

    void queryString_doesNotChangeTheScope()
    {
        TokenCache cache = makeCache();
        cache.store(m_order, "tok-order", m_now.addSecs(3600));
        QCOMPARE(
            cache.validToken(QUrl(QStringLiteral("https://api.telegent.com/v1.0/numbers/order?OrderId=X"))),
            std::optional<QByteArray>("tok-order"));
    }

    void token_isRenewedOneMinuteBeforeExpiry()
    {
        TokenCache cache = makeCache();
        cache.store(m_status, "tok", m_now.addSecs(3600));
        m_now = m_now.addSecs(3600 - 61);
        QVERIFY(cache.validToken(m_status));
        m_now = m_now.addSecs(2);
        QVERIFY(!cache.validToken(m_status));
    }

    void shortLivedToken_isRenewedAtHalfItsLife()
    {
        TokenCache cache = makeCache();
        cache.store(m_status, "tok", m_now.addSecs(100)); // "a few minutes" at worst
        m_now = m_now.addSecs(49);
        QVERIFY(cache.validToken(m_status));
        m_now = m_now.addSecs(2);
        QVERIFY(!cache.validToken(m_status));
    }

    void alreadyExpiredToken_isNeverReturned()
    {
        TokenCache cache = makeCache();
        cache.store(m_status, "tok", m_now.addSecs(-5));
        QVERIFY(!cache.validToken(m_status));
    }

    void invalidateAndClear_forgetTokens()
    {
        TokenCache cache = makeCache();
        cache.store(m_status, "a", m_now.addSecs(3600));
        cache.store(m_order, "b", m_now.addSecs(3600));
        cache.invalidate(m_status);
        QVERIFY(!cache.validToken(m_status));
        QVERIFY(cache.validToken(m_order));
        cache.clear();
        QVERIFY(!cache.validToken(m_order));
    }
};

QTEST_GUILESS_MAIN(TokenCacheTest)
#include "tst_tokencache.moc"
