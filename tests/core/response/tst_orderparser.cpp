// Feeds every order-bearing fixture (vendor examples, hand-made variants, malformed bodies) to the
// status-change and order-lookup parsers and checks every field, or the exact error.

#include "FixtureFiles.h"
#include "response/OrderParser.h"

#include <QTimeZone>
#include <QtTest>

using namespace nd;

namespace {

enum Endpoint { StatusChange, Lookup };

ParseResult<Order> parse(int endpoint, const QByteArray &body)
{
    return endpoint == StatusChange ? parseStatusChangeResponse(body) : parseOrderLookupResponse(body);
}

// One line per number, only the parts that are set: "+12013782522 original=+12016093801 fee=0".
QString describe(const OrderNumber &n)
{
    QStringList parts = {n.number};
    if (!n.originalNumber.isEmpty())
        parts.append(QStringLiteral("original=") + n.originalNumber);
    if (!n.qrCodeUrl.isEmpty())
        parts.append(QStringLiteral("qr=") + n.qrCodeUrl.toString());
    if (n.fee)
        parts.append(QStringLiteral("fee=") + QString::number(*n.fee));
    if (!n.iccid.isEmpty())
        parts.append(QStringLiteral("iccid=") + n.iccid);
    if (!n.numberId.isEmpty())
        parts.append(QStringLiteral("id=") + n.numberId);
    if (!n.serverStatus.isEmpty())
        parts.append(QStringLiteral("status=") + n.serverStatus);
    return parts.join(QLatin1Char(' '));
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

const QString jsonSyntaxError = QStringLiteral("<JSON syntax error>");

struct ValidRow
{
    const char *file;
    Endpoint endpoint;
    const char *orderId;
    const char *serverStatus;
    OrderState state;
    const char *changeType;
    QDateTime orderDate;
    QDate effectiveDate;
    QStringList numbers; // as describe() writes them
    std::optional<double> totalFee;
    const char *statusMessage;
};

struct InvalidRow
{
    const char *file;
    Endpoint endpoint;
    QString error; // exact, or jsonSyntaxError for "body is not JSON: … at offset N"
};

QList<ValidRow> validRows()
{
    QList<ValidRow> rows;
    const QDate dec31(2023, 12, 31);
    rows.append({"vendor/status-response-cancel-pm.json", StatusChange,
        "JNUOID-d2862353-fccc-4481-a65a-89dc563bee8e", "Pending", OrderState::InProgress, "cancel",
        utc("2025-05-14T22:38:19.641Z"), dec31, {"+12016093801 fee=2.25", "+12232233180 fee=2.25"}, 4.5, ""});
    rows.append({"vendor/status-response-swap-pm.json", StatusChange,
        "JNUOID-9df281cc-82ac-48fc-b8bf-edc0a5547f04", "Pending", OrderState::InProgress, "swap",
        utc("2025-05-15T18:20:58.513Z"), dec31,
        {"+12013782522 original=+12016093801 fee=0", "+12232233547 original=+12232233180 fee=0"}, 0.0, ""});
    rows.append({"vendor/status-response-activate-docs.json", StatusChange,
        "JNUOID-9df281cc-82ac-48fc-b8bf-edc0a5547f04", "Complete", OrderState::Done, "activate",
        utc("2025-05-15T18:20:58.513Z"), dec31,
        {"+12016093801 qr=https://qrcodeimage.com", "+12016093802 qr=https://qrcodeimage.com"}, std::nullopt,
        ""});
    rows.append({"vendor/order-lookup-pm.json", Lookup, "JNUOID-19b3d376-2440-477f-a3dc-c91a36989316",
        "Submitted", OrderState::InProgress, "Provision", utc("2025-05-10T15:38:19.113Z"), QDate(),
        {"+12164278934", "+12232233156", "+12232233122", "+12232233111"}, std::nullopt, ""});
    rows.append({"vendor/order-lookup-mdx.json", Lookup, "JNOID-ddbaad7c-38c8-4cb4-bf0d-87ed9064f021",
        "Processing", OrderState::InProgress, "", utc("2025-01-28T17:42:41.960Z"), QDate(),
        {"+12016093801 id=JNID-238472983792 status=Provisioned",
            "+12016094322 id=JNID-238472983793 status=Not Available",
            "+12232233180 id=JNID-627739974556 status=Provisioned"},
        std::nullopt, ""});
    rows.append({"vendor/order-lookup-mdx-old.json", Lookup, "JNOID-ddbaad7c-38c8-4cb4-bf0d-87ed9064f021",
        "Pending", OrderState::InProgress, "", utc("2024-10-01T00:00:00.000Z"), QDate(),
        {"+12016093801 id=JNID-238472983792 status=Pending",
            "+12016094322 id=JNID-238472983792 status=Not Available",
            "+12232233180 id=JNID-627739974556 status=Ready"},
        std::nullopt, ""});
    // The provision answer is order-shaped: the lookup reader takes it (no numbers list there).
    rows.append({"vendor/provision-response-docs.json", Lookup, "JNUOID-76ba71a8-d7a6-4489-b695-1ad363b8d596",
        "Complete", OrderState::Done, "", utc("2025-10-29T12:36:19.338Z"), QDate(), {}, std::nullopt, ""});
    rows.append({"variants/status-response-park-pm-desc-reconstructed.json", StatusChange,
        "TNOID-ddbaafffa-d7c-38c8-4cb4-bf0dd9064f021", "Pending", OrderState::InProgress, "park",
        utc("2024-11-01T00:00:00.000Z"), dec31, {"+12016093801 fee=1", "+12232233180 fee=1"}, 2.0, ""});
    rows.append({"variants/status-response-camelcase-keys.json", StatusChange,
        "JNUOID-0c6d1c55-3c2a-4d8e-9b0f-1f1e2d3c4b5a", "completed", OrderState::Done, "swap-sim",
        utc("2025-05-15T18:20:58.000Z"), dec31,
        {"+12016093801 qr=https://sandbox.example.test/qr/abc.png fee=2.5 iccid=8901240397190557414"}, 2.5,
        ""});
    rows.append({"variants/status-response-plain-string-items.json", StatusChange,
        "JNUOID-11111111-2222-3333-4444-555555555555", "Submitted", OrderState::InProgress, "activate",
        utc("2025-05-14T18:56:33.000Z"), QDate(), {"+12016093801", "+12016093802", "+12232233180"},
        std::nullopt, ""});
    rows.append({"variants/status-response-empty-numbers-failed.json", StatusChange,
        "JNUOID-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", "Failed", OrderState::Failed, "cancel",
        utc("2025-05-15T16:20:58.500Z"), QDate(), {}, std::nullopt, "Carrier rejected the request"});
    rows.append({"variants/status-response-swap-sim-qr-null-fee.json", StatusChange,
        "JNUOID-12121212-3434-5656-7878-909090909090", "Processing", OrderState::InProgress, "swap-sim",
        utc("2025-05-15T18:20:58.513Z"), dec31,
        {"+12016093801 "
         "qr=https://quickchart.io/qr?text=LPA:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN&format=png "
         "iccid=8901240397190557414",
            "+12016093802"},
        std::nullopt, ""});
    rows.append({"variants/order-lookup-error-with-message.json", Lookup,
        "JNUOID-19b3d376-2440-477f-a3dc-c91a36989316", "Error", OrderState::Failed, "portin",
        utc("2025-05-10T15:38:19.000Z"), QDate(), {}, std::nullopt,
        "Account number required by the losing carrier"});
    rows.append({"variants/order-lookup-pending-carrier-approval.json", Lookup,
        "JNUOID-19b3d376-2440-477f-a3dc-c91a36989316", "Pending Carrier Approval", OrderState::InProgress,
        "PortIn", utc("2025-05-10T15:38:19.100Z"), QDate(), {"+12164278934 id=JNID-1 status=Pending"},
        std::nullopt, ""});
    return rows;
}

QList<InvalidRow> invalidRows()
{
    QList<InvalidRow> rows;
    // Vendor examples that are not order answers, or not JSON at all (their "//" comments).
    rows.append({"vendor/status-response-park-pm-with-comments.json", StatusChange, jsonSyntaxError});
    rows.append({"vendor/request-status-pm-replace-with-comments.json", StatusChange, jsonSyntaxError});
    rows.append({"vendor/request-status-v2-with-comments.json", StatusChange, jsonSyntaxError});
    rows.append(
        {"vendor/request-status-v1-strings.json", StatusChange, QStringLiteral("OrderId is missing")});
    rows.append({"vendor/number-details-pm.json", Lookup, QStringLiteral("OrderStatus is missing")});
    rows.append({"vendor/number-details-mdx.json", Lookup, QStringLiteral("OrderId is missing")});
    rows.append({"vendor/provision-response-docs.json", StatusChange,
        QStringLiteral("the numbers list is missing (looked for Numbers, NumbersChange, NumbersChanged)")});

    rows.append({"malformed/status-truncated.json", StatusChange, jsonSyntaxError});
    rows.append({"malformed/status-html-page.html", StatusChange, jsonSyntaxError});
    rows.append({"malformed/status-empty-body.json", StatusChange, QStringLiteral("body is empty")});
    rows.append({"malformed/status-array-instead-of-object.json", StatusChange,
        QStringLiteral("body is a JSON array, not an object")});
    rows.append({"malformed/status-numbers-is-object.json", StatusChange,
        QStringLiteral("Numbers is an object, not an array")});
    rows.append({"malformed/status-item-without-number.json", StatusChange,
        QStringLiteral("Numbers[2] has no Number")});
    rows.append({"malformed/status-item-is-boolean.json", StatusChange,
        QStringLiteral("Numbers[0] is a boolean, not a number or an object")});
    rows.append({"malformed/status-original-without-new.json", StatusChange,
        QStringLiteral("NumbersChange[0] has OriginalNumber but no NewNumber")});
    rows.append({"malformed/status-bad-order-date.json", StatusChange,
        QStringLiteral("OrderDate '13/45/2024' is not a date the API uses")});
    rows.append({"malformed/status-bad-effective-date.json", StatusChange,
        QStringLiteral("EffectiveDate 'yesterday' is not a date the API uses")});
    rows.append({"malformed/status-qr-not-a-url.json", StatusChange,
        QStringLiteral("Numbers[0].QrCode is not an absolute http or https URL")});
    rows.append({"malformed/status-qr-relative-url.json", StatusChange,
        QStringLiteral("Numbers[0].QrCode is not an absolute http or https URL")});
    rows.append({"malformed/status-fee-as-text.json", StatusChange,
        QStringLiteral("NumbersChange[0].ChargeFee 'two dollars' is not an amount")});
    rows.append({"malformed/status-order-id-is-number.json", StatusChange,
        QStringLiteral("OrderId is a number, not text")});
    rows.append(
        {"malformed/status-missing-order-id.json", StatusChange, QStringLiteral("OrderId is missing")});
    rows.append({"malformed/status-missing-order-status.json", StatusChange,
        QStringLiteral("OrderStatus is missing")});
    rows.append({"malformed/status-missing-numbers.json", StatusChange,
        QStringLiteral("the numbers list is missing (looked for Numbers, NumbersChange, NumbersChanged)")});
    rows.append({"malformed/status-bad-phone-number.json", StatusChange,
        QStringLiteral("Numbers[1].Number '555-0100' is not a phone number the API uses")});
    rows.append({"malformed/order-lookup-numbers-not-array.json", Lookup,
        QStringLiteral("PhoneNumbersOrdered is text, not an array")});
    rows.append({"malformed/order-lookup-status-is-object.json", Lookup,
        QStringLiteral("OrderStatus is an object, not text")});
    return rows;
}

const char *endpointName(Endpoint endpoint)
{
    return endpoint == StatusChange ? "status" : "lookup";
}

} // namespace

class OrderParserTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_validFixture_givesEveryField_data();
    void parse_validFixture_givesEveryField();
    void parse_brokenFixture_givesSpecificError_data();
    void parse_brokenFixture_givesSpecificError();
    void everyOwnedFixture_hasATestRow();
    void everyFixture_hasAnOwningTest();
    void qrError_neverQuotesTheActivationCode();
    void parseError_quotesServerValuesScrubbedAndShort_data();
    void parseError_quotesServerValuesScrubbedAndShort();
    void stateFromServerWord_mapsEveryKnownWord_data();
    void stateFromServerWord_mapsEveryKnownWord();
    void totalFee_sumsStatedFeesOnly();
    void orderDate_withoutTime_isMarkedDateOnly();
    void mergeLookup_updatesStatusAndKeepsWhatTheLookupDoesNotSay();
    void mergeLookup_keepsTheChangeTypeAndOrderDate_ofWhatWasSent();
};

