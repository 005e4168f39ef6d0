#include "SandboxTestClient.h"
#include "sandbox/SandboxMagic.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using nd::sandbox::SandboxServer;
namespace magic = nd::sandbox::magic;

namespace {
const QString A = QStringLiteral("+12016093801");

QString m(const char *number)
{
    return QLatin1String(number);
}
} // namespace

class TestSandboxMagic final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusingMagic_answersAtOnce_andChangesNothing_data();
    void refusingMagic_answersAtOnce_andChangesNothing();
    void tokenAlwaysRejected_isRejectedEvenWithFreshToken();
    void rejectOneNumber_namesOnlyItsRow();
    void pendingThenComplete_completesAfterConfiguredLookups();
    void pendingThenFailed_failsWithMessage_andChangesNothing();
    void slowResponse_answersAfterDelay();
    void slowResponse_doesNotBlockOtherRequests();
    void dropConnection_appliesChange_butNeverAnswers();
    void malformedBody_is200WithTruncatedJson();
    void qrMagic_orderSucceeds_butImageMisbehaves_data();
    void qrMagic_orderSucceeds_butImageMisbehaves();
    void rateLimit_refusesOverBudgetWithRetryAfter();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxMagic::init()
{
    nd::sandbox::SandboxOptions options;
    options.rateLimitPerMinute = 0;
    options.slowResponseMs = 300;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxTestClient>(*m_server);
}

void TestSandboxMagic::refusingMagic_answersAtOnce_andChangesNothing_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("ServerError") << m(magic::ServerError) << 500 << QByteArray("application/problem+json");
    QTest::newRow("Maintenance") << m(magic::Maintenance) << 503 << QByteArray("text/plain");
    QTest::newRow("RateLimited") << m(magic::RateLimited) << 429 << QByteArray("application/problem+json");
    QTest::newRow("TokenAlwaysRejected")
        << m(magic::TokenAlwaysRejected) << 401 << QByteArray("application/problem+json");
}

void TestSandboxMagic::refusingMagic_answersAtOnce_andChangesNothing()
{
    QFETCH(QString, number);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    const HttpResult result = m_client->change(QStringLiteral("activate"), {A, number});
    QCOMPARE(result.status, status);
    QVERIFY(result.contentType.startsWith(contentType));
    QCOMPARE(m_server->numberState(A), QString());
    if (status == 503)
        QCOMPARE(result.body, QByteArray("Number-swap is currently unavailable"));
    if (status == 429) {
        QCOMPARE(result.retryAfter, QByteArray("30"));
        QCOMPARE(result.json.value(QStringLiteral("RetryAfter")).toString(), QStringLiteral("30"));
    }
    if (status == 500)
        QVERIFY(result.json.value(QStringLiteral("TraceId")).toString().startsWith(QLatin1String("00-")));
}

void TestSandboxMagic::tokenAlwaysRejected_isRejectedEvenWithFreshToken()
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        m_client->forgetTokens();
        QCOMPARE(m_client->change(QStringLiteral("activate"), {m(magic::TokenAlwaysRejected)}).status, 401);
    }
    QCOMPARE(m_server->tokensIssued(), 2);
}

void TestSandboxMagic::rejectOneNumber_namesOnlyItsRow()
{
    const HttpResult result = m_client->change(QStringLiteral("activate"), {A, m(magic::RejectOneNumber)});
    QCOMPARE(result.status, 422);
    QCOMPARE(result.json.value(QStringLiteral("Errors")).toObject().keys(),
        QStringList {QStringLiteral("$.PhoneNumbers[1].Number")});
    QCOMPARE(m_server->numberState(A), QString());
}

void TestSandboxMagic::pendingThenComplete_completesAfterConfiguredLookups()
{
    const HttpResult order = m_client->change(QStringLiteral("activate"), {A, m(magic::PendingThenComplete)});
    QCOMPARE(order.status, 200);
    QCOMPARE(order.json.value(QStringLiteral("OrderStatus")).toString(), QStringLiteral("Pending"));
    QCOMPARE(m_server->numberState(A), QStringLiteral("active"));
    const QString id = order.json.value(QStringLiteral("OrderId")).toString();
    for (int i = 0; i < m_server->options().pendingLookupsBeforeFinal; ++i)
        QCOMPARE(m_client->lookUp(id).json.value(QStringLiteral("OrderStatus")).toString(),
            QStringLiteral("Pending"));
    QCOMPARE(m_client->lookUp(id).json.value(QStringLiteral("OrderStatus")).toString(),
        QStringLiteral("Complete"));
}

void TestSandboxMagic::pendingThenFailed_failsWithMessage_andChangesNothing()
{
    const HttpResult order = m_client->change(QStringLiteral("activate"), {A, m(magic::PendingThenFailed)});
    QCOMPARE(order.status, 200);
    QCOMPARE(order.json.value(QStringLiteral("OrderStatus")).toString(), QStringLiteral("Pending"));
    QCOMPARE(SandboxTestClient::firstQrCode(order), QString());
    const QString id = order.json.value(QStringLiteral("OrderId")).toString();
    HttpResult lookup;
    for (int i = 0; i <= m_server->options().pendingLookupsBeforeFinal; ++i)
        lookup = m_client->lookUp(id);
    QCOMPARE(lookup.json.value(QStringLiteral("OrderStatus")).toString(), QStringLiteral("Failed"));
    QCOMPARE(lookup.json.value(QStringLiteral("OrderStatusMessage")).toString(),
        QStringLiteral("Carrier rejected the change: number is locked (sandbox)"));
    QCOMPARE(m_server->numberState(A), QString());
}

