#include "qr/ActivationCode.h"

#include <QTest>

using nd::ActivationCode;

class TestActivationCode final : public QObject
{
    Q_OBJECT

private slots:
    void parse_validCodes_data();
    void parse_validCodes();
    void parse_invalidCodes_data();
    void parse_invalidCodes();
    void toString_roundTrips();
};

void TestActivationCode::parse_validCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("matchingId");
    QTest::addColumn<QString>("oid");
    QTest::addColumn<bool>("confirmation");
    QTest::newRow("vendor") << QStringLiteral("LPA:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN")
                            << QStringLiteral("T-MOBILE.IDEMIA.IO")
                            << QStringLiteral("LX9G1-Q12VI-CIIWA-WAQIN") << QString() << false;
    QTest::newRow("with oid") << QStringLiteral("LPA:1$smdp.example.com$ABC$1.3.6.1.4.1.31746")
                              << QStringLiteral("smdp.example.com") << QStringLiteral("ABC")
                              << QStringLiteral("1.3.6.1.4.1.31746") << false;
    QTest::newRow("oid and confirmation")
        << QStringLiteral("LPA:1$smdp.example.com$ABC$1.3.6$1") << QStringLiteral("smdp.example.com")
        << QStringLiteral("ABC") << QStringLiteral("1.3.6") << true;
    QTest::newRow("confirmation without oid")
        << QStringLiteral("LPA:1$smdp.example.com$ABC$$1") << QStringLiteral("smdp.example.com")
        << QStringLiteral("ABC") << QString() << true;
    QTest::newRow("empty matching id")
        << QStringLiteral("LPA:1$smdp.example.com$") << QStringLiteral("smdp.example.com") << QString()
        << QString() << false;
    QTest::newRow("lowercase scheme")
        << QStringLiteral("lpa:1$smdp.example.com$ABC") << QStringLiteral("smdp.example.com")
        << QStringLiteral("ABC") << QString() << false;
    QTest::newRow("mixed-case scheme, oid and confirmation")
        << QStringLiteral("Lpa:1$smdp.example.com$ABC-123$1.3.6.1.4.1.31746$1")
        << QStringLiteral("smdp.example.com") << QStringLiteral("ABC-123")
        << QStringLiteral("1.3.6.1.4.1.31746") << true;
    QTest::newRow("spaces around") << QStringLiteral("  LPA:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN ")
                                   << QStringLiteral("T-MOBILE.IDEMIA.IO")
                                   << QStringLiteral("LX9G1-Q12VI-CIIWA-WAQIN") << QString() << false;
    QTest::newRow("line break and tab around, as pasted from an e-mail")
        << QStringLiteral("\tLPA:1$smdp.example.com$ABC$$1\r\n") << QStringLiteral("smdp.example.com")
        << QStringLiteral("ABC") << QString() << true;
    QTest::newRow("lowercase matching id")
        << QStringLiteral("LPA:1$smdp.example.com$abc-def") << QStringLiteral("smdp.example.com")
        << QStringLiteral("abc-def") << QString() << false;
    QTest::newRow("empty matching id, confirmation")
        << QStringLiteral("LPA:1$smdp.example.com$$$1") << QStringLiteral("smdp.example.com") << QString()
        << QString() << true;
    QTest::newRow("three-label host with hyphens")
        << QStringLiteral("LPA:1$rsp-0001.oberthur.net$0000-ABCD-1234-EFGH")
        << QStringLiteral("rsp-0001.oberthur.net") << QStringLiteral("0000-ABCD-1234-EFGH") << QString()
        << false;
}

void TestActivationCode::parse_validCodes()
{
    QFETCH(QString, text);
    const std::optional<ActivationCode> code = ActivationCode::parse(text);
    QVERIFY(code.has_value());
    QFETCH(QString, address);
    QFETCH(QString, matchingId);
    QFETCH(QString, oid);
    QFETCH(bool, confirmation);
    QCOMPARE(code->smdpAddress, address);
    QCOMPARE(code->matchingId, matchingId);
    QCOMPARE(code->oid, oid);
    QCOMPARE(code->confirmationCodeRequired, confirmation);
    QVERIFY(ActivationCode::isWellFormed(text));
}