void OrderParserTest::mergeLookup_updatesStatusAndKeepsWhatTheLookupDoesNotSay()
{
    Order shown;
    shown.orderId = QStringLiteral("JNUOID-1");
    shown.serverStatus = QStringLiteral("Pending");
    shown.state = OrderState::InProgress;
    shown.changeType = QStringLiteral("swap");
    shown.orderDate = QDateTime(QDate(2025, 5, 15), QTime(18, 20, 58), QTimeZone::utc());
    OrderNumber swapped;
    swapped.number = QStringLiteral("+12013782522");
    swapped.originalNumber = QStringLiteral("+12016093801");
    swapped.fee = 0.0;
    shown.numbers = {swapped};

    Order lookup;
    lookup.orderId = shown.orderId;
    lookup.serverStatus = QStringLiteral("Completed");
    lookup.state = OrderState::Done;
    lookup.orderDate = QDateTime(QDate(2025, 5, 15), QTime(0, 0), QTimeZone::utc());
    lookup.orderDateIsDateOnly = true;
    OrderNumber listed;
    listed.number = QStringLiteral("+12016093801"); // listed by the number that was ordered
    listed.numberId = QStringLiteral("JNID-1");
    listed.serverStatus = QStringLiteral("Provisioned");
    lookup.numbers = {listed};

    const Order merged = mergeLookup(shown, lookup);
    QCOMPARE(merged.serverStatus, QStringLiteral("Completed"));
    QCOMPARE(merged.state, OrderState::Done);
    QCOMPARE(merged.changeType, QStringLiteral("swap")); // the lookup gave none
    QCOMPARE(merged.orderDate, shown.orderDate); // a bare date never replaces the exact time
    QVERIFY(!merged.orderDateIsDateOnly);
    QCOMPARE(merged.numbers.size(), 1);
    QCOMPARE(merged.numbers.at(0).number, swapped.number);
    QCOMPARE(merged.numbers.at(0).fee, std::optional<double>(0.0));
    QCOMPARE(merged.numbers.at(0).numberId, QStringLiteral("JNID-1"));
    QCOMPARE(merged.numbers.at(0).serverStatus, QStringLiteral("Provisioned"));
    QVERIFY(!isUnfinished(merged.state));
}

