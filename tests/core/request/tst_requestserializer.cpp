// The body of POST /numbers/status for each change type, as the contract's "Send" form.

#include "request/RequestSerializer.h"
#include "request/RequestValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nd;

Q_DECLARE_METATYPE(nd::ChangeType)

namespace {

QJsonObject parsed(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object: %s", body.constData());
    return document.object();
}

ValidatedRequest twoNumbers(ChangeType type)
{
    ValidatedRequest request;
    request.changeType = type;
    request.effectiveDate = QDate(2023, 12, 31);
    request.areaCode = QStringLiteral("201");
    request.zipCode = QStringLiteral("84043");
    request.numbers = {{QStringLiteral("+12016093801"), QStringLiteral("8901240397190557414"), 0},
        {QStringLiteral("+12232233180"), QString(), 1}};
    return request;
}

} // namespace

class TestRequestSerializer final : public QObject
{
    Q_OBJECT

private slots:
    void serialize_eachChangeType_matchesContract_data()
    {
        QTest::addColumn<ChangeType>("type");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray plain = R"([{"Number":"+12016093801"},{"Number":"+12232233180"}])";
        QTest::newRow("activate") << ChangeType::Activate
                                  << QByteArray(R"({"StatusChange":"activate","EffectiveDate":"12/31/2023",)"
                                                R"("PhoneNumbers":)"
                                         + plain + "}");
        QTest::newRow("cancel") << ChangeType::Cancel
                                << QByteArray(R"({"StatusChange":"cancel","EffectiveDate":"12/31/2023",)"
                                              R"("PhoneNumbers":)"
                                       + plain + "}");
        QTest::newRow("park") << ChangeType::Park
                              << QByteArray(R"({"StatusChange":"park","EffectiveDate":"12/31/2023",)"
                                            R"("PhoneNumbers":)"
                                     + plain + "}");
        QTest::newRow("swap") << ChangeType::Swap
                              << QByteArray(R"({"StatusChange":"swap","EffectiveDate":"12/31/2023",)"
                                            R"("AreaCode":"201","ZipCode":"84043","PhoneNumbers":)"
                                     + plain + "}");
        QTest::newRow("replace") << ChangeType::Replace
                                 << QByteArray(R"({"StatusChange":"replace","EffectiveDate":"12/31/2023",)"
                                               R"("AreaCode":"201","ZipCode":"84043","PhoneNumbers":)"
                                        + plain + "}");
        QTest::newRow("swap-sim") << ChangeType::SwapSim
                                  << QByteArray(
                                         R"({"StatusChange":"swap-sim","EffectiveDate":"12/31/2023",)"
                                         R"("PhoneNumbers":[{"Number":"+12016093801",)"
                                         R"("ICCID":"8901240397190557414"},{"Number":"+12232233180"}]})");
    }
    void serialize_eachChangeType_matchesContract()
    {
        QFETCH(ChangeType, type);
        QFETCH(QByteArray, expected);
        const QByteArray body = serializeStatusChange(twoNumbers(type));
        QCOMPARE(parsed(body), parsed(expected));
        QVERIFY(!parsed(expected).isEmpty());
        // Compact, in the contract's key order, so the journal reads like the vendor's page.
        QCOMPARE(body, expected);
    }

    void serialize_swapWithoutAreaOrZip_omitsThem_data()
    {
        QTest::addColumn<QString>("areaCode");
        QTest::addColumn<QString>("zipCode");
        QTest::addColumn<QStringList>("keys");
        const QString area = QStringLiteral("AreaCode");
        const QString zip = QStringLiteral("ZipCode");
        const QStringList always {
            QStringLiteral("EffectiveDate"), QStringLiteral("PhoneNumbers"), QStringLiteral("StatusChange")};
        QTest::newRow("neither") << QString() << QString() << always;
        QTest::newRow("area only") << QStringLiteral("201") << QString() << (QStringList {area} + always);
        QTest::newRow("zip only") << QString() << QStringLiteral("84043") << (always + QStringList {zip});
    }
    void serialize_swapWithoutAreaOrZip_omitsThem()
    {
        QFETCH(QString, areaCode);
        QFETCH(QString, zipCode);
        QFETCH(QStringList, keys);
        ValidatedRequest request = twoNumbers(ChangeType::Replace);
        request.areaCode = areaCode;
        request.zipCode = zipCode;
        QCOMPARE(parsed(serializeStatusChange(request)).keys(), keys);
    }

