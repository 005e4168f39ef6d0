#include "SandboxTestClient.h"
#include "qr/ActivationCode.h"
#include "qr/QrCodec.h"

#include <QImage>
#include <QTest>

using nd::sandbox::SandboxServer;

namespace {
const QString A = QStringLiteral("+12016093801");
const QString B = QStringLiteral("+12016093802");

QJsonObject item(const HttpResult &result, int index)
{
    return result.json.value(QStringLiteral("Numbers")).toArray().at(index).toObject();
}
} // namespace

class TestSandboxOrders final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void change_followsStateMachine_data();
    void change_followsStateMachine();
    void refusal_namesEveryOffendingRow_andChangesNothing();
    void activate_answersCanonicalOrder();
    void swap_givesNewNumberInSameAreaCode();
    void replace_picksAreaCodeThenZipThenAny_data();
    void replace_picksAreaCodeThenZipThenAny();
    void swapSim_issuesQrCode();
    void cancelAndPark_haveNoQrCode();
    void qrPng_decodesToReportedWellFormedActivationCode();
    void qrUnknownId_is404();
    void orderLookup_returnsOrder_unknownIs404();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxOrders::init()
{
    nd::sandbox::SandboxOptions options;
    options.rateLimitPerMinute = 0;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxTestClient>(*m_server);
}

void TestSandboxOrders::change_followsStateMachine_data()
{
    QTest::addColumn<QString>("before"); // "" = never seen (inactive)
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("after");
    QTest::newRow("activate new") << ""
                                  << "activate" << 200 << "active";
    QTest::newRow("activate parked") << "parked"
                                     << "activate" << 200 << "active";
    QTest::newRow("activate active") << "active"
                                     << "activate" << 422 << "active";
    QTest::newRow("park active") << "active"
                                 << "park" << 200 << "parked";
    QTest::newRow("park inactive") << "inactive"
                                   << "park" << 422 << "inactive";
    QTest::newRow("park parked") << "parked"
                                 << "park" << 422 << "parked";
    QTest::newRow("cancel active") << "active"
                                   << "cancel" << 200 << "cancelled";
    QTest::newRow("cancel parked") << "parked"
                                   << "cancel" << 200 << "cancelled";
    QTest::newRow("cancel new") << ""
                                << "cancel" << 200 << "cancelled";
    QTest::newRow("cancel cancelled") << "cancelled"
                                      << "cancel" << 422 << "cancelled";
    QTest::newRow("activate cancelled") << "cancelled"
                                        << "activate" << 422 << "cancelled";
    QTest::newRow("swap active") << "active"
                                 << "swap" << 200 << "released";
    QTest::newRow("swap parked") << "parked"
                                 << "swap" << 422 << "parked";
    QTest::newRow("replace active") << "active"
                                    << "replace" << 200 << "released";
    QTest::newRow("replace inactive") << "inactive"
                                      << "replace" << 422 << "inactive";
    QTest::newRow("swap-sim active") << "active"
                                     << "swap-sim" << 200 << "active";
    QTest::newRow("swap-sim parked") << "parked"
                                     << "swap-sim" << 422 << "parked";
    QTest::newRow("activate released") << "released"
                                       << "activate" << 422 << "released";
}

void TestSandboxOrders::change_followsStateMachine()
{
    QFETCH(QString, before);
    QFETCH(QString, type);
    QFETCH(int, status);
    QFETCH(QString, after);
    if (!before.isEmpty())
        m_server->setNumberState(A, before);
    const HttpResult result = m_client->change(type, {A});
    QCOMPARE(result.status, status);
    QCOMPARE(m_server->numberState(A), after);
    if (status == 422) {
        QCOMPARE(result.json.value(QStringLiteral("Title")).toString(),
            QStringLiteral("The request could not be processed."));
        const QString message = result.json.value(QStringLiteral("Errors"))
                                    .toObject()
                                    .value(QStringLiteral("$.PhoneNumbers[0].Number"))
                                    .toArray()
                                    .at(0)
                                    .toString();
        QVERIFY2(message.startsWith(A + QStringLiteral(" is ")
                     + (before.isEmpty() ? QStringLiteral("inactive") : before) + QStringLiteral("; ") + type
                     + QStringLiteral(" needs ")),
            qPrintable(message));
    }
}