void OrderParserTest::mergeLookup_keepsTheChangeTypeAndOrderDate_ofWhatWasSent()
{
    Order shown;
    shown.orderId = QStringLiteral("JNUOID-2");
    shown.state = OrderState::InProgress;
    shown.serverStatus = QStringLiteral("Pending");
    shown.changeType = QStringLiteral("swap");
    shown.orderDate = QDateTime(QDate(2026, 11, 30), QTime(15, 41, 7), QTimeZone::utc());

    // The lookup's shape: OrderType is a category, and its date is another (later) time.
    Order lookup;
    lookup.orderId = shown.orderId;
    lookup.serverStatus = QStringLiteral("Pending");
    lookup.state = OrderState::InProgress;
    lookup.changeType = QStringLiteral("StatusChange");
    lookup.orderDate = QDateTime(QDate(2026, 11, 30), QTime(15, 42, 0), QTimeZone::utc());
    lookup.statusMessage = QStringLiteral("Waiting for the carrier");

    Order merged = mergeLookup(shown, lookup);
    QCOMPARE(merged.changeType, QStringLiteral("swap"));
    QCOMPARE(merged.orderDate, shown.orderDate);
    QCOMPARE(merged.statusMessage, QStringLiteral("Waiting for the carrier"));
    // A second lookup that says nothing new keeps the message rather than blanking it.
    lookup.statusMessage.clear();
    merged = mergeLookup(merged, lookup);
    QCOMPARE(merged.statusMessage, QStringLiteral("Waiting for the carrier"));
    QCOMPARE(merged.changeType, QStringLiteral("swap"));

    // Only what is missing is filled, and only with a real change type.
    Order bare;
    bare.orderId = shown.orderId;
    merged = mergeLookup(bare, lookup);
    QVERIFY(merged.changeType.isEmpty());
    QCOMPARE(merged.orderDate, lookup.orderDate);
    lookup.changeType = QStringLiteral("Swap-Sim");
    QCOMPARE(mergeLookup(bare, lookup).changeType, QStringLiteral("Swap-Sim"));
}

