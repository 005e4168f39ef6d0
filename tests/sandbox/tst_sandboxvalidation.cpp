#include "SandboxTestClient.h"

#include <QJsonDocument>
#include <QTest>

using nd::sandbox::SandboxServer;

class TestSandboxValidation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusChange_invalidBody_is400WithVendorMessage_data();
    void statusChange_invalidBody_is400WithVendorMessage();
    void statusChange_manyProblems_reportsAllAtOnce();
    void statusChange_optionalFieldsOfItsType_areAccepted();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxValidation::initTestCase()
{
    nd::sandbox::SandboxOptions options;
    options.rateLimitPerMinute = 0; // many requests in a row
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxTestClient>(*m_server);
}

void TestSandboxValidation::statusChange_invalidBody_is400WithVendorMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const auto withNumbers = [](const QByteArray &fields) {
        return QByteArray(
            QByteArray("{\"StatusChange\":\"activate\",\"EffectiveDate\":\"12/31/2023\",") + fields + '}');
    };
    const QString typeMessage = QStringLiteral(
        "Invalid status change type. Must be one of: activate, cancel, swap, swap-sim, replace, park.");
    const QString dateMessage = QStringLiteral("Date must be in MM/DD/YYYY format");
    const QString numbersMessage = QStringLiteral("At least one phone number must be provided");
    const QByteArray one = "\"PhoneNumbers\":[{\"Number\":\"+12016093801\"}]";

    QTest::newRow("not json") << QByteArray("nope") << "$"
                              << "JSON object";
    QTest::newRow("json array") << QByteArray("[]") << "$"
                                << "JSON object";
    QTest::newRow("type missing") << QByteArray("{\"EffectiveDate\":\"12/31/2023\"," + one + '}')
                                  << "$.StatusChange" << typeMessage;
    QTest::newRow("type title case") << QByteArray(
        "{\"StatusChange\":\"Swap\",\"EffectiveDate\":\"12/31/2023\"," + one + '}')
                                     << "$.StatusChange" << typeMessage;
    QTest::newRow("type unknown") << QByteArray(
        "{\"StatusChange\":\"suspend\",\"EffectiveDate\":\"12/31/2023\"," + one + '}')
                                  << "$.StatusChange" << typeMessage;
    QTest::newRow("date missing") << QByteArray("{\"StatusChange\":\"activate\"," + one + '}')
                                  << "$.EffectiveDate" << dateMessage;
    QTest::newRow("date iso") << QByteArray(
        "{\"StatusChange\":\"activate\",\"EffectiveDate\":\"2023-12-31\"," + one + '}')
                              << "$.EffectiveDate" << dateMessage;
    QTest::newRow("date impossible") << QByteArray(
        "{\"StatusChange\":\"activate\",\"EffectiveDate\":\"02/30/2023\"," + one + '}')
                                     << "$.EffectiveDate" << dateMessage;
    QTest::newRow("numbers missing") << QByteArray(
        "{\"StatusChange\":\"activate\",\"EffectiveDate\":\"12/31/2023\"}")
                                     << "$.PhoneNumbers" << numbersMessage;
    QTest::newRow("numbers empty") << withNumbers("\"PhoneNumbers\":[]") << "$.PhoneNumbers"
                                   << numbersMessage;
    QTest::newRow("item not object") << withNumbers("\"PhoneNumbers\":[\"+12016093801\"]")
                                     << "$.PhoneNumbers[0]"
                                     << "object";
    QTest::newRow("bare digits") << withNumbers("\"PhoneNumbers\":[{\"Number\":\"12016093801\"}]")
                                 << "$.PhoneNumbers[0].Number"
                                 << "E.164";
    QTest::newRow("json number") << withNumbers("\"PhoneNumbers\":[{\"Number\":12016093801}]")
                                 << "$.PhoneNumbers[0].Number"
                                 << "E.164";
    QTest::newRow("exchange starts with 1")
        << withNumbers("\"PhoneNumbers\":[{\"Number\":\"+12011093801\"}]") << "$.PhoneNumbers[0].Number"
        << "E.164";
    QTest::newRow("not NANP") << withNumbers("\"PhoneNumbers\":[{\"Number\":\"+442071838750\"}]")
                              << "$.PhoneNumbers[0].Number"
                              << "E.164";
    QTest::newRow("duplicate") << withNumbers(
        "\"PhoneNumbers\":[{\"Number\":\"+12016093801\"},{\"Number\":\"+12016093801\"}]")
                               << "$.PhoneNumbers[1].Number"
                               << "more than once";
    QTest::newRow("iccid with activate")
        << withNumbers("\"PhoneNumbers\":[{\"Number\":\"+12016093801\",\"ICCID\":\"8901240397190557414\"}]")
        << "$.PhoneNumbers[0].ICCID"
        << "only allowed with swap-sim";
    QTest::newRow("iccid too short") << QByteArray(
        "{\"StatusChange\":\"swap-sim\",\"EffectiveDate\":\"12/31/"
        "2023\",\"PhoneNumbers\":[{\"Number\":\"+12016093801\",\"ICCID\":\"89012403\"}]}")
                                     << "$.PhoneNumbers[0].ICCID"
                                     << "18 to 22 digits";
    QTest::newRow("iccid with letter") << QByteArray(
        "{\"StatusChange\":\"swap-sim\",\"EffectiveDate\":\"12/31/"
        "2023\",\"PhoneNumbers\":[{\"Number\":\"+12016093801\",\"ICCID\":\"8901240397190557414F\"}]}")
                                       << "$.PhoneNumbers[0].ICCID"
                                       << "18 to 22 digits";
    QTest::newRow("area code with activate")
        << withNumbers(QByteArray("\"AreaCode\":\"201\"," + one)) << "$.AreaCode"
        << "only allowed with swap or replace";
    QTest::newRow("zip with activate")
        << withNumbers(QByteArray("\"ZipCode\":\"84603\"," + one)) << "$.ZipCode"
        << "only allowed with swap or replace";
    QTest::newRow("area code 4 digits") << QByteArray(
        "{\"StatusChange\":\"replace\",\"EffectiveDate\":\"12/31/2023\",\"AreaCode\":\"2011\"," + one + '}')
                                        << "$.AreaCode"
                                        << "3 digits";
    QTest::newRow("zip 4 digits") << QByteArray(
        "{\"StatusChange\":\"swap\",\"EffectiveDate\":\"12/31/2023\",\"ZipCode\":\"8460\"," + one + '}')
                                  << "$.ZipCode"
                                  << "5 digits";
}

