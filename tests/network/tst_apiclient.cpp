// The API client against the real in-process sandbox over loopback: every change type, tokens,
// the one permitted retry, and every failure the sandbox can produce.

#include "CallRecorder.h"
#include "LogCapture.h"
#include "network/ApiClient.h"
#include "request/ChangeType.h"
#include "sandbox/SandboxMagic.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace nd;
namespace magic = nd::sandbox::magic;

namespace {

const QString StatusPath = QStringLiteral("/v1.0/numbers/status");
const QString OrderPath = QStringLiteral("/v1.0/numbers/order");
const QString TokenPath = QStringLiteral("/v1.0/oauth2/tokens");

ValidatedRequest makeRequest(
    ChangeType type, const QStringList &numbers, const QString &areaCode = {}, const QString &zipCode = {})
{
    ValidatedRequest request;
    request.changeType = type;
    request.effectiveDate = QDate::currentDate();
    request.areaCode = areaCode;
    request.zipCode = zipCode;
    for (int i = 0; i < numbers.size(); ++i)
        request.numbers.append(ValidatedNumber {numbers.at(i), QString(), i});
    return request;
}

} // namespace

class ApiClientTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;

    void startSandbox(sandbox::SandboxOptions options = {})
    {
        m_client.reset();
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_sandbox->start(0));
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_sandbox->baseUrl());
        m_client->setCredentials({m_sandbox->options().accountKey, m_sandbox->options().accountSecret});
    }

    CallResult submit(const ValidatedRequest &request)
    {
        return waitFor(m_client->submitStatusChange(request));
    }