void OrderParserTest::orderDate_withoutTime_isMarkedDateOnly()
{
    // The park example's "11/01/2024" is a calendar day: shown as is, never shifted by a time zone.
    const ParseResult<Order> park = parseStatusChangeResponse(
        test::readFixture(QStringLiteral("variants/status-response-park-pm-desc-reconstructed.json")));
    QVERIFY2(park.value, qPrintable(park.error));
    QVERIFY(park.value->orderDateIsDateOnly);
    QCOMPARE(park.value->orderDate->toUTC().date(), QDate(2024, 11, 1));

    const ParseResult<Order> timed = parseStatusChangeResponse(
        R"({"OrderId":"JNUOID-1","OrderStatus":"Complete","OrderDate":"2025-05-15T18:20:58.5133475Z","Numbers":[]})");
    QVERIFY2(timed.value, qPrintable(timed.error));
    QVERIFY(!timed.value->orderDateIsDateOnly);
}

void OrderParserTest::parse_validFixture_givesEveryField_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<QString>("orderId");
    QTest::addColumn<QString>("serverStatus");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("changeType");
    QTest::addColumn<QDateTime>("orderDate");
    QTest::addColumn<QDate>("effectiveDate");
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<QVariant>("totalFee");
    QTest::addColumn<QString>("statusMessage");

    for (const ValidRow &r : validRows()) {
        QTest::addRow("%s (%s)", r.file, endpointName(r.endpoint))
            << QString::fromLatin1(r.file) << int(r.endpoint) << QString::fromLatin1(r.orderId)
            << QString::fromLatin1(r.serverStatus) << int(r.state) << QString::fromLatin1(r.changeType)
            << r.orderDate << r.effectiveDate << r.numbers
            << (r.totalFee ? QVariant(*r.totalFee) : QVariant()) << QString::fromLatin1(r.statusMessage);
    }
}