void TestSandboxValidation::statusChange_invalidBody_is400WithVendorMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const HttpResult result = m_client->postRaw(
        QStringLiteral("/numbers/status"), body, m_client->token(QStringLiteral("/numbers/status")));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.value(QStringLiteral("Type")).toString(),
        QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.5.1"));
    QCOMPARE(result.json.value(QStringLiteral("Title")).toString(),
        QStringLiteral("One or more validation errors occurred."));
    QCOMPARE(result.json.value(QStringLiteral("Status")).toInt(), 400);
    QVERIFY(QRegularExpression(QStringLiteral("^00-[0-9a-f]{32}-[0-9a-f]{16}-00$"))
                .match(result.json.value(QStringLiteral("TraceId")).toString())
                .hasMatch());
    const QJsonObject errors = result.json.value(QStringLiteral("Errors")).toObject();
    QVERIFY2(errors.contains(path), result.body.constData());
    QVERIFY2(errors.value(path).toArray().at(0).toString().contains(message), result.body.constData());
}

void TestSandboxValidation::statusChange_manyProblems_reportsAllAtOnce()
{
    const QByteArray body = "{\"StatusChange\":\"Swap\",\"EffectiveDate\":\"2023-12-31\",\"AreaCode\":\"1\","
                            "\"PhoneNumbers\":[{\"Number\":\"12016093801\"},\"x\"]}";
    const HttpResult result = m_client->postRaw(
        QStringLiteral("/numbers/status"), body, m_client->token(QStringLiteral("/numbers/status")));
    QCOMPARE(result.status, 400);
    const QStringList keys = result.json.value(QStringLiteral("Errors")).toObject().keys();
    QCOMPARE(keys,
        QStringList({QStringLiteral("$.AreaCode"), QStringLiteral("$.EffectiveDate"),
            QStringLiteral("$.PhoneNumbers[0].Number"), QStringLiteral("$.PhoneNumbers[1]"),
            QStringLiteral("$.StatusChange")}));
}

void TestSandboxValidation::statusChange_optionalFieldsOfItsType_areAccepted()
{
    const QString number = QStringLiteral("+12016093801");
    m_server->setNumberState(number, QStringLiteral("active"));
    QJsonObject body = SandboxTestClient::body(QStringLiteral("swap-sim"), {number});
    body.insert(QStringLiteral("PhoneNumbers"),
        QJsonArray {QJsonObject {{QStringLiteral("Number"), number},
            {QStringLiteral("ICCID"), QStringLiteral("8901240397190557414")}}});
    QCOMPARE(m_client->changeBody(body).status, 200);
    const HttpResult replace = m_client->change(QStringLiteral("replace"), {number},
        {{QStringLiteral("AreaCode"), QStringLiteral("212")},
            {QStringLiteral("ZipCode"), QStringLiteral("84603")}});
    QCOMPARE(replace.status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxValidation)
#include "tst_sandboxvalidation.moc"