void TestSandboxOrders::refusal_namesEveryOffendingRow_andChangesNothing()
{
    const QString c = QStringLiteral("+12016093803");
    m_server->setNumberState(A, QStringLiteral("active"));
    m_server->setNumberState(B, QStringLiteral("parked"));
    m_server->setNumberState(c, QStringLiteral("cancelled"));
    const HttpResult result = m_client->change(QStringLiteral("swap"), {A, B, c});
    QCOMPARE(result.status, 422);
    const QJsonObject errors = result.json.value(QStringLiteral("Errors")).toObject();
    QCOMPARE(errors.keys(),
        QStringList(
            {QStringLiteral("$.PhoneNumbers[1].Number"), QStringLiteral("$.PhoneNumbers[2].Number")}));
    QCOMPARE(errors.value(QStringLiteral("$.PhoneNumbers[1].Number")).toArray().at(0).toString(),
        QStringLiteral("+12016093802 is parked; swap needs an active number."));
    QCOMPARE(m_server->numberState(A), QStringLiteral("active"));
    QCOMPARE(m_server->numberState(B), QStringLiteral("parked"));
}

void TestSandboxOrders::activate_answersCanonicalOrder()
{
    const HttpResult result = m_client->change(QStringLiteral("activate"), {A, B});
    QCOMPARE(result.status, 200);
    const QJsonObject &json = result.json;
    QVERIFY(QRegularExpression(QStringLiteral("^JNUOID-[0-9a-f-]{36}$"))
                .match(json.value(QStringLiteral("OrderId")).toString())
                .hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z$"))
                .match(json.value(QStringLiteral("OrderDate")).toString())
                .hasMatch());
    QCOMPARE(json.value(QStringLiteral("OrderStatus")).toString(), QStringLiteral("Complete"));
    QCOMPARE(json.value(QStringLiteral("ChangeType")).toString(), QStringLiteral("activate"));
    QCOMPARE(json.value(QStringLiteral("EffectiveDate")).toString(), QStringLiteral("2023-12-31T00:00:00"));
    QCOMPARE(json.value(QStringLiteral("Numbers")).toArray().size(), 2);
    QCOMPARE(item(result, 1).value(QStringLiteral("Number")).toString(), B);
    QCOMPARE(item(result, 1).value(QStringLiteral("ChargeFee")).toDouble(), 0.5);
    const QUrl qr(item(result, 0).value(QStringLiteral("QrCode")).toString());
    QCOMPARE(qr.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(qr.port(), int(m_server->port()));
    QVERIFY(
        QRegularExpression(QStringLiteral("^/sandbox-qr/[0-9a-f]{32}\\.png$")).match(qr.path()).hasMatch());
}

void TestSandboxOrders::swap_givesNewNumberInSameAreaCode()
{
    m_server->setNumberState(A, QStringLiteral("active"));
    const HttpResult result = m_client->change(QStringLiteral("swap"), {A});
    QCOMPARE(result.status, 200);
    QCOMPARE(item(result, 0).value(QStringLiteral("OriginalNumber")).toString(), A);
    QVERIFY(!item(result, 0).contains(QStringLiteral("QrCode")));
    const QString newNumber = item(result, 0).value(QStringLiteral("NewNumber")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^\\+1201[2-9]\\d{6}$")).match(newNumber).hasMatch());
    QVERIFY(newNumber != A);
    QCOMPARE(m_server->numberState(A), QStringLiteral("released"));
    QCOMPARE(m_server->numberState(newNumber), QStringLiteral("active"));
}

void TestSandboxOrders::replace_picksAreaCodeThenZipThenAny_data()
{
    QTest::addColumn<QString>("areaCode");
    QTest::addColumn<QString>("zipCode");
    QTest::addColumn<QString>("expectedPattern");
    QTest::newRow("area code wins") << "646"
                                    << "84603"
                                    << "^\\+1646";
    QTest::newRow("zip") << ""
                         << "84603"
                         << "^\\+1801";
    QTest::newRow("unknown zip") << ""
                                 << "99999"
                                 << "^\\+1[2-9]\\d\\d";
    QTest::newRow("neither") << ""
                             << ""
                             << "^\\+1[2-9]\\d\\d";
}

void TestSandboxOrders::replace_picksAreaCodeThenZipThenAny()
{
    QFETCH(QString, areaCode);
    QFETCH(QString, zipCode);
    QFETCH(QString, expectedPattern);
    m_server->setNumberState(A, QStringLiteral("active"));
    QJsonObject extra;
    if (!areaCode.isEmpty())
        extra.insert(QStringLiteral("AreaCode"), areaCode);
    if (!zipCode.isEmpty())
        extra.insert(QStringLiteral("ZipCode"), zipCode);
    const HttpResult result = m_client->change(QStringLiteral("replace"), {A}, extra);
    QCOMPARE(result.status, 200);
    const QString newNumber = item(result, 0).value(QStringLiteral("NewNumber")).toString();
    QVERIFY2(QRegularExpression(expectedPattern + QStringLiteral("[2-9]\\d{6}$")).match(newNumber).hasMatch(),
        qPrintable(newNumber));
    QVERIFY(!QRegularExpression(QStringLiteral("^\\+1\\d{3}55501")).match(newNumber).hasMatch());
    QCOMPARE(m_server->numberState(newNumber), QStringLiteral("active"));
}

void TestSandboxOrders::swapSim_issuesQrCode()
{
    m_server->setNumberState(A, QStringLiteral("active"));
    const HttpResult result = m_client->change(QStringLiteral("swap-sim"), {A});
    QCOMPARE(result.status, 200);
    QCOMPARE(item(result, 0).value(QStringLiteral("Number")).toString(), A);
    QVERIFY(m_server->activationCodeForQrUrl(QUrl(SandboxTestClient::firstQrCode(result))).has_value());
    QCOMPARE(m_server->numberState(A), QStringLiteral("active"));
}

void TestSandboxOrders::cancelAndPark_haveNoQrCode()
{
    m_server->setNumberState(A, QStringLiteral("active"));
    const HttpResult park = m_client->change(QStringLiteral("park"), {A});
    QCOMPARE(item(park, 0).keys(), QStringList({QStringLiteral("ChargeFee"), QStringLiteral("Number")}));
    const HttpResult cancel = m_client->change(QStringLiteral("cancel"), {A});
    QCOMPARE(item(cancel, 0).value(QStringLiteral("ChargeFee")).toDouble(), 2.25);
    QVERIFY(!item(cancel, 0).contains(QStringLiteral("QrCode")));
}

void TestSandboxOrders::qrPng_decodesToReportedWellFormedActivationCode()
{
    const HttpResult order = m_client->change(QStringLiteral("activate"), {A});
    const QUrl url(SandboxTestClient::firstQrCode(order));
    const HttpResult png = m_client->get(url); // no token: the QR host is not the API
    QCOMPARE(png.status, 200);
    QCOMPARE(png.contentType, QByteArray("image/png"));
    const QImage image = QImage::fromData(png.body, "PNG");
    QVERIFY(!image.isNull());
    const std::optional<QString> decoded = nd::QrCodec::decode(image);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded, m_server->activationCodeForQrUrl(url));
    const std::optional<nd::ActivationCode> code = nd::ActivationCode::parse(*decoded);
    QVERIFY(code.has_value());
    QCOMPARE(code->smdpAddress, QStringLiteral("SMDP.SANDBOX.NUMBERDESK.TEST"));
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z0-9]{5}(-[A-Z0-9]{5}){3}$"))
                .match(code->matchingId)
                .hasMatch());
}