void OrderParserTest::parse_validFixture_givesEveryField()
{
    QFETCH(QString, file);
    QFETCH(int, endpoint);

    const ParseResult<Order> result = parse(endpoint, test::readFixture(file));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    const Order &order = *result.value;

    QTEST(order.orderId, "orderId");
    QTEST(order.serverStatus, "serverStatus");
    QTEST(int(order.state), "state");
    QTEST(order.changeType, "changeType");
    QFETCH(QDateTime, orderDate);
    QVERIFY(order.orderDate.has_value());
    QCOMPARE(order.orderDate->timeSpec(), Qt::UTC);
    QCOMPARE(*order.orderDate, orderDate);
    QFETCH(QDate, effectiveDate);
    QCOMPARE(order.effectiveDate.value_or(QDate()), effectiveDate);
    QTEST(order.statusMessage, "statusMessage");
    QStringList numbers;
    for (const OrderNumber &n : order.numbers)
        numbers.append(describe(n));
    QTEST(numbers, "numbers");
    QFETCH(QVariant, totalFee);
    QCOMPARE(order.totalFee().has_value(), totalFee.isValid());
    if (totalFee.isValid())
        QCOMPARE(*order.totalFee(), totalFee.toDouble());
}

void OrderParserTest::parse_brokenFixture_givesSpecificError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<QString>("error");

    for (const InvalidRow &r : invalidRows()) {
        QTest::addRow("%s (%s)", r.file, endpointName(r.endpoint))
            << QString::fromLatin1(r.file) << int(r.endpoint) << r.error;
    }
}

void OrderParserTest::parse_brokenFixture_givesSpecificError()
{
    QFETCH(QString, file);
    QFETCH(int, endpoint);
    QFETCH(QString, error);

    const ParseResult<Order> result = parse(endpoint, test::readFixture(file));
    QVERIFY2(!result.value.has_value(), "a broken body must not give a (half-filled) order");
    if (error == jsonSyntaxError) {
        static const QRegularExpression shape(QStringLiteral(R"(^body is not JSON: \S.* at offset \d+$)"));
        QVERIFY2(shape.match(result.error).hasMatch(), qPrintable(result.error));
    } else {
        QCOMPARE(result.error, error);
    }
}

void OrderParserTest::everyOwnedFixture_hasATestRow()
{
    QSet<QString> covered;
    for (const ValidRow &r : validRows())
        covered.insert(QString::fromLatin1(r.file));
    for (const InvalidRow &r : invalidRows())
        covered.insert(QString::fromLatin1(r.file));
    const QStringList missing = test::uncoveredFixtures(QStringLiteral("tst_orderparser"), covered);
    QVERIFY2(
        missing.isEmpty(), qPrintable(QStringLiteral("fixtures without a test row: ") + missing.join(u' ')));
}

void OrderParserTest::everyFixture_hasAnOwningTest()
{
    QStringList orphans;
    const QStringList fixtures = test::allFixtures();
    for (const QString &path : fixtures) {
        if (test::ownerOf(path).isEmpty())
            orphans.append(path);
    }
    QVERIFY(fixtures.size() > 40);
    QVERIFY2(orphans.isEmpty(), qPrintable(QStringLiteral("fixtures no test owns: ") + orphans.join(u' ')));
}

