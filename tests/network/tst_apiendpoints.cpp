// ApiEndpoints: URL building and the https-unless-loopback rule.

#include "network/ApiEndpoints.h"

#include <QTest>

using namespace nd;

class ApiEndpointsTest final : public QObject
{
    Q_OBJECT

private slots:
    void endpoints_areBuiltFromTheBaseUrl()
    {
        const ApiEndpoints endpoints(QUrl(QStringLiteral("https://api.telegent.com/v1.0/")));
        QCOMPARE(
            endpoints.tokenUrl().toString(), QStringLiteral("https://api.telegent.com/v1.0/oauth2/tokens"));
        QCOMPARE(endpoints.statusChangeUrl().toString(),
            QStringLiteral("https://api.telegent.com/v1.0/numbers/status"));
        QCOMPARE(endpoints.orderLookupUrl(QStringLiteral("JNUOID-19b3d376-2440-477f-a3dc-c91a36989316"))
                     .toString(),
            QStringLiteral(
                "https://api.telegent.com/v1.0/numbers/order?OrderId=JNUOID-19b3d376-2440-477f-a3dc-"
                "c91a36989316"));
    }

    void defaultBaseUrl_isTheVendors()
    {
        QCOMPARE(ApiEndpoints::defaultBaseUrl().toString(), QStringLiteral("https://api.telegent.com/v1.0"));
        QVERIFY(!ApiEndpoints::problemWithBaseUrl(ApiEndpoints::defaultBaseUrl()));
    }

    void baseUrlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("https remote") << "https://api.telegent.com/v1.0" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/v1.0" << true;
        QTest::newRow("http loopback 127/8") << "http://127.0.0.2:8080/v1.0" << true;
        QTest::newRow("http localhost") << "http://localhost:8080/v1.0" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:8080/v1.0" << true;
        QTest::newRow("http remote") << "http://api.telegent.com/v1.0" << false;
        QTest::newRow("http private lan") << "http://192.168.1.10/v1.0" << false;
        QTest::newRow("ftp") << "ftp://api.telegent.com/v1.0" << false;
        QTest::newRow("credentials in url") << "https://user:pw@api.telegent.com/v1.0" << false;
        QTest::newRow("query") << "https://api.telegent.com/v1.0?x=1" << false;
        QTest::newRow("no host") << "https:///v1.0" << false;
        QTest::newRow("localhost lookalike") << "http://localhost.evil.example/v1.0" << false;
    }
    void baseUrlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, acceptable);
        const auto problem = ApiEndpoints::problemWithBaseUrl(QUrl(url));
        QCOMPARE(!problem.has_value(), acceptable);
        if (problem)
            QVERIFY(!problem->isEmpty());
    }
};

QTEST_GUILESS_MAIN(ApiEndpointsTest)
#include "tst_apiendpoints.moc"
