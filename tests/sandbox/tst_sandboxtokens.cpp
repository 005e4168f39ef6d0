#include "SandboxTestClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using nd::sandbox::SandboxOptions;
using nd::sandbox::SandboxServer;

namespace {
const QString Status = QStringLiteral("/numbers/status");
const QString Order = QStringLiteral("/numbers/order");

QJsonObject jwtPayload(const QString &token)
{
    const QByteArray part = token.toLatin1().split('.').value(1);
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
}
} // namespace

class TestSandboxTokens final : public QObject
{
    Q_OBJECT

private slots:
    void token_validCredentials_isCamelCaseWithExpiryMatchingJwt();
    void token_wrongSecret_is401WithAuthError();
    void token_endpointNotInSandbox_is403WithDetail();
    void token_missingEndpoint_is400();
    void statusCall_withoutOrWithBadToken_is401WithoutErrors();
    void token_usedOnOtherEndpoint_is401();
    void token_lifetimeZero_isExpiredAtOnce();
    void token_clockPastExpiry_is401();
    void revokeAllTokens_oldTokenIs401_newTokenWorks();
    void counters_countEveryRequestEvenRejected();
};

void TestSandboxTokens::token_validCredentials_isCamelCaseWithExpiryMatchingJwt()
{
    SandboxServer server;
    QVERIFY(server.start());
    SandboxTestClient client(server);
    const HttpResult result = client.requestToken(Status);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.value(QStringLiteral("successful")).toBool(), true);
    QCOMPARE(result.json.value(QStringLiteral("apiEndpoint")).toString(),
        QString(server.baseUrl().toString() + Status));
    const QString token = result.json.value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    const QDateTime expiry
        = QLocale::c().toDateTime(result.json.value(QStringLiteral("tokenExpiry")).toString(),
            QStringLiteral("MM/dd/yyyy hh:mm:ss AP"));
    QVERIFY(expiry.isValid());
    QDateTime expiryUtc = expiry;
    expiryUtc.setTimeZone(QTimeZone::utc());
    QCOMPARE(jwtPayload(token).value(QStringLiteral("exp")).toInteger(), expiryUtc.toSecsSinceEpoch());
    const qint64 lifetime = expiryUtc.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch();
    QVERIFY(lifetime > 3500 && lifetime <= 3600);
    QCOMPARE(server.tokensIssued(), 1);
}

void TestSandboxTokens::token_wrongSecret_is401WithAuthError()
{
    SandboxServer server;
    QVERIFY(server.start());
    SandboxTestClient client(server);
    const HttpResult result = client.requestToken(Status, QStringLiteral("wrong"));
    QCOMPARE(result.status, 401);
    QCOMPARE(result.json.value(QStringLiteral("Errors"))
                 .toObject()
                 .value(QStringLiteral("Auth"))
                 .toArray()
                 .at(0)
                 .toString(),
        QStringLiteral("Invalid account credentials provided"));
    QVERIFY(result.json.value(QStringLiteral("TraceId")).toString().startsWith(QLatin1String("00-")));
    QVERIFY(!result.body.contains("wrong"));
    QCOMPARE(server.tokensIssued(), 0);
}

void TestSandboxTokens::token_endpointNotInSandbox_is403WithDetail()
{
    SandboxServer server;
    QVERIFY(server.start());
    SandboxTestClient client(server);
    for (const QString &endpoint : {QStringLiteral("/numbers/provision"), QStringLiteral("")}) {
        const HttpResult result = client.requestToken(endpoint);
        QCOMPARE(result.status, 403);
        QVERIFY(!result.json.value(QStringLiteral("Detail")).toString().isEmpty());
    }
    const QJsonObject body {{QStringLiteral("AccountKey"), server.options().accountKey},
        {QStringLiteral("AccountSecret"), server.options().accountSecret},
        {QStringLiteral("ApiEndpoint"), QStringLiteral("https://api.telegent.com/v1.0/numbers/status")}};
    QCOMPARE(client.postRaw(QStringLiteral("/oauth2/tokens"), QJsonDocument(body).toJson(), {}).status, 403);
}