void TestActivationCode::parse_invalidCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no scheme") << QStringLiteral("1$smdp.example.com$ABC");
    QTest::newRow("version 2") << QStringLiteral("LPA:2$smdp.example.com$ABC");
    QTest::newRow("no matching id part") << QStringLiteral("LPA:1$smdp.example.com");
    QTest::newRow("empty address") << QStringLiteral("LPA:1$$ABC");
    QTest::newRow("address with scheme") << QStringLiteral("LPA:1$https://smdp.example.com$ABC");
    QTest::newRow("address without dot") << QStringLiteral("LPA:1$localhost$ABC");
    QTest::newRow("bad matching id") << QStringLiteral("LPA:1$smdp.example.com$AB C");
    QTest::newRow("bad oid") << QStringLiteral("LPA:1$smdp.example.com$ABC$oid");
    QTest::newRow("empty oid alone") << QStringLiteral("LPA:1$smdp.example.com$ABC$");
    QTest::newRow("bad confirmation flag") << QStringLiteral("LPA:1$smdp.example.com$ABC$1.2$0");
    QTest::newRow("too many parts") << QStringLiteral("LPA:1$smdp.example.com$ABC$1.2$1$x");
    // Found by fuzz_activation_code: "$" in a pattern also matches before a final line break. (A line
    // break around the whole code is trimmed, as pasted; inside a part it is refused.)
    QTest::newRow("matching id then line break") << QStringLiteral("LPA:1$smdp.example.com$ABC\n$1.2");
    QTest::newRow("address then line break") << QStringLiteral("LPA:1$smdp.example.com\n$ABC");
    QTest::newRow("oid then line break") << QStringLiteral("LPA:1$smdp.example.com$ABC$1.2\n$1");
    QTest::newRow("url") << QStringLiteral("https://quickchart.io/qr?text=LPA:1$T-MOBILE.IDEMIA.IO$LX9G1");
    QTest::newRow("only spaces") << QStringLiteral("   ");
    QTest::newRow("space inside the matching id") << QStringLiteral("LPA:1$smdp.example.com$ABC DEF");
    QTest::newRow("space after the scheme") << QStringLiteral("LPA: 1$smdp.example.com$ABC");
    QTest::newRow("confirmation flag where the oid goes") << QStringLiteral("LPA:1$smdp.example.com$ABC$1");
    QTest::newRow("empty oid and empty flag") << QStringLiteral("LPA:1$smdp.example.com$ABC$$");
    QTest::newRow("flag 0") << QStringLiteral("LPA:1$smdp.example.com$ABC$$0");
    QTest::newRow("address with port") << QStringLiteral("LPA:1$smdp.example.com:443$ABC");
    QTest::newRow("matching id with dollar-free symbols") << QStringLiteral("LPA:1$smdp.example.com$AB_C");
    QTest::newRow("matching id over 255")
        << QStringLiteral("LPA:1$smdp.example.com$") + QString(256, QLatin1Char('A'));
    QTest::newRow("percent-encoded") << QStringLiteral("LPA%3A1%24smdp.example.com%24ABC");
    QTest::newRow("install link") << QStringLiteral(
        "https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=LPA:1$smdp.example.com$ABC");
}

void TestActivationCode::parse_invalidCodes()
{
    QFETCH(QString, text);
    QVERIFY(!ActivationCode::parse(text).has_value());
    QVERIFY(!ActivationCode::isWellFormed(text));
}

void TestActivationCode::toString_roundTrips()
{
    for (const QString &text : {QStringLiteral("LPA:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN"),
             QStringLiteral("LPA:1$smdp.example.com$ABC$1.3.6$1"),
             QStringLiteral("LPA:1$smdp.example.com$ABC$$1")}) {
        QCOMPARE(ActivationCode::parse(text)->toString(), text);
    }
    // Spaces and the scheme's case are not kept: the canonical form is what QR codes and links carry.
    QCOMPARE(ActivationCode::parse(QStringLiteral(" lpa:1$smdp.example.com$ABC\n"))->toString(),
        QStringLiteral("LPA:1$smdp.example.com$ABC"));
}

QTEST_GUILESS_MAIN(TestActivationCode)
#include "tst_activationcode.moc"