private slots:
    void init() { startSandbox(); }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void everyChangeType_succeeds_data()
    {
        QTest::addColumn<ChangeType>("type");
        QTest::addColumn<QString>("stateBefore");
        QTest::addColumn<QString>("stateAfter");
        QTest::newRow("activate") << ChangeType::Activate << QString() << QStringLiteral("active");
        QTest::newRow("cancel") << ChangeType::Cancel << QStringLiteral("active")
                                << QStringLiteral("cancelled");
        QTest::newRow("swap") << ChangeType::Swap << QStringLiteral("active") << QStringLiteral("released");
        QTest::newRow("swap-sim") << ChangeType::SwapSim << QStringLiteral("active")
                                  << QStringLiteral("active");
        QTest::newRow("replace") << ChangeType::Replace << QStringLiteral("active")
                                 << QStringLiteral("released");
        QTest::newRow("park") << ChangeType::Park << QStringLiteral("active") << QStringLiteral("parked");
    }
    void everyChangeType_succeeds()
    {
        QFETCH(ChangeType, type);
        QFETCH(QString, stateBefore);
        QFETCH(QString, stateAfter);
        const QStringList numbers {QStringLiteral("+12016093801"), QStringLiteral("+12232233180")};
        for (const QString &number : numbers) {
            if (!stateBefore.isEmpty())
                m_sandbox->setNumberState(number, stateBefore);
        }
        const CallResult result = submit(makeRequest(type, numbers));
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
        QVERIFY(result.order);
        const Order &order = *result.order;
        QVERIFY(order.orderId.startsWith(QLatin1String("JNUOID-")));
        QCOMPARE(order.state, OrderState::Done);
        QCOMPARE(order.changeType.toLower(), wireName(type));
        QCOMPARE(order.effectiveDate, QDate::currentDate());
        QCOMPARE(order.numbers.size(), 2);
        const ChangeTypeRule &rule = ruleFor(type);
        for (int i = 0; i < 2; ++i) {
            const OrderNumber &item = order.numbers.at(i);
            QCOMPARE(m_sandbox->numberState(numbers.at(i)), stateAfter);
            QCOMPARE(item.qrCodeUrl.isEmpty(), !rule.issuesQrCode);
            if (rule.assignsNewNumber) {
                QCOMPARE(item.originalNumber, numbers.at(i));
                QVERIFY(item.number != numbers.at(i));
                QCOMPARE(m_sandbox->numberState(item.number), QStringLiteral("active"));
            } else {
                QCOMPARE(item.number, numbers.at(i));
            }
            if (type == ChangeType::Swap)
                QCOMPARE(item.number.mid(2, 3), numbers.at(i).mid(2, 3)); // same area code
        }
        QCOMPARE(m_sandbox->requestCount(StatusPath), 1);
        QCOMPARE(result.attempts, 1);
    }

    void replace_prefersTheRequestedAreaCode()
    {
        m_sandbox->setNumberState(QStringLiteral("+12016093801"), QStringLiteral("active"));
        const CallResult result = submit(
            makeRequest(ChangeType::Replace, {QStringLiteral("+12016093801")}, QStringLiteral("415")));
        QVERIFY(result.order);
        QCOMPARE(result.order->numbers.at(0).number.mid(2, 3), QStringLiteral("415"));
    }

    void token_isReusedForTheSameEndpoint()
    {
        for (const char *number : {"+12016093801", "+12016093802", "+12016093803"})
            QVERIFY(submit(makeRequest(ChangeType::Activate, {QString::fromLatin1(number)})).order);
        QCOMPARE(m_sandbox->requestCount(TokenPath), 1);
        QCOMPARE(m_sandbox->requestCount(StatusPath), 3);
        QCOMPARE(m_client->tokenRequestsSent(), 1);
    }

    void token_isScopedPerEndpoint()
    {
        const CallResult submitted
            = submit(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")}));
        QVERIFY(submitted.order);
        const CallResult lookedUp = waitFor(m_client->lookupOrder(submitted.order->orderId));
        QVERIFY2(lookedUp.order, qPrintable(lookedUp.error ? lookedUp.error->message : QString()));
        QCOMPARE(lookedUp.order->orderId, submitted.order->orderId);
        QCOMPARE(m_sandbox->requestCount(TokenPath), 2); // one for /numbers/status, one for /numbers/order
        QVERIFY(waitFor(m_client->lookupOrder(submitted.order->orderId)).order);
        QCOMPARE(m_sandbox->requestCount(TokenPath), 2);
    }

    void token_nearExpiry_isRenewedBeforeUse()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        m_client->tokenCache().setClock([&now] { return now; });
        QVERIFY(submit(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")})).order);
        now = now.addSecs(3600 - 30); // inside the renewal margin of the sandbox's one-hour token
        QVERIFY(submit(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093802")})).order);
        QCOMPARE(m_sandbox->requestCount(TokenPath), 2);
        QCOMPARE(m_sandbox->requestCount(StatusPath), 2); // renewed ahead: no 401 round trip
    }

    void token_revokedByServer_isRenewedOnceAndTheRequestResent()
    {
        QVERIFY(submit(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")})).order);
        m_sandbox->revokeAllTokens();
        const CallResult result = submit(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093802")}));
        QVERIFY2(result.order, qPrintable(result.error ? result.error->message : QString()));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(m_sandbox->requestCount(StatusPath), 3);
        QCOMPARE(m_sandbox->requestCount(TokenPath), 2);
    }

    void token_rejectedAgainAfterRenewal_failsWithoutAThirdTry()
    {
        const CallResult result
            = submit(makeRequest(ChangeType::Activate, {QString::fromLatin1(magic::TokenAlwaysRejected)}));
        QVERIFY(result.error);
        QCOMPARE(result.error->httpStatus, 401);
        QCOMPARE(result.attempts, 2);
        QCOMPARE(m_sandbox->requestCount(StatusPath), 2);
        QCOMPARE(m_sandbox->requestCount(TokenPath), 2);
    }

    void accountChangedDuringACall_a401IsNotResentUnderTheNewAccount()
    {
        QVERIFY(submit(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")})).order);
        m_sandbox->revokeAllTokens();
        ApiCall *call = m_client->submitStatusChange(
            makeRequest(ChangeType::Activate, {QStringLiteral("+12016093802")}));
        // The user switches account while the request is out (the call already holds the old token).
        m_client->setCredentials({m_sandbox->options().accountKey, m_sandbox->options().accountSecret});
        const CallResult result = waitFor(call);
        QVERIFY(result.error);
        QCOMPARE(result.error->httpStatus, 401);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(m_sandbox->requestCount(StatusPath), 2); // the first call, and this one once
        QCOMPARE(m_sandbox->numberState(QStringLiteral("+12016093802")), QString());
    }

    // The 401 proved the first attempt changed nothing: stopping while the token is renewed, before the
    // resend is written, is "nothing was changed", not "the server may still carry it out".
    void abandon_whileTheTokenIsRenewedAfterA401_isCancelledNotUnknown()
    {
        QVERIFY(submit(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")})).order);
        m_sandbox->revokeAllTokens();
        ApiCall *call = m_client->submitStatusChange(
            makeRequest(ChangeType::Activate, {QStringLiteral("+12016093802")}));
        QSignalSpy failed(call, &ApiCall::failed);
        QPointer<ApiCall> watched(call);
        const int tokensBefore = m_sandbox->requestCount(TokenPath);
        // The agent stops waiting the moment the renewal's token request reaches the server.
        connect(m_sandbox.get(), &sandbox::SandboxServer::requestReceived, call,
            [&, watched](const QString &, const QString &path) {
                if (path == TokenPath && m_sandbox->requestCount(TokenPath) > tokensBefore && watched)
                    watched->abandon();
            });
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
        QCOMPARE(m_sandbox->requestCount(StatusPath), 2); // the first call, and this one's refused attempt
        QCOMPARE(m_sandbox->numberState(QStringLiteral("+12016093802")), QString());
    }

    void wrongSecret_isAnAuthenticationErrorThatNeverEchoesTheSecret()
    {
        const QString secret = QStringLiteral("not-the-secret-4711");
        m_client->setCredentials({m_sandbox->options().accountKey, secret});
        const CallResult result = waitFor(m_client->testConnection());
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::Authentication);
        QVERIFY2(result.error->message.contains(QLatin1String("Invalid account credentials provided")),
            qPrintable(result.error->message));
        QVERIFY(!result.error->message.contains(secret));
        QCOMPARE(m_sandbox->requestCount(StatusPath), 0);
    }

    void testConnection_obtainsAFreshToken()
    {
        const CallResult result = waitFor(m_client->testConnection());
        QVERIFY(result.verified);
        QCOMPARE(m_sandbox->requestCount(TokenPath), 1);
        QCOMPARE(m_sandbox->requestCount(StatusPath), 0);
    }

    void connectionTestToken_isReused_forTheSameServerAndAccountOnly()
    {
        const Credentials account {m_sandbox->options().accountKey, m_sandbox->options().accountSecret};
        // "Test connection" runs on a throw-away client; its token is offered to the desk's.
        ApiClient tested;
        tested.setBaseUrl(m_sandbox->baseUrl());
        tested.setCredentials(account);
        QVERIFY(waitFor(tested.testConnection()).verified);
        QCOMPARE(m_sandbox->requestCount(TokenPath), 1);

        ApiClient desk; // not yet configured, as when the profile is saved before its secret is read
        desk.offerTokens(tested);
        desk.setBaseUrl(m_sandbox->baseUrl());
        desk.setCredentials(account);
        QVERIFY(waitFor(
            desk.submitStatusChange(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")})))
                    .order);
        QCOMPARE(m_sandbox->requestCount(TokenPath), 1); // no second token
        QCOMPARE(desk.tokenRequestsSent(), 0);

        // Another secret (or server) never gets the tested account's token.
        ApiClient other;
        other.offerTokens(tested);
        other.setBaseUrl(m_sandbox->baseUrl());
        other.setCredentials({account.accountKey, QStringLiteral("another-secret")});
        const CallResult refused = waitFor(
            other.submitStatusChange(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093802")})));
        QVERIFY(!refused.order);
        QCOMPARE(other.tokenRequestsSent(), 1);
        QCOMPARE(m_sandbox->requestCount(TokenPath), 2);
    }

    void rateLimit_afterTheAccountsQuota_reportsWhenToRetry()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 3; // token + 2 changes, then 429
        startSandbox(options);
        QVERIFY(submit(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")})).order);
        QVERIFY(submit(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093802")})).order);
        const CallResult limited
            = submit(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093803")}));
        QVERIFY(limited.error);
        QCOMPARE(limited.error->kind, ApiError::Kind::RateLimited);
        QCOMPARE(limited.error->httpStatus, 429);
        QVERIFY(limited.error->retryAfterSeconds.has_value());
        QVERIFY(*limited.error->retryAfterSeconds > 0);
        QCOMPARE(m_sandbox->requestCount(StatusPath), 3);
        QVERIFY(m_sandbox->numberState(QStringLiteral("+12016093803")) != QStringLiteral("active"));
    }

    void magicRateLimited_isNotRetried()
    {
        const CallResult result
            = submit(makeRequest(ChangeType::Activate, {QString::fromLatin1(magic::RateLimited)}));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::RateLimited);
        QVERIFY(result.error->retryAfterSeconds.has_value());
        QCOMPARE(m_sandbox->requestCount(StatusPath), 1);
    }

    void serverError_isReportedAndNotRetried()
    {
        m_sandbox->setNumberState(QStringLiteral("+12016093801"), QStringLiteral("active"));
        const CallResult result = submit(makeRequest(
            ChangeType::Cancel, {QStringLiteral("+12016093801"), QString::fromLatin1(magic::ServerError)}));
        QVERIFY(result.error);
        QCOMPARE(result.error->httpStatus, 500);
        QCOMPARE(result.error->kind, ApiError::Kind::OutcomeUnknown); // may come after the change was made
        QVERIFY(result.error->serverMayHaveActed());
        QVERIFY(!result.error->traceId.isEmpty());
        QVERIFY(!result.error->message.isEmpty());
        QCOMPARE(m_sandbox->requestCount(StatusPath), 1);
        QCOMPARE(m_sandbox->numberState(QStringLiteral("+12016093801")), QStringLiteral("active"));
    }

    void maintenance_plainText503_isExplained()
    {
        const CallResult result
            = submit(makeRequest(ChangeType::Activate, {QString::fromLatin1(magic::Maintenance)}));
        QVERIFY(result.error);
        QCOMPARE(result.error->httpStatus, 503);
        QVERIFY2(result.error->message.contains(QLatin1String("Number-swap is currently unavailable")),
            qPrintable(result.error->message));
        QCOMPARE(m_sandbox->requestCount(StatusPath), 1);
    }

    // What an answer other than 200 proves about a status change (contract §5): only the listed refusals,
    // 307/308, and a 503 problem-details answer from the API itself say nothing was done.
    void statusChangeAnswer_saysWhetherTheServerMayHaveActed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");

        const QByteArray problemJson("application/problem+json; charset=utf-8");
        // Built as JSON rather than written out: moc misreads some raw string literals.
        const auto problem = [](int status, const char *traceId) {
            QJsonObject object {
                {QStringLiteral("Type"), QStringLiteral("https://tools.ietf.org/html/rfc7231")},
                {QStringLiteral("Title"), QStringLiteral("Service Unavailable")},
                {QStringLiteral("Status"), status},
                {QStringLiteral("Detail"), QStringLiteral("Number-swap is currently unavailable.")}};
            if (traceId)
                object.insert(QStringLiteral("TraceId"), QString::fromLatin1(traceId));
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        const QByteArray page("<html><body><h1>502 Bad Gateway</h1></body></html>");
        const int unknown = int(ApiError::Kind::OutcomeUnknown);
        const int notDone = int(ApiError::Kind::Http);

        QTest::newRow("301") << 301 << QByteArray() << QByteArray() << unknown;
        QTest::newRow("302") << 302 << QByteArray() << QByteArray() << unknown;
        QTest::newRow("303") << 303 << QByteArray() << QByteArray() << unknown;
        QTest::newRow("307") << 307 << QByteArray() << QByteArray() << notDone;
        QTest::newRow("308") << 308 << QByteArray() << QByteArray() << notDone;
        QTest::newRow("102") << 102 << QByteArray() << QByteArray() << unknown;
        QTest::newRow("408") << 408 << QByteArray() << QByteArray() << unknown;
        QTest::newRow("400 problem") << 400 << problemJson << problem(400, "00-ab-cd-00") << notDone;
        QTest::newRow("403 problem") << 403 << problemJson << problem(403, "00-ab-cd-00") << notDone;
        QTest::newRow("404 problem") << 404 << problemJson << problem(404, "00-ab-cd-00") << notDone;
        QTest::newRow("404 empty") << 404 << QByteArray() << QByteArray() << notDone;
        QTest::newRow("409 problem") << 409 << problemJson << problem(409, "00-ab-cd-00") << notDone;
        QTest::newRow("422 problem") << 422 << problemJson << problem(422, "00-ab-cd-00") << notDone;
        QTest::newRow("500 API problem") << 500 << problemJson << problem(500, "00-ab-cd-00") << unknown;
        QTest::newRow("502 gateway page") << 502 << QByteArray("text/html") << page << unknown;
        QTest::newRow("504 empty") << 504 << QByteArray() << QByteArray() << unknown;
        QTest::newRow("503 plain text") << 503 << QByteArray("text/plain")
                                        << QByteArray("Number-swap is currently unavailable") << unknown;
        QTest::newRow("503 API problem") << 503 << problemJson << problem(503, "00-ab-cd-00") << notDone;
        QTest::newRow("503 problem without TraceId")
            << 503 << problemJson << problem(503, nullptr) << unknown;
        QTest::newRow("503 problem labelled plain JSON")
            << 503 << QByteArray("application/json") << problem(503, "00-ab-cd-00") << unknown;
        QTest::newRow("503 problem relayed from another status")
            << 503 << problemJson << problem(500, "00-ab-cd-00") << unknown;
    }
    void statusChangeAnswer_saysWhetherTheServerMayHaveActed()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (status >= 300 && status < 400)
            headers.append(std::make_pair(
                QByteArray("Location"), QByteArray("https://elsewhere.example/v1.0/numbers/status")));
        m_sandbox->answerNextRequestWith(StatusPath, {status, contentType, body, headers});
        m_client->setTransferTimeout(3000); // a 1xx Qt waits past ends as a timeout: unknown as well

        const CallResult result = submit(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")}));
        QVERIFY(result.error);
        QCOMPARE(int(result.error->kind), kind);
        QCOMPARE(result.error->serverMayHaveActed(), kind == int(ApiError::Kind::OutcomeUnknown));
        if (kind == int(ApiError::Kind::OutcomeUnknown)) {
            QVERIFY2(result.error->message.contains(QLatin1String("check the numbers' status")),
                qPrintable(result.error->message));
        } else {
            QVERIFY2(!result.error->message.contains(QLatin1String("may have")),
                qPrintable(result.error->message));
        }
        QCOMPARE(m_sandbox->requestCount(StatusPath), 1); // never resent
    }

    void redirectAnswer_toALookup_isReportedNotFollowed()
    {
        m_sandbox->answerNextRequestWith(
            OrderPath, {303, QByteArray(), QByteArray(), {{"Location", "https://elsewhere.example/"}}});
        const CallResult result = waitFor(m_client->lookupOrder(QStringLiteral("JNUOID-1")));
        QVERIFY(result.error);
        QCOMPARE(result.error->httpStatus, 303);
        QVERIFY(!result.error->serverMayHaveActed()); // a lookup changes nothing
        QVERIFY2(result.error->message.contains(QLatin1String("does not follow redirects")),
            qPrintable(result.error->message));
    }

    void oversizedStatusChangeAnswer_isOutcomeUnknownAndSaysSo()
    {
        // A well-formed order followed by 5 MiB of padding: only the size is wrong.
        const QByteArray order = R"({"OrderId": "JNUOID-1", "OrderStatus": "Complete", "Numbers": []})";
        m_sandbox->answerNextRequestWith(
            StatusPath, {200, QByteArray("application/json"), order + QByteArray(5 * 1024 * 1024, ' '), {}});
        const CallResult result = submit(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")}));
        QVERIFY(!result.order);
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::OutcomeUnknown);
        QVERIFY2(
            result.error->message.contains(QLatin1String("too large")), qPrintable(result.error->message));
        QVERIFY2(result.error->message.contains(QLatin1String("4 MiB")), qPrintable(result.error->message));
        QCOMPARE(m_sandbox->requestCount(StatusPath), 1);
    }

    void oversizedLookupAnswer_isRefusedAndSaysSo()
    {
        const QByteArray order = R"({"OrderId": "JNUOID-1", "OrderStatus": "Complete"})";
        m_sandbox->answerNextRequestWith(
            OrderPath, {200, QByteArray("application/json"), order + QByteArray(5 * 1024 * 1024, ' '), {}});
        const CallResult result = waitFor(m_client->lookupOrder(QStringLiteral("JNUOID-1")));
        QVERIFY(!result.order);
        QVERIFY(result.error);
        QVERIFY(!result.error->serverMayHaveActed());
        QVERIFY2(
            result.error->message.contains(QLatin1String("too large")), qPrintable(result.error->message));
    }

    void oversizedTokenAnswer_isRefusedAndNothingIsSent()
    {
        const QByteArray token = R"({"token": "eyJhbGciOiJIUzI1NiJ9.e30.c2ln", "successful": true})";
        m_sandbox->answerNextRequestWith(
            TokenPath, {200, QByteArray("application/json"), token + QByteArray(5 * 1024 * 1024, ' '), {}});
        const CallResult result = submit(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")}));
        QVERIFY(result.error);
        QVERIFY(!result.error->serverMayHaveActed());
        QVERIFY2(
            result.error->message.contains(QLatin1String("too large")), qPrintable(result.error->message));
        QCOMPARE(m_sandbox->requestCount(StatusPath), 0);
    }

    void oneRejectedNumber_422_landsOnItsRow()
    {
        const QStringList numbers {QStringLiteral("+12016093801"),
            QString::fromLatin1(magic::RejectOneNumber), QStringLiteral("+12016093803")};
        const CallResult result = submit(makeRequest(ChangeType::Activate, numbers));
        QVERIFY(result.error);
        QCOMPARE(result.error->httpStatus, 422);
        QCOMPARE(result.error->fieldErrors.size(), 1);
        QCOMPARE(result.error->fieldErrors.at(0).row, std::optional<int>(1));
        QCOMPARE(result.error->fieldErrors.at(0).field, QStringLiteral("Number"));
        QVERIFY(m_sandbox->numberState(QStringLiteral("+12016093801")) != QStringLiteral("active")); // atomic
    }

    void stateMachine_422_namesTheNumberAndItsState()
    {
        m_sandbox->setNumberState(QStringLiteral("+12016093801"), QStringLiteral("parked"));
        const CallResult result = submit(makeRequest(ChangeType::Swap, {QStringLiteral("+12016093801")}));
        QVERIFY(result.error);
        QCOMPARE(result.error->httpStatus, 422);
        QCOMPARE(result.error->fieldErrors.size(), 1);
        QVERIFY(result.error->fieldErrors.at(0)
                    .messages.join(QLatin1Char(' '))
                    .contains(QLatin1String("parked")));
    }

    void pendingOrder_completesAfterLookups()
    {
        const CallResult submitted
            = submit(makeRequest(ChangeType::Activate, {QString::fromLatin1(magic::PendingThenComplete)}));
        QVERIFY(submitted.order);
        QCOMPARE(submitted.order->state, OrderState::InProgress);
        OrderState state = OrderState::InProgress;
        int lookups = 0;
        while (state == OrderState::InProgress && lookups < 10) {
            const CallResult lookedUp = waitFor(m_client->lookupOrder(submitted.order->orderId));
            QVERIFY(lookedUp.order);
            state = lookedUp.order->state;
            ++lookups;
        }
        QCOMPARE(state, OrderState::Done);
        // The sandbox answers Pending to that many lookups, then Complete.
        QCOMPARE(lookups, m_sandbox->options().pendingLookupsBeforeFinal + 1);
    }

    void pendingOrder_endsFailedWithTheServersReason()
    {
        const CallResult submitted
            = submit(makeRequest(ChangeType::Activate, {QString::fromLatin1(magic::PendingThenFailed)}));
        QVERIFY(submitted.order);
        std::optional<Order> last;
        for (int i = 0; i < 10 && (!last || last->state == OrderState::InProgress); ++i)
            last = waitFor(m_client->lookupOrder(submitted.order->orderId)).order;
        QVERIFY(last);
        QCOMPARE(last->state, OrderState::Failed);
        QVERIFY(!last->statusMessage.isEmpty());
        QCOMPARE(last->serverStatus, QStringLiteral("Failed"));
    }

    void unknownOrder_lookupIs404WithTheServersDetail()
    {
        const CallResult result = waitFor(m_client->lookupOrder(QStringLiteral("JNUOID-does-not-exist")));
        QVERIFY(result.error);
        QCOMPARE(result.error->httpStatus, 404);
        QVERIFY(result.error->message.contains(QLatin1String("JNUOID-does-not-exist")));
    }

    void slowResponse_afterSending_isOutcomeUnknown()
    {
        m_sandbox->setSlowResponseMs(60000);
        m_client->setTransferTimeout(400);
        const CallResult result
            = submit(makeRequest(ChangeType::Activate, {QString::fromLatin1(magic::SlowResponse)}));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::OutcomeUnknown);
        QVERIFY(result.error->serverMayHaveActed());
        QVERIFY(result.sent);
        QCOMPARE(m_sandbox->requestCount(StatusPath), 1);
    }

    void droppedConnection_afterSending_isOutcomeUnknownAndNotResent()
    {
        const CallResult result
            = submit(makeRequest(ChangeType::Activate, {QString::fromLatin1(magic::DropConnection)}));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::OutcomeUnknown);
        QCOMPARE(m_sandbox->requestCount(StatusPath), 1);
    }

    void malformedBody_onSuccess_saysTheChangeProbablyHappened()
    {
        const CallResult result
            = submit(makeRequest(ChangeType::Activate, {QString::fromLatin1(magic::MalformedBody)}));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::MalformedResponse);
        QVERIFY(result.error->serverMayHaveActed());
        QCOMPARE(m_sandbox->requestCount(StatusPath), 1);
    }

    void abandon_afterSending_warnsThatTheServerMayStillAct()
    {
        m_sandbox->setSlowResponseMs(60000);
        ApiCall *call = m_client->submitStatusChange(
            makeRequest(ChangeType::Activate, {QString::fromLatin1(magic::SlowResponse)}));
        QSignalSpy sent(call, &ApiCall::requestSent);
        QSignalSpy failed(call, &ApiCall::failed);
        QVERIFY(sent.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestCount(StatusPath), 1, 10000);
        call->abandon();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::OutcomeUnknown);
    }

    // The answer is read in one event-loop turn and handed on in the next, so input can come in
    // between (Esc, closing the window). Abandoning then must not turn a known answer into "outcome
    // unknown" and lose its OrderId and QR codes: the answer is delivered instead.
    void abandon_afterTheAnswerWasRead_deliversTheAnswer()
    {
        ApiCall *call = m_client->submitStatusChange(
            makeRequest(ChangeType::Activate, {QStringLiteral("+12016093877")}));
        QSignalSpy received(call, &ApiCall::orderReceived);
        QSignalSpy failed(call, &ApiCall::failed);
        connect(call, &ApiCall::answerRead, call, [call] { call->abandon(); });
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
        QVERIFY(failed.isEmpty());
        const Order order = received.at(0).at(0).value<Order>();
        QVERIFY(!order.orderId.isEmpty());
        QVERIFY(order.numbers.value(0).qrCodeUrl.isValid());
        QCoreApplication::processEvents(); // the queued delivery, had it stayed queued, would come now
        QCOMPARE(received.size(), 1);
        QVERIFY(failed.isEmpty());
    }

    void abandon_beforeSending_isACleanCancel()
    {
        ApiCall *call = m_client->submitStatusChange(
            makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")}));
        QSignalSpy failed(call, &ApiCall::failed);
        call->abandon(); // still waiting for its token
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
        // Let the token request finish; the change itself must never go out.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_client->tokenCache().validToken(m_client->endpoints().statusChangeUrl()).has_value(), 10000);
        QCoreApplication::processEvents();
        QCOMPARE(m_sandbox->requestCount(StatusPath), 0);
    }

    void plainHttpToARemoteHost_isRefusedBeforeAnythingIsSent()
    {
        m_client->setBaseUrl(QUrl(QStringLiteral("http://api.telegent.com/v1.0")));
        const CallResult result = submit(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")}));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::Configuration);
        QVERIFY(!result.sent);
    }

    void closedPort_isANetworkErrorAndNothingWasSent()
    {
        const QUrl base = m_sandbox->baseUrl();
        m_sandbox.reset(); // the port is now closed
        m_client->setBaseUrl(base);
        const CallResult result = submit(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")}));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::Network);
        QVERIFY(!result.sent);
    }

    void logs_neverContainSecretsTokensOrQrUrls()
    {
        LogCapture capture;
        const CallResult result = submit(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")}));
        QVERIFY(result.order);
        const QUrl qrUrl = result.order->numbers.at(0).qrCodeUrl;
        QVERIFY(!qrUrl.isEmpty());
        const std::optional<QString> code = m_sandbox->activationCodeForQrUrl(qrUrl);
        QVERIFY(code);
        m_client->setCredentials({m_sandbox->options().accountKey, QStringLiteral("wrong-secret-99")});
        QVERIFY(waitFor(m_client->testConnection()).error);
        const QString logs = capture.all();
        QVERIFY(!logs.isEmpty());
        QVERIFY(!logs.contains(m_sandbox->options().accountSecret));
        QVERIFY(!logs.contains(QLatin1String("wrong-secret-99")));
        QVERIFY(!logs.contains(QLatin1String("Bearer")));
        QVERIFY(!logs.contains(qrUrl.path()));
        QVERIFY(!logs.contains(*code));
    }
};

QTEST_GUILESS_MAIN(ApiClientTest)
#include "tst_apiclient.moc"
