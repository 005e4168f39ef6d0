// The client and the sandbox each state the vendor's contract for POST /v1.0/numbers/status on their
// own: the client in its rules table and serializer (request/ChangeType, RequestSerializer), the
// sandbox in VendorContract and SandboxValidation. Loopback tests cannot see a mistake both share, so
// this test holds both against the vendor's own request examples (tests/fixtures/vendor/request-*,
// copied byte for byte from the vendor's sources) and against each other.

#include "request/ChangeType.h"
#include "request/RequestSerializer.h"
#include "sandbox/SandboxValidation.h"
#include "sandbox/VendorContract.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace nd;
using namespace nd::sandbox;

namespace {

// The vendor's examples carry `//` comments (not JSON); none of their strings contains "//".
QJsonObject vendorExample(const char *name)
{
    QFile file(QStringLiteral(NUMBERDESK_TEST_FIXTURES_DIR "/vendor/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QRegularExpression(QStringLiteral("//[^\n]*")));
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A validated request carrying exactly the values of a vendor example body.
ValidatedRequest requestFrom(const QJsonObject &body, ChangeType type)
{
    ValidatedRequest request;
    request.changeType = type;
    request.effectiveDate = QDate::fromString(
        body.value(QStringLiteral("EffectiveDate")).toString(), QStringLiteral("MM/dd/yyyy"));
    request.areaCode = body.value(QStringLiteral("AreaCode")).toString();
    request.zipCode = body.value(QStringLiteral("ZipCode")).toString();
    const QJsonArray numbers = body.value(QStringLiteral("PhoneNumbers")).toArray();
    for (int i = 0; i < numbers.size(); ++i) {
        const QJsonObject item = numbers.at(i).toObject();
        request.numbers.append({item.value(QStringLiteral("Number")).toString(),
            item.value(QStringLiteral("ICCID")).toString(), i});
    }
    return request;
}

QJsonObject sent(const ValidatedRequest &request)
{
    return QJsonDocument::fromJson(serializeStatusChange(request)).object();
}

QString describe(const FieldErrors &errors)
{
    QStringList lines;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        lines << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral("; "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestContractAgreement : public QObject
{
    Q_OBJECT

private slots:
    void vendorExamples_areReadable()
    {
        // Guards the tests below against reading nothing.
        QCOMPARE(vendorExample("request-status-pm-replace-with-comments.json")
                     .value(QStringLiteral("StatusChange"))
                     .toString(),
            QStringLiteral("replace"));
        QCOMPARE(vendorExample("request-status-v2-with-comments.json")
                     .value(QStringLiteral("PhoneNumbers"))
                     .toArray()
                     .size(),
            2);
    }

    // PM-desc "Sample Request" (the PM request without its comment) and its curl twin with "cancel":
    // for the same values the client sends exactly that body.
    void serializer_writesThePmSampleRequest_data()
    {
        QTest::addColumn<ChangeType>("type");
        QTest::newRow("replace (PM-desc sample)") << ChangeType::Replace;
        QTest::newRow("cancel (PM-desc curl)") << ChangeType::Cancel;
    }
    void serializer_writesThePmSampleRequest()
    {
        QFETCH(ChangeType, type);
        QJsonObject expected = vendorExample("request-status-pm-replace-with-comments.json");
        expected.insert(QStringLiteral("StatusChange"), QLatin1String(vendorChange(type).wireName));
        QCOMPARE(sent(requestFrom(expected, type)), expected);
    }

    // D-status-v2, the newest example: each field is sent with the change types its own comments
    // allow, with the casing and value formats it shows, and never with the others.
    void serializer_writesTheV2ExampleAsTheVendorAllowsIt_data()
    {
        QTest::addColumn<ChangeType>("type");
        for (const VendorChange &change : vendorChanges())
            QTest::newRow(change.wireName) << change.type;
    }
    void serializer_writesTheV2ExampleAsTheVendorAllowsIt()
    {
        QFETCH(ChangeType, type);
        QJsonObject example = vendorExample("request-status-v2-with-comments.json");
        // "XXXXX" is the example's placeholder; "84043" is the ZipCode of the v1 schema's example.
        example.insert(QStringLiteral("ZipCode"), QStringLiteral("84043"));
        const VendorChange &vendor = vendorChange(type);

        QJsonObject expected = example;
        expected.insert(QStringLiteral("StatusChange"), QLatin1String(vendor.wireName));
        if (!vendor.acceptsAreaCode)
            expected.remove(QStringLiteral("AreaCode"));
        if (!vendor.acceptsZipCode)
            expected.remove(QStringLiteral("ZipCode"));
        if (!vendor.acceptsIccid) {
            QJsonArray numbers;
            for (const QJsonValue &item : expected.value(QStringLiteral("PhoneNumbers")).toArray())
                numbers.append(QJsonObject {{QStringLiteral("Number"), item[QStringLiteral("Number")]}});
            expected.insert(QStringLiteral("PhoneNumbers"), numbers);
        }
        QCOMPARE(sent(requestFrom(example, type)), expected);
    }

    // What the client sends for each type, with every field it would fill, the sandbox accepts.
    void sandbox_acceptsWhatTheClientSends_data() { serializer_writesTheV2ExampleAsTheVendorAllowsIt_data(); }
    void sandbox_acceptsWhatTheClientSends()
    {
        QFETCH(ChangeType, type);
        ValidatedRequest request;
        request.changeType = type;
        request.effectiveDate = QDate(2023, 12, 31);
        request.areaCode = QStringLiteral("201");
        request.zipCode = QStringLiteral("84043");
        request.numbers = {{QStringLiteral("+12016093801"), QStringLiteral("8901240397190557414"), 0},
            {QStringLiteral("+12232233180"), QStringLiteral("8901240397190556232"), 1}};
        const ValidationOutcome outcome = SandboxValidation::validate(serializeStatusChange(request));
        QVERIFY2(outcome.errors.isEmpty(), qPrintable(describe(outcome.errors)));
        QVERIFY(outcome.change);
        QCOMPARE(outcome.change->type, type);
        QCOMPARE(outcome.change->numbers.size(), 2);
    }

    // And a field the vendor does not take with a type is refused at its own path, so the sandbox
    // would catch a client that sent it.
    void sandbox_refusesAFieldTheTypeDoesNotTake_data()
    {
        QTest::addColumn<ChangeType>("type");
        QTest::addColumn<QString>("path");
        for (const VendorChange &change : vendorChanges()) {
            if (!change.acceptsAreaCode)
                QTest::addRow("%s AreaCode", change.wireName) << change.type << QStringLiteral("$.AreaCode");
            if (!change.acceptsZipCode)
                QTest::addRow("%s ZipCode", change.wireName) << change.type << QStringLiteral("$.ZipCode");
            if (!change.acceptsIccid)
                QTest::addRow("%s ICCID", change.wireName)
                    << change.type << QStringLiteral("$.PhoneNumbers[0].ICCID");
        }
    }
    void sandbox_refusesAFieldTheTypeDoesNotTake()
    {
        QFETCH(ChangeType, type);
        QFETCH(QString, path);
        QJsonObject number {{QStringLiteral("Number"), QStringLiteral("+12016093801")}};
        QJsonObject body {{QStringLiteral("StatusChange"), QLatin1String(vendorChange(type).wireName)},
            {QStringLiteral("EffectiveDate"), QStringLiteral("12/31/2023")}};
        if (path == QLatin1String("$.AreaCode"))
            body.insert(QStringLiteral("AreaCode"), QStringLiteral("201"));
        else if (path == QLatin1String("$.ZipCode"))
            body.insert(QStringLiteral("ZipCode"), QStringLiteral("84043"));
        else
            number.insert(QStringLiteral("ICCID"), QStringLiteral("8901240397190557414"));
        body.insert(QStringLiteral("PhoneNumbers"), QJsonArray {number});
        const ValidationOutcome outcome = SandboxValidation::validate(QJsonDocument(body).toJson());
        QVERIFY2(outcome.errors.contains(path), qPrintable(describe(outcome.errors)));
        QCOMPARE(outcome.errors.size(), 1);
    }

    // The two statements of the contract, field by field: a divergence names the rule that differs.
    void rulesTables_agree_data() { serializer_writesTheV2ExampleAsTheVendorAllowsIt_data(); }
    void rulesTables_agree()
    {
        QFETCH(ChangeType, type);
        const ChangeTypeRule &client = ruleFor(type);
        const VendorChange &vendor = vendorChange(type);
        QCOMPARE(QString::fromLatin1(client.wireName), QString::fromLatin1(vendor.wireName));
        QCOMPARE(client.usesAreaCode, vendor.acceptsAreaCode);
        QCOMPARE(client.usesZipCode, vendor.acceptsZipCode);
        QCOMPARE(client.usesIccid, vendor.acceptsIccid);
        QCOMPARE(client.issuesQrCode, vendor.issuesQrCode);
        QCOMPARE(client.assignsNewNumber, vendor.assignsNewNumber);
        QCOMPARE(client.keepsAreaCode, vendor.keepsAreaCode);
        QCOMPARE(changeTypeRules().size(), vendorChanges().size());
    }
};

QTEST_GUILESS_MAIN(TestContractAgreement)
#include "tst_contractagreement.moc"
