// The sandbox runs for days in training rooms: everything it remembers (tokens, orders, QR codes,
// numbers, request counters) stays within SandboxOptions' limits, forgetting the oldest first.

#include "SandboxTestClient.h"

#include <QTest>
#include <QTimeZone>

using nd::sandbox::SandboxOptions;
using nd::sandbox::SandboxServer;

class TestSandboxLimits final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    void start(SandboxOptions options)
    {
        options.rateLimitPerMinute = 0;
        m_client.reset();
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->start());
        m_client = std::make_unique<SandboxTestClient>(*m_server);
    }

    static QString number(int i)
    {
        return QStringLiteral("+1201609%1").arg(3800 + i, 4, 10, QLatin1Char('0'));
    }

    QString activate(int i) // returns the QR URL
    {
        const HttpResult result = m_client->change(QStringLiteral("activate"), {number(i)});
        return result.status == 200 ? SandboxTestClient::firstQrCode(result) : QString();
    }

private slots:
    void tokens_beyondTheLimit_oldestAreForgotten()
    {
        SandboxOptions options;
        options.maxTokens = 3;
        start(options);
        QStringList tokens;
        for (int i = 0; i < 6; ++i)
            tokens.append(m_client->requestToken(QStringLiteral("/numbers/status"))
                              .json.value(QStringLiteral("token"))
                              .toString());
        QCOMPARE(m_server->footprint().tokens, 3);
        const QString endpoint = m_server->baseUrl().toString() + QStringLiteral("/numbers/status");
        QCOMPARE(m_server->tokens().check(tokens.first(), endpoint), nd::sandbox::TokenCheck::Unknown);
        QCOMPARE(m_server->tokens().check(tokens.last(), endpoint), nd::sandbox::TokenCheck::Valid);
    }

    void tokens_expiredOnes_areDroppedWhenNewOnesAreIssued()
    {
        start(SandboxOptions {});
        QDateTime now = QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc());
        m_server->tokens().setClock([&now] { return now; });
        for (int i = 0; i < 5; ++i)
            m_server->tokens().issue(QStringLiteral("DID-1"), QStringLiteral("http://x/numbers/status"));
        now = now.addSecs(m_server->options().tokenLifetimeSeconds + 1);
        m_server->tokens().issue(QStringLiteral("DID-1"), QStringLiteral("http://x/numbers/status"));
        QCOMPARE(m_server->footprint().tokens, 1);
    }

    void ordersAndQrCodes_beyondTheLimit_oldestAreForgotten()
    {
        SandboxOptions options;
        options.maxOrders = 2;
        options.maxQrCodes = 2;
        start(options);
        QStringList qrUrls;
        QStringList orderIds;
        for (int i = 0; i < 4; ++i) {
            const HttpResult result = m_client->change(QStringLiteral("activate"), {number(i)});
            QCOMPARE(result.status, 200);
            orderIds.append(result.json.value(QStringLiteral("OrderId")).toString());
            qrUrls.append(SandboxTestClient::firstQrCode(result));
        }
        QCOMPARE(m_server->footprint().orders, 2);
        QCOMPARE(m_server->footprint().qrCodes, 2);
        QCOMPARE(m_client->lookUp(orderIds.first()).status, 404);
        QCOMPARE(m_client->lookUp(orderIds.last()).status, 200);
        QCOMPARE(m_client->get(QUrl(qrUrls.first())).status, 404);
        QCOMPARE(m_client->get(QUrl(qrUrls.last())).status, 200);
    }

    void numbers_beyondTheLimit_oldestAreForgotten()
    {
        SandboxOptions options;
        options.maxNumbers = 3;
        start(options);
        for (int i = 0; i < 6; ++i)
            QVERIFY(!activate(i).isEmpty());
        QCOMPARE(m_server->footprint().numbers, 3);
        QCOMPARE(m_server->numberState(number(0)), QString()); // forgotten: new again
        QCOMPARE(m_server->numberState(number(5)), QStringLiteral("active"));
    }

    void requestCounters_beyondTheLimit_shareOneCounter()
    {
        SandboxOptions options;
        options.maxCountedPaths = 3;
        start(options);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(
                m_client->get(QUrl(m_server->baseUrl().toString() + QStringLiteral("/nowhere-%1").arg(i)))
                    .status,
                404);
        QVERIFY2(m_server->footprint().countedPaths <= 4,
            qPrintable(QString::number(m_server->footprint().countedPaths)));
        QCOMPARE(m_server->requestCount(QStringLiteral("/v1.0/nowhere-0")), 1); // counted before the limit
    }

    void defaults_areTheDocumentedLimits()
    {
        const SandboxOptions options;
        QCOMPARE(options.maxTokens, 1000);
        QCOMPARE(options.maxOrders, 10000);
        QCOMPARE(options.maxQrCodes, 10000);
        QCOMPARE(options.maxNumbers, 100000);
        QCOMPARE(options.maxCountedPaths, 1000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandboxlimits.moc"