void TestSandboxOrders::qrUnknownId_is404()
{
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/sandbox-qr/00000000000000000000000000000000.png"));
    QCOMPARE(m_client->get(url).status, 404);
    QCOMPARE(m_server->activationCodeForQrUrl(url), std::nullopt);
}

void TestSandboxOrders::orderLookup_returnsOrder_unknownIs404()
{
    m_server->setNumberState(A, QStringLiteral("active"));
    const HttpResult order = m_client->change(QStringLiteral("swap"), {A});
    const QString orderId = order.json.value(QStringLiteral("OrderId")).toString();
    const HttpResult lookup = m_client->lookUp(orderId);
    QCOMPARE(lookup.status, 200);
    QCOMPARE(lookup.json.value(QStringLiteral("OrderId")).toString(), orderId);
    QCOMPARE(lookup.json.value(QStringLiteral("OrderDate")), order.json.value(QStringLiteral("OrderDate")));
    QCOMPARE(lookup.json.value(QStringLiteral("OrderStatus")).toString(), QStringLiteral("Complete"));
    QCOMPARE(lookup.json.value(QStringLiteral("OrderType")).toString(), QStringLiteral("StatusChange"));
    const QJsonObject line
        = lookup.json.value(QStringLiteral("PhoneNumbersOrdered")).toArray().at(0).toObject();
    QCOMPARE(line.value(QStringLiteral("Number")), item(order, 0).value(QStringLiteral("NewNumber")));
    QVERIFY(line.value(QStringLiteral("NumberId")).toString().startsWith(QLatin1String("JNID-")));
    QCOMPARE(line.value(QStringLiteral("Status")).toString(), QStringLiteral("Complete"));
    QVERIFY(!lookup.json.contains(QStringLiteral("OrderStatusMessage")));

    const HttpResult unknown = m_client->lookUp(QStringLiteral("JNUOID-nope"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json.value(QStringLiteral("Detail")).toString(),
        QStringLiteral("Order with ID 'JNUOID-nope' was not found."));
    QCOMPARE(m_client
                 ->get(QUrl(m_server->baseUrl().toString() + QStringLiteral("/numbers/order")),
                     m_client->token(QStringLiteral("/numbers/order")))
                 .status,
        400);
}

QTEST_MAIN(TestSandboxOrders)
#include "tst_sandboxorders.moc"
