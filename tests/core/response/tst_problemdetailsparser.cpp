// Every error-body fixture (vendor problem details, hand-made variants: camelCase, {error}, {message},
// plain text, HTML, empty, echoed tokens) through parseErrorResponse, plus Errors-key mapping and
// Retry-After handling.

#include "FixtureFiles.h"
#include "response/FieldErrorPath.h"
#include "response/ProblemDetailsParser.h"

#include <QtTest>

using namespace nd;

namespace {

struct Row
{
    const char *file;
    int status;
    QByteArray contentType;
    ApiError::Kind kind;
    QString title;
    QStringList fieldErrors; // "field|row|messages", row "-" when none
    QString traceId;
    QStringList messageHas;
    QStringList messageLacks;
};

const QByteArray json = QByteArrayLiteral("application/problem+json");

QList<Row> rows()
{
    const QString trace = QStringLiteral("00-1234abcd5678efgh-abcdef123456-00");
    return {
        {"vendor/error-400-status-change.json", 400, json, ApiError::Kind::Http, "Validation failed (400)",
            {"StatusChange|-|Invalid status change type. Must be one of: cancel, park, swap, replace."},
            trace,
            {"The server refused the request as invalid.",
                "Details: StatusChange: Invalid status change type. Must be one of: cancel, park, swap, "
                "replace.",
                "Correct the fields it names", "Quote trace id " + trace + " to Telegent support."},
            {}},
        {"vendor/error-401-status-change.json", 401, json, ApiError::Kind::Http, "Not authorised (401)", {},
            trace,
            {"The server refused the credentials or token.", "The server said: \"Unauthorized\".",
                "sign in again"},
            {}},
        {"variants/error-400-camelcase.json", 400, json, ApiError::Kind::Http, "Validation failed (400)",
            {"AreaCode|-|Area code must be 3 digits.", "EffectiveDate|-|Date must be in MM/DD/YYYY format",
                "PhoneNumbers|-|At least one phone number must be provided",
                "ICCID|0|ICCID must be 19 or 20 digits.", "Number|1|The number is not in E.164 format.",
                "|-|Token scope does not match"},
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
            {"The server said: \"Token scope does not match\".",
                "phone number 1, ICCID: ICCID must be 19 or 20 digits; ",
                "phone number 2, Number: The number is not in E.164 format.",
                "AreaCode: Area code must be 3 digits; ", "EffectiveDate: Date must be in MM/DD/YYYY format"},
            {"One or more validation errors occurred.", "; Token scope does not match"}},
        {"variants/error-404-order-lookup-reconstructed.json", 404, json, ApiError::Kind::Http,
            "Not found (404)", {}, trace,
            {"The server said: \"Order with ID 'JNUOID-19b3d376-2440-477f-a3dc-c91a36989316' was not "
             "found.\"",
                "Check the order id"},
            {}},
        {"variants/error-422-business-rule.json", 422, json, ApiError::Kind::Http,
            "Rejected by the server (422)", {"Number|0|Number is parked"}, "00-aaaa-bbbb-00",
            {"business rules", "\"Number +12016093801 is parked and cannot be swapped.\"",
                "phone number 1, Number: Number is parked"},
            {}},
        {"variants/error-429-body-retry-number.json", 429, json, ApiError::Kind::RateLimited,
            "Too many requests (429)", {}, "", {"limiting the request rate", "Wait 30 second"}, {}},
        {"variants/error-500-problem.json", 500, json, ApiError::Kind::Http, "Server error (500)", {},
            "00-deadbeef-cafe-00",
            {"The server failed while handling the request.", "check the numbers' status before resending",
                "Quote trace id 00-deadbeef-cafe-00 to Telegent support."},
            {}},
        {"variants/error-json-error-field.json", 400, "application/json", ApiError::Kind::Http,
            "Validation failed (400)", {}, "", {"The server said: \"Invalid request\"."}, {}},
        {"variants/error-json-message-field.json", 500, "application/json", ApiError::Kind::Http,
            "Server error (500)", {}, "",
            {"The server said: \"An unexpected error occurred\".", "before resending"}, {}},
        {"variants/error-json-pascal-error-field.json", 403, "application/json", ApiError::Kind::Http,
            "Access denied (403)", {}, "",
            {"no access to this endpoint", "\"Order lookup is not available for this account\""}, {}},
        {"variants/error-json-pascal-message-field.json", 400, "application/json", ApiError::Kind::Http,
            "Validation failed (400)", {}, "", {"The server said: \"The request is invalid.\""}, {}},
        {"variants/error-503-plain-maintenance.txt", 503, "text/plain", ApiError::Kind::Http,
            "Service unavailable (503)", {}, "",
            {"The service is temporarily unavailable.", "\"Number-swap is currently unavailable\"",
                "Try again later."},
            {}},
        // The knowledge base's maintenance text means the same whatever status carries it.
        {"variants/error-503-plain-maintenance.txt", 400, "text/plain; charset=utf-8", ApiError::Kind::Http,
            "Service unavailable (400)", {}, "", {"temporarily unavailable", "Try again later."}, {}},
        {"variants/error-502-html-page.html", 502, "text/html", ApiError::Kind::Http,
            "Service unavailable (502)", {}, "", {"web page", "check the numbers' status before resending"},
            {"<", "nginx", "Bad Gateway"}},
        // An HTML page labelled as JSON is still a web page.
        {"variants/error-502-html-page.html", 500, "application/json", ApiError::Kind::Http,
            "Server error (500)", {}, "", {"web page"}, {"<", "nginx"}},
        {"variants/error-empty-body.txt", 500, "", ApiError::Kind::Http, "Server error (500)", {}, "",
            {"The server gave no details.", "before resending"}, {}},
        {"variants/error-empty-body.txt", 401, "", ApiError::Kind::Http, "Not authorised (401)", {}, "",
            {"The server gave no details.", "refused the credentials or token"}, {}},
        {"variants/error-message-with-token.json", 401, "application/json", ApiError::Kind::Http,
            "Not authorised (401)", {}, "", {"[token removed]", "Bearer [removed]"},
            {"eyJ", "abc123secretvalue", "c2lnbmF0dXJl"}},
    };
}

QString describe(const FieldError &e)
{
    return e.field + QLatin1Char('|') + (e.row ? QString::number(*e.row) : QStringLiteral("-"))
        + QLatin1Char('|') + e.messages.join(QLatin1Char(' '));
}

} // namespace

class ProblemDetailsParserTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_errorFixture_givesTitleMessageAndFields_data();
    void parse_errorFixture_givesTitleMessageAndFields();
    void everyOwnedFixture_hasATestRow();
    void fieldErrorFromKey_mapsJsonPathToFieldAndRow_data();
    void fieldErrorFromKey_mapsJsonPathToFieldAndRow();
    void retryAfter_headerWinsOverBody_data();
    void retryAfter_headerWinsOverBody();
    void parse_hugePlainBody_isTruncated();
    void parse_outOfRangeRowIndex_isAnOrderLevelMessage();
    void parse_everyMessage_isASentence();
};

void ProblemDetailsParserTest::parse_errorFixture_givesTitleMessageAndFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("fieldErrors");
    QTest::addColumn<QString>("traceId");
    QTest::addColumn<QStringList>("messageHas");
    QTest::addColumn<QStringList>("messageLacks");
    for (const Row &r : rows()) {
        QTest::addRow("%s %d", r.file, r.status)
            << QString::fromLatin1(r.file) << r.status << r.contentType << int(r.kind) << r.title
            << r.fieldErrors << r.traceId << r.messageHas << r.messageLacks;
    }
}

void ProblemDetailsParserTest::parse_errorFixture_givesTitleMessageAndFields()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QStringList, messageHas);
    QFETCH(QStringList, messageLacks);

    const ApiError error = parseErrorResponse(status, test::readFixture(file), contentType, QByteArray());
    QCOMPARE(error.httpStatus, status);
    QTEST(int(error.kind), "kind");
    QTEST(error.title, "title");
    QTEST(error.traceId, "traceId");
    QStringList fields;
    for (const FieldError &e : error.fieldErrors)
        fields.append(describe(e));
    QTEST(fields, "fieldErrors");
    for (const QString &part : messageHas)
        QVERIFY2(error.message.contains(part), qPrintable(error.message));
    for (const QString &part : messageLacks)
        QVERIFY2(!error.message.contains(part), qPrintable(error.message));
}

void ProblemDetailsParserTest::everyOwnedFixture_hasATestRow()
{
    QSet<QString> covered;
    for (const Row &r : rows())
        covered.insert(QString::fromLatin1(r.file));
    const QStringList missing = test::uncoveredFixtures(QStringLiteral("tst_problemdetailsparser"), covered);
    QVERIFY2(
        missing.isEmpty(), qPrintable(QStringLiteral("fixtures without a test row: ") + missing.join(u' ')));
}

void ProblemDetailsParserTest::fieldErrorFromKey_mapsJsonPathToFieldAndRow_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("row"); // -1: none

    QTest::newRow("row number") << "$.PhoneNumbers[1].Number"
                                << "Number" << 1;
    QTest::newRow("row iccid") << "$.PhoneNumbers[0].ICCID"
                               << "ICCID" << 0;
    QTest::newRow("list") << "$.PhoneNumbers"
                          << "PhoneNumbers" << -1;
    QTest::newRow("row only") << "$.PhoneNumbers[3]"
                              << "PhoneNumbers" << 3;
    QTest::newRow("area code") << "$.AreaCode"
                               << "AreaCode" << -1;
    QTest::newRow("zip code") << "$.ZipCode"
                              << "ZipCode" << -1;
    QTest::newRow("effective date") << "$.EffectiveDate"
                                    << "EffectiveDate" << -1;
    QTest::newRow("status change") << "$.StatusChange"
                                   << "StatusChange" << -1;
    QTest::newRow("camelCase path") << "$.phoneNumbers[2].iccid"
                                    << "ICCID" << 2;
    QTest::newRow("unrooted request path") << "PhoneNumbers[4].Number"
                                           << "Number" << 4;
    QTest::newRow("other field") << "$.EffectiveCancelDate"
                                 << "EffectiveCancelDate" << -1;
    // toInt() would turn an index that overflows int into 0, blaming the first number.
    QTest::newRow("index overflowing int") << "$.PhoneNumbers[9999999999].Number"
                                           << "" << -1;
    QTest::newRow("index past any request") << "$.PhoneNumbers[2147483647]"
                                            << "" << -1;
    QTest::newRow("last index kept") << "$.PhoneNumbers[99999].Number"
                                     << "Number" << 99999;
    QTest::newRow("not a path") << "Auth"
                                << "" << -1;
    QTest::newRow("empty") << ""
                           << "" << -1;
}

