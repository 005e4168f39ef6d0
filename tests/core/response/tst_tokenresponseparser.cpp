// Every token-endpoint fixture through parseTokenResponse: the accepted shapes give the token and its
// expiry, every failure gives an Authentication (or RateLimited) error that never quotes a token.

#include "FixtureFiles.h"
#include "response/TokenResponseParser.h"

#include <QtTest>

using namespace nd;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

const QByteArray sampleJwt
    = QByteArrayLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                        "eyJpc3MiOiJodHRwczovL2FwaS50ZWxlZ2VudC5jbyIsImF1ZCI6ImNvbS50ZWxlZ2VudC5j"
                        "byIsImV4cCI6MTc0NjIxMDk3M30.bm90LWEtcmVhbC1zaWduYXR1cmUtMDEyMzQ1Njc4OQ");

struct Accepted
{
    const char *file;
    QDateTime receivedAt;
    QByteArray token;
    QDateTime expiresAt;
};

QList<Accepted> acceptedRows()
{
    const QDateTime pmDay = utc("2025-05-02T18:00:00Z");
    return {
        {"vendor/token-response-api-home.json", utc("2025-01-24T20:00:00Z"),
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            "eyJodHRwOi8vc2NoZW1hcy54bWxzb2FwLm9yZy93cy8yMDA1ltcy9uYW1laWRlbnhYy0zZj"
            "....",
            utc("2025-01-24T20:06:57Z")},
        // Received after its own tokenExpiry (clock skew); its JWT is truncated: the default lifetime
        // applies.
        {"vendor/token-response-api-home.json", utc("2026-01-01T00:00:00Z"),
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            "eyJodHRwOi8vc2NoZW1hcy54bWxzb2FwLm9yZy93cy8yMDA1ltcy9uYW1laWRlbnhYy0zZj"
            "....",
            utc("2026-01-01T00:05:00Z")},
        {"vendor/token-response-mdx-auth-old.json", pmDay, "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...",
            pmDay.addSecs(3600)},
        {"variants/token-response-pascalcase.json", utc("2025-12-31T23:00:00Z"), "opaque-pascal-token-7f3a",
            utc("2025-12-31T23:59:59Z")},
        {"variants/token-response-data-access-token.json", pmDay, sampleJwt, utc("2025-05-02T18:36:13Z")},
        {"variants/token-response-no-expiry.json", pmDay, "opaque-token-without-expiry", pmDay.addSecs(300)},
    };
}

struct Refused
{
    const char *file;
    int status;
    QByteArray contentType;
    ApiError::Kind kind;
    QString title;
    QStringList messageHas;
    int retryAfter; // -1: none
};

QList<Refused> refusedRows()
{
    const auto auth = ApiError::Kind::Authentication;
    return {
        {"vendor/token-error-401-mdx-auth.json", 401, "application/problem+json", auth,
            "Sign-in refused (401)",
            {"The AccountKey or AccountSecret was refused.",
                "The server said: \"Invalid account credentials provided\".",
                "Quote trace id 0HMMLJK38TNP1:00000001 to Telegent support."},
            -1},
        {"vendor/token-error-429-mdx-auth.json", 429, "application/problem+json", ApiError::Kind::RateLimited,
            "Too many requests (429)", {"Rate limit exceeded.", "Wait 60 second"}, 60},
        {"variants/token-error-403-reconstructed.json", 403, "application/problem+json", auth,
            "No access to this endpoint (403)",
            {"not allowed to get a token for this endpoint",
                "\"Your account does not have access to this endpoint.\""},
            -1},
        // The vendor's sample token is shortened with "…": not something a header can carry.
        {"vendor/token-response-pm.json", 200, "application/json", auth, "Sign-in failed",
            {"cannot be sent back in a request header"}, -1},
        {"vendor/token-request-pm.json", 200, "application/json", auth, "Sign-in failed", {"without a token"},
            -1},
        {"variants/token-response-successful-false-error.json", 200, "application/json", auth,
            "Sign-in refused",
            {"refused to issue a token", "\"Account DID-1234 is suspended\"", "Check the AccountKey"}, -1},
        {"variants/token-response-successful-false-message.json", 200, "application/json", auth,
            "Sign-in refused", {"\"ApiEndpoint is not a known endpoint\""}, -1},
        {"variants/token-response-without-token.json", 200, "application/json", auth, "Sign-in failed",
            {"without a token"}, -1},
        {"malformed/token-response-truncated.json", 200, "application/json", auth, "Sign-in failed",
            {"could not be read (body is not JSON: ", " at offset "}, -1},
        {"malformed/token-response-html.html", 200, "text/html", auth, "Sign-in failed", {"web page"}, -1},
    };
}

} // namespace

class TokenResponseParserTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_acceptedShape_givesTokenAndExpiry_data();
    void parse_acceptedShape_givesTokenAndExpiry();
    void parse_refusal_givesSignInError_data();
    void parse_refusal_givesSignInError();
    void everyOwnedFixture_hasATestRow();
    void parse_successfulFalse_neverUsesTheToken();
};

void TokenResponseParserTest::parse_acceptedShape_givesTokenAndExpiry_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QDateTime>("receivedAt");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QDateTime>("expiresAt");
    for (const Accepted &r : acceptedRows()) {
        QTest::addRow("%s at %s", r.file, qPrintable(r.receivedAt.toString(Qt::ISODate)))
            << QString::fromLatin1(r.file) << r.receivedAt << r.token << r.expiresAt;
    }
}

void TokenResponseParserTest::parse_acceptedShape_givesTokenAndExpiry()
{
    QFETCH(QString, file);
    QFETCH(QDateTime, receivedAt);

    const TokenResponse response
        = parseTokenResponse(200, test::readFixture(file), "application/json", QByteArray(), receivedAt);
    const auto *issued = std::get_if<IssuedToken>(&response);
    if (!issued)
        QFAIL(qPrintable(std::get<ApiError>(response).message));
    QTEST(issued->token, "token");
    QTEST(issued->expiresAtUtc, "expiresAt");
    QCOMPARE(issued->expiresAtUtc.timeSpec(), Qt::UTC);
}

void TokenResponseParserTest::parse_refusal_givesSignInError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("messageHas");
    QTest::addColumn<int>("retryAfter");
    for (const Refused &r : refusedRows()) {
        QTest::addRow("%s %d", r.file, r.status) << QString::fromLatin1(r.file) << r.status << r.contentType
                                                 << int(r.kind) << r.title << r.messageHas << r.retryAfter;
    }
}

void TokenResponseParserTest::parse_refusal_givesSignInError()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QStringList, messageHas);

    const TokenResponse response = parseTokenResponse(
        status, test::readFixture(file), contentType, QByteArray(), utc("2025-05-02T18:00:00Z"));
    const auto *error = std::get_if<ApiError>(&response);
    QVERIFY2(error, "a refusal must not give a token");
    QCOMPARE(error->httpStatus, status);
    QTEST(int(error->kind), "kind");
    QTEST(error->title, "title");
    QTEST(error->retryAfterSeconds.value_or(-1), "retryAfter");
    for (const QString &part : messageHas)
        QVERIFY2(error->message.contains(part), qPrintable(error->message));
    // Nothing token-like, ever.
    QVERIFY2(!error->message.contains(QLatin1String("eyJ")), qPrintable(error->message));
    QVERIFY(!error->message.contains(QLatin1String("{{AccountSecret}}")));
    QVERIFY(error->message.endsWith(QLatin1Char('.')));
}

void TokenResponseParserTest::everyOwnedFixture_hasATestRow()
{
    QSet<QString> covered;
    for (const Accepted &r : acceptedRows())
        covered.insert(QString::fromLatin1(r.file));
    for (const Refused &r : refusedRows())
        covered.insert(QString::fromLatin1(r.file));
    const QStringList missing = test::uncoveredFixtures(QStringLiteral("tst_tokenresponseparser"), covered);
    QVERIFY2(
        missing.isEmpty(), qPrintable(QStringLiteral("fixtures without a test row: ") + missing.join(u' ')));
}

void TokenResponseParserTest::parse_successfulFalse_neverUsesTheToken()
{
    const QByteArray body
        = R"({"token": ")" + sampleJwt + R"(", "successful": false, "error": "Expired account"})";
    const TokenResponse response
        = parseTokenResponse(200, body, "application/json", QByteArray(), utc("2025-05-02T18:00:00Z"));
    const auto *error = std::get_if<ApiError>(&response);
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Authentication);
    QVERIFY(error->message.contains(QLatin1String("Expired account")));
    QVERIFY(!error->message.contains(QString::fromLatin1(sampleJwt.left(20))));
}

QTEST_GUILESS_MAIN(TokenResponseParserTest)
#include "tst_tokenresponseparser.moc"