void TestSandboxTokens::token_missingEndpoint_is400()
{
    SandboxServer server;
    QVERIFY(server.start());
    SandboxTestClient client(server);
    const QJsonObject body {{QStringLiteral("AccountKey"), server.options().accountKey},
        {QStringLiteral("AccountSecret"), server.options().accountSecret}};
    const HttpResult result
        = client.postRaw(QStringLiteral("/oauth2/tokens"), QJsonDocument(body).toJson(), {});
    QCOMPARE(result.status, 400);
    QVERIFY(result.json.value(QStringLiteral("Errors")).toObject().contains(QStringLiteral("$.ApiEndpoint")));
    QCOMPARE(client.postRaw(QStringLiteral("/oauth2/tokens"), "not json", {}).status, 400);
}

void TestSandboxTokens::statusCall_withoutOrWithBadToken_is401WithoutErrors()
{
    SandboxServer server;
    QVERIFY(server.start());
    SandboxTestClient client(server);
    const QByteArray body
        = QJsonDocument(SandboxTestClient::body(QStringLiteral("activate"), {QStringLiteral("+12016093801")}))
              .toJson();
    for (const QString &token : {QString(), QStringLiteral("garbage")}) {
        const HttpResult result = client.postRaw(Status, body, token);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json.value(QStringLiteral("Title")).toString(), QStringLiteral("Unauthorized"));
        QVERIFY(!result.json.contains(QStringLiteral("Errors")));
    }
    QCOMPARE(server.numberState(QStringLiteral("+12016093801")), QString());
}

void TestSandboxTokens::token_usedOnOtherEndpoint_is401()
{
    SandboxServer server;
    QVERIFY(server.start());
    SandboxTestClient client(server);
    const QByteArray body
        = QJsonDocument(SandboxTestClient::body(QStringLiteral("activate"), {QStringLiteral("+12016093801")}))
              .toJson();
    QCOMPARE(client.postRaw(Status, body, client.token(Order)).status, 401);
    QUrl lookup(server.baseUrl().toString() + Order);
    lookup.setQuery(QStringLiteral("OrderId=JNUOID-x"));
    QCOMPARE(client.get(lookup, client.token(Status)).status, 401);
    QCOMPARE(client.get(lookup, client.token(Order)).status, 404);
}

void TestSandboxTokens::token_lifetimeZero_isExpiredAtOnce()
{
    SandboxOptions options;
    options.tokenLifetimeSeconds = 0;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxTestClient client(server);
    QCOMPARE(client.change(QStringLiteral("activate"), {QStringLiteral("+12016093801")}).status, 401);
}

void TestSandboxTokens::token_clockPastExpiry_is401()
{
    SandboxServer server;
    QVERIFY(server.start());
    QDateTime now = QDateTime::currentDateTimeUtc();
    server.tokens().setClock([&now] { return now; });
    SandboxTestClient client(server);
    QCOMPARE(client.change(QStringLiteral("activate"), {QStringLiteral("+12016093801")}).status, 200);
    now = now.addSecs(3601);
    QCOMPARE(client.change(QStringLiteral("park"), {QStringLiteral("+12016093801")}).status, 401);
    QCOMPARE(server.numberState(QStringLiteral("+12016093801")), QStringLiteral("active"));
}

void TestSandboxTokens::revokeAllTokens_oldTokenIs401_newTokenWorks()
{
    SandboxServer server;
    QVERIFY(server.start());
    SandboxTestClient client(server);
    QCOMPARE(client.change(QStringLiteral("activate"), {QStringLiteral("+12016093801")}).status, 200);
    server.revokeAllTokens();
    QCOMPARE(client.change(QStringLiteral("park"), {QStringLiteral("+12016093801")}).status, 401);
    client.forgetTokens();
    QCOMPARE(client.change(QStringLiteral("park"), {QStringLiteral("+12016093801")}).status, 200);
    QCOMPARE(server.tokensIssued(), 2);
}

void TestSandboxTokens::counters_countEveryRequestEvenRejected()
{
    SandboxServer server;
    QVERIFY(server.start());
    SandboxTestClient client(server);
    client.requestToken(Status, QStringLiteral("wrong"));
    client.postRaw(Status, "{}", QStringLiteral("garbage"));
    client.change(QStringLiteral("activate"), {QStringLiteral("+12016093801")});
    QCOMPARE(server.requestCount(QStringLiteral("/v1.0/oauth2/tokens")), 2);
    QCOMPARE(server.requestCount(QStringLiteral("/v1.0/numbers/status")), 2);
}

QTEST_GUILESS_MAIN(TestSandboxTokens)
#include "tst_sandboxtokens.moc"