void ProblemDetailsParserTest::fieldErrorFromKey_mapsJsonPathToFieldAndRow()
{
    QFETCH(QString, key);
    QFETCH(int, row);
    const FieldError error = fieldErrorFromKey(key, {QStringLiteral("why")});
    QCOMPARE(error.path, key);
    QTEST(error.field, "field");
    QCOMPARE(error.row.value_or(-1), row);
    QCOMPARE(error.messages, QStringList {QStringLiteral("why")});
}

void ProblemDetailsParserTest::retryAfter_headerWinsOverBody_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("atLeast");
    QTest::addColumn<int>("atMost");

    const QByteArray inAnHour
        = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::RFC2822Date).toLatin1();
    QTest::newRow("body number") << "variants/error-429-body-retry-number.json" << QByteArray() << 30 << 30;
    QTest::newRow("body string") << "vendor/token-error-429-mdx-auth.json" << QByteArray() << 60 << 60;
    QTest::newRow("header seconds") << "variants/error-429-body-retry-number.json" << QByteArray(" 120 ")
                                    << 120 << 120;
    QTest::newRow("header date past") << "variants/error-429-body-retry-number.json"
                                      << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 0 << 0;
    // Counted from the parser's own clock: allow for the time between building the row and parsing.
    QTest::newRow("header date future")
        << "variants/error-429-body-retry-number.json" << inAnHour << 3500 << 3600;
    QTest::newRow("header garbage falls back")
        << "variants/error-429-body-retry-number.json" << QByteArray("soon") << 30 << 30;
    QTest::newRow("neither") << "variants/error-empty-body.txt" << QByteArray() << -1 << -1;
}

void ProblemDetailsParserTest::retryAfter_headerWinsOverBody()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, header);
    QFETCH(int, atLeast);
    QFETCH(int, atMost);
    const ApiError error = parseErrorResponse(429, test::readFixture(file), json, header);
    QCOMPARE(error.kind, ApiError::Kind::RateLimited);
    const int seconds = error.retryAfterSeconds.value_or(-1);
    QVERIFY2(seconds >= atLeast && seconds <= atMost, qPrintable(QString::number(seconds)));
    // No translator here: the plural is the source text's "second(s)".
    if (seconds >= 0)
        QVERIFY2(error.message.contains(
                     QStringLiteral("Wait ") + QString::number(seconds) + QStringLiteral(" second(s)")),
            qPrintable(error.message));
    else
        QVERIFY(error.message.contains(QLatin1String("Wait a minute")));
}

void ProblemDetailsParserTest::parse_hugePlainBody_isTruncated()
{
    QByteArray body;
    for (int i = 0; i < 20000; ++i)
        body += "the server is very talkative today ";
    const ApiError error = parseErrorResponse(500, body, "text/plain", QByteArray());
    QVERIFY(error.message.size() < 800);
    QVERIFY(error.message.contains(QChar(0x2026)));
}

void ProblemDetailsParserTest::parse_outOfRangeRowIndex_isAnOrderLevelMessage()
{
    const QByteArray body = R"({"Title": "One or more validation errors occurred.", "Status": 400,
        "Errors": {"$.PhoneNumbers[9999999999].Number": ["No such number in this order."]}})";
    const ApiError error = parseErrorResponse(400, body, json, QByteArray());
    QCOMPARE(error.fieldErrors.size(), 1);
    QVERIFY(!error.fieldErrors.at(0).row);
    QCOMPARE(error.fieldErrors.at(0).field, QString());
    QVERIFY2(error.message.contains(QLatin1String("The server said: \"No such number in this order.\"")),
        qPrintable(error.message));
    QVERIFY2(!error.message.contains(QLatin1String("phone number 1")), qPrintable(error.message));
}

void ProblemDetailsParserTest::parse_everyMessage_isASentence()
{
    for (const Row &r : rows()) {
        const ApiError error = parseErrorResponse(
            r.status, test::readFixture(QString::fromLatin1(r.file)), r.contentType, QByteArray());
        QVERIFY2(error.message.endsWith(QLatin1Char('.')), qPrintable(error.message));
        QVERIFY(error.message.at(0).isUpper());
        QVERIFY(!error.title.isEmpty() && error.title.size() < 40);
    }
}

QTEST_GUILESS_MAIN(ProblemDetailsParserTest)
#include "tst_problemdetailsparser.moc"