void TestSandboxMagic::slowResponse_answersAfterDelay()
{
    m_client->token(QStringLiteral("/numbers/status")); // so the timer measures the call alone
    QElapsedTimer timer;
    timer.start();
    const HttpResult result = m_client->change(QStringLiteral("activate"), {m(magic::SlowResponse)});
    QCOMPARE(result.status, 200);
    QVERIFY(timer.elapsed() >= 300 - 20); // timers may fire a little early, never much
    QCOMPARE(m_server->numberState(m(magic::SlowResponse)), QStringLiteral("active"));
}

void TestSandboxMagic::slowResponse_doesNotBlockOtherRequests()
{
    m_server->setSlowResponseMs(60000);
    const QString token = m_client->token(QStringLiteral("/numbers/status"));
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + QStringLiteral("/numbers/status")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArray("Bearer " + token.toLatin1()));
    QSignalSpy received(m_server.get(), &SandboxServer::requestReceived);
    QNetworkReply *slow = network.post(request,
        QJsonDocument(SandboxTestClient::body(QStringLiteral("activate"), {m(magic::SlowResponse)}))
            .toJson());
    QVERIFY(received.wait(5000));
    QCOMPARE(m_client->requestToken(QStringLiteral("/numbers/order")).status, 200);
    QVERIFY(!slow->isFinished());
    slow->abort();
    delete slow;
}

void TestSandboxMagic::dropConnection_appliesChange_butNeverAnswers()
{
    const HttpResult result = m_client->change(QStringLiteral("activate"), {A, m(magic::DropConnection)});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_server->numberState(A), QStringLiteral("active"));
    // QNetworkAccessManager silently resends a POST whose kept-alive connection closed unanswered
    // (up to twice); the sandbox drops every attempt and applied the change only once.
    const int attempts = m_server->requestCount(QStringLiteral("/v1.0/numbers/status"));
    qInfo("status requests seen for one dropped call: %d", attempts);
    QVERIFY(attempts >= 1 && attempts <= 3);
}

void TestSandboxMagic::malformedBody_is200WithTruncatedJson()
{
    const HttpResult result = m_client->change(QStringLiteral("activate"), {m(magic::MalformedBody)});
    QCOMPARE(result.status, 200);
    QVERIFY(result.contentType.startsWith("application/json"));
    QVERIFY(!result.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(result.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(m_server->numberState(m(magic::MalformedBody)), QStringLiteral("active"));
}

void TestSandboxMagic::qrMagic_orderSucceeds_butImageMisbehaves_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("QrNotFound") << m(magic::QrNotFound) << "activate" << 404 << QByteArray("text/plain");
    QTest::newRow("QrNotAnImage") << m(magic::QrNotAnImage) << "activate" << 200 << QByteArray("text/html");
    QTest::newRow("QrOversized") << m(magic::QrOversized) << "swap-sim" << 200 << QByteArray("image/png");
}

void TestSandboxMagic::qrMagic_orderSucceeds_butImageMisbehaves()
{
    QFETCH(QString, number);
    QFETCH(QString, type);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    if (type == QLatin1String("swap-sim"))
        m_server->setNumberState(number, QStringLiteral("active"));
    const HttpResult order = m_client->change(type, {A, number});
    if (type == QLatin1String("swap-sim"))
        QCOMPARE(order.status, 422); // A is not active: swap-sim refused for it
    m_server->setNumberState(A, QStringLiteral("active"));
    const HttpResult retry = type == QLatin1String("swap-sim") ? m_client->change(type, {A, number}) : order;
    QCOMPARE(retry.status, 200);
    const QUrl url(retry.json.value(QStringLiteral("Numbers"))
                       .toArray()
                       .at(1)
                       .toObject()
                       .value(QStringLiteral("QrCode"))
                       .toString());
    QVERIFY(url.isValid());
    QCOMPARE(m_server->activationCodeForQrUrl(url), std::nullopt);
    const HttpResult image = m_client->get(url);
    QCOMPARE(image.status, status);
    QVERIFY(image.contentType.startsWith(contentType));
    if (number == m(magic::QrOversized)) {
        QCOMPARE(image.body.size(), 30 * 1024 * 1024);
        QVERIFY(image.body.startsWith("\x89PNG"));
    }
}

void TestSandboxMagic::rateLimit_refusesOverBudgetWithRetryAfter()
{
    nd::sandbox::SandboxOptions options;
    options.rateLimitPerMinute = 3;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxTestClient client(server);
    const HttpResult activated = client.change(QStringLiteral("activate"), {A}); // token + call
    QCOMPARE(activated.status, 200);
    // QR images are not API calls and do not count.
    QCOMPARE(client.get(QUrl(SandboxTestClient::firstQrCode(activated))).status, 200);
    QCOMPARE(client.change(QStringLiteral("park"), {A}).status, 200);
    QCOMPARE(client.change(QStringLiteral("activate"), {A}).status, 429);
    const HttpResult limited = client.requestToken(QStringLiteral("/numbers/order"));
    QCOMPARE(limited.status, 429);
    const int retryAfter = limited.retryAfter.toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= 60);
    QCOMPARE(limited.json.value(QStringLiteral("RetryAfter")).toString(), QString::number(retryAfter));
    QVERIFY(!limited.json.value(QStringLiteral("Detail")).toString().isEmpty());
    QCOMPARE(server.numberState(A), QStringLiteral("parked"));
}

QTEST_GUILESS_MAIN(TestSandboxMagic)
#include "tst_sandboxmagic.moc"