    void serialize_userTypedFieldsTheTypeDoesNotUse_areNotSent_data()
    {
        QTest::addColumn<ChangeType>("type");
        for (const ChangeTypeRule &rule : changeTypeRules())
            QTest::newRow(rule.wireName) << rule.type;
    }
    void serialize_userTypedFieldsTheTypeDoesNotUse_areNotSent()
    {
        QFETCH(ChangeType, type);
        const ChangeTypeRule &rule = ruleFor(type);
        StatusChangeRequest typed;
        typed.changeType = type;
        typed.effectiveDate = QDate(2030, 1, 2);
        typed.areaCode = QStringLiteral("201");
        typed.zipCode = QStringLiteral("84043");
        typed.numbers = {{QStringLiteral("(201) 609-3801"), QStringLiteral("8901240397190557414F")}};
        const ValidationResult result = validateRequest(typed, QDate(2030, 1, 1));
        QVERIFY(result.request.has_value());

        const QJsonObject body = parsed(serializeStatusChange(*result.request));
        QCOMPARE(body.value(QStringLiteral("StatusChange")).toString(), QString::fromLatin1(rule.wireName));
        QCOMPARE(body.value(QStringLiteral("EffectiveDate")).toString(), QStringLiteral("01/02/2030"));
        QCOMPARE(body.contains(QStringLiteral("AreaCode")), rule.usesAreaCode);
        QCOMPARE(body.contains(QStringLiteral("ZipCode")), rule.usesZipCode);
        const QJsonObject number = body.value(QStringLiteral("PhoneNumbers")).toArray().first().toObject();
        QCOMPARE(number.value(QStringLiteral("Number")).toString(), QStringLiteral("+12016093801"));
        QCOMPARE(number.contains(QStringLiteral("ICCID")), rule.usesIccid);
        if (rule.usesIccid)
            QCOMPARE(number.value(QStringLiteral("ICCID")).toString(), QStringLiteral("8901240397190557414"));
    }

    void serialize_fieldsSetByHandOnAValidatedRequest_stillFollowTheRules()
    {
        // ValidatedRequest is a plain struct; the serializer re-reads the rules table anyway.
        const QJsonObject body = parsed(serializeStatusChange(twoNumbers(ChangeType::Activate)));
        QVERIFY(!body.contains(QStringLiteral("AreaCode")));
        QVERIFY(!body.contains(QStringLiteral("ZipCode")));
        QVERIFY(!body.value(QStringLiteral("PhoneNumbers"))
                     .toArray()
                     .first()
                     .toObject()
                     .contains(QStringLiteral("ICCID")));
    }

    void serialize_effectiveDate_isAlwaysTwoDigitMonthAndDay()
    {
        ValidatedRequest request = twoNumbers(ChangeType::Park);
        request.effectiveDate = QDate(2027, 3, 5);
        QCOMPARE(parsed(serializeStatusChange(request)).value(QStringLiteral("EffectiveDate")).toString(),
            QStringLiteral("03/05/2027"));
    }

    void serialize_valuesAreEscaped()
    {
        ValidatedRequest request = twoNumbers(ChangeType::Swap);
        request.areaCode = QStringLiteral("2\"0\\1");
        const QByteArray body = serializeStatusChange(request);
        QCOMPARE(parsed(body).value(QStringLiteral("AreaCode")).toString(), request.areaCode);
    }
};

QTEST_GUILESS_MAIN(TestRequestSerializer)
#include "tst_requestserializer.moc"