void OrderParserTest::qrError_neverQuotesTheActivationCode()
{
    const ParseResult<Order> result
        = parseStatusChangeResponse(test::readFixture(QStringLiteral("malformed/status-qr-not-a-url.json")));
    QVERIFY(!result.ok());
    QVERIFY(!result.error.contains(QLatin1String("LPA"), Qt::CaseInsensitive));
    QVERIFY(!result.error.contains(QLatin1String("IDEMIA")));
}

void OrderParserTest::parseError_quotesServerValuesScrubbedAndShort_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("secret"); // must not appear in the error
    QTest::addColumn<QString>("expected"); // must appear in the error

    const QByteArray head = R"({"OrderId": "JNUOID-1", "OrderStatus": "Complete", )";
    const QString lpa = QStringLiteral("LPA:1$SMDP.EXAMPLE.TEST$ABCDE-FGHIJ-KLMNO-PQRST");
    const QString jwt = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJESUQtMSJ9.c2lnbmF0dXJlc2lnbmF0dXJl");
    const QString longText = QStringLiteral("two dollars ").repeated(10000) + QStringLiteral("tail-marker");
    QTest::newRow("activation code as a number")
        << head + R"("Numbers": [{"Number": ")" + lpa.toUtf8() + R"("}]})" << lpa
        << QStringLiteral("Numbers[0].Number '[activation code removed]' is not a phone number");
    QTest::newRow("token as an order date") << head + R"("OrderDate": ")" + jwt.toUtf8()
            + R"(", "Numbers": []})" << jwt << QStringLiteral("OrderDate '[token removed]' is not a date");
    QTest::newRow("bearer credential as an effective date")
        << head + R"("EffectiveDate": "Bearer abc.def-secret", "Numbers": []})"
        << QStringLiteral("abc.def-secret") << QStringLiteral("EffectiveDate 'Bearer [removed]'");
    QTest::newRow("huge fee text") << head + R"("Numbers": [{"Number": "+12016093801", "ChargeFee": ")"
            + longText.toUtf8() + R"("}]})"
                                   << QStringLiteral("tail-marker") << QStringLiteral("is not an amount");
    QTest::newRow("line breaks in a number")
        << head + R"("Numbers": ["555\n0100\r\nInjected: yes"]})" << QStringLiteral("\n")
        << QStringLiteral("'555 0100 Injected: yes'");
}

void OrderParserTest::parseError_quotesServerValuesScrubbedAndShort()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, secret);
    QFETCH(QString, expected);
    const ParseResult<Order> result = parseStatusChangeResponse(body);
    QVERIFY(!result.ok());
    QVERIFY2(!result.error.contains(secret), qPrintable(result.error.left(300)));
    QVERIFY2(result.error.contains(expected), qPrintable(result.error.left(300)));
    QVERIFY2(result.error.size() <= 300, qPrintable(QString::number(result.error.size())));
}

void OrderParserTest::stateFromServerWord_mapsEveryKnownWord_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("state");
    const std::pair<const char *, OrderState> rows[] = {
        {"Complete", OrderState::Done},
        {"Completed", OrderState::Done},
        {"  completed ", OrderState::Done},
        {"Pending", OrderState::InProgress},
        {"Submitted", OrderState::InProgress},
        {"Processing", OrderState::InProgress},
        {"Scheduled", OrderState::InProgress},
        {"Pending Carrier Approval", OrderState::InProgress},
        {"pending  carrier approval", OrderState::InProgress},
        {"Failed", OrderState::Failed},
        {"Error", OrderState::Failed},
        {"Cancelled", OrderState::Failed},
        {"REJECTED", OrderState::Failed},
        {"Provisioned", OrderState::Unknown},
        {"", OrderState::Unknown},
    };
    for (const auto &[word, state] : rows)
        QTest::addRow("'%s'", word) << QString::fromLatin1(word) << int(state);
}

void OrderParserTest::stateFromServerWord_mapsEveryKnownWord()
{
    QFETCH(QString, word);
    QTEST(int(orderStateFromServerWord(word)), "state");
}

void OrderParserTest::totalFee_sumsStatedFeesOnly()
{
    Order order;
    QVERIFY(!order.totalFee());
    order.numbers.append(OrderNumber {});
    QVERIFY(!order.totalFee());
    OrderNumber withFee;
    withFee.fee = 1.25;
    order.numbers.append(withFee);
    order.numbers.append(withFee);
    QCOMPARE(*order.totalFee(), 2.5);
}

QTEST_GUILESS_MAIN(OrderParserTest)
#include "tst_orderparser.moc"
