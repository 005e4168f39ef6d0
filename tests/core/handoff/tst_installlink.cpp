// Apple's and Google's eSIM install links: the exact form, the code percent-encoded, and a round trip
// (link -> code -> link) for every shape of activation code.

#include "handoff/InstallLink.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace nd;

class InstallLinkTest final : public QObject
{
    Q_OBJECT

private slots:
    void vendorCode_iphoneLinkIsExact()
    {
        const auto code
            = ActivationCode::parse(QStringLiteral("LPA:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN"));
        QCOMPARE(installLink(*code, InstallPlatform::Iphone),
            QStringLiteral("https://esimsetup.apple.com/esim_qrcode_provisioning?carddata="
                           "LPA%3A1%24T-MOBILE.IDEMIA.IO%24LX9G1-Q12VI-CIIWA-WAQIN"));
        QCOMPARE(installLink(*code, InstallPlatform::Android),
            QStringLiteral("https://esimsetup.android.com/esim_qrcode_provisioning?carddata="
                           "LPA%3A1%24T-MOBILE.IDEMIA.IO%24LX9G1-Q12VI-CIIWA-WAQIN"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("platform");
        for (const QString &code : {QStringLiteral("LPA:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN"),
                 QStringLiteral("LPA:1$smdp.example.com$ABC$1.3.6.1.4.1.31746"),
                 QStringLiteral("LPA:1$smdp.example.com$ABC$1.3.6$1"),
                 QStringLiteral("LPA:1$smdp.example.com$ABC$$1"), QStringLiteral("LPA:1$smdp.example.com$"),
                 QStringLiteral("lpa:1$smdp.example.com$abc-def")}) {
            QTest::addRow("iphone %s", qPrintable(code)) << code << int(InstallPlatform::Iphone);
            QTest::addRow("android %s", qPrintable(code)) << code << int(InstallPlatform::Android);
        }
    }
    void roundTrip()
    {
        QFETCH(QString, code);
        QFETCH(int, platform);
        const ActivationCode parsed = *ActivationCode::parse(code);
        const QString link = installLink(parsed, InstallPlatform(platform));

        // A valid URL that QUrl keeps byte for byte: what is copied is what a phone receives.
        const QUrl url(link, QUrl::StrictMode);
        QVERIFY2(url.isValid(), qPrintable(url.errorString()));
        QCOMPARE(url.toString(QUrl::FullyEncoded), link);
        // Nothing of the code is left raw in the query: no ':' or '$' for a scanner to cut at.
        const QString query = link.mid(link.indexOf(QLatin1Char('?')) + 1);
        QVERIFY(!query.contains(QLatin1Char('$')));
        QVERIFY(!query.contains(QLatin1Char(':')));
        // carddata decodes to the canonical code, and back to the same link.
        QCOMPARE(
            QUrlQuery(url).queryItemValue(QStringLiteral("carddata"), QUrl::FullyDecoded), parsed.toString());
        const std::optional<ActivationCode> back = activationCodeInInstallLink(link);
        QVERIFY(back);
        QCOMPARE(back->toString(), parsed.toString());
        QCOMPARE(installLink(*back, InstallPlatform(platform)), link);
    }

    void otherLinks_areRefused_data()
    {
        QTest::addColumn<QString>("link");
        QTest::newRow("other host") << QStringLiteral(
            "https://esimsetup.example.com/esim_qrcode_provisioning?carddata=LPA%3A1%24a.b%24C");
        QTest::newRow("plain http") << QStringLiteral(
            "http://esimsetup.apple.com/esim_qrcode_provisioning?carddata=LPA%3A1%24a.b%24C");
        QTest::newRow("no carddata") << QStringLiteral(
            "https://esimsetup.apple.com/esim_qrcode_provisioning?text=LPA%3A1%24a.b%24C");
        QTest::newRow("carddata not a code")
            << QStringLiteral("https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=hello");
        QTest::newRow("not a url") << QStringLiteral("LPA:1$a.b$C");
    }
    void otherLinks_areRefused()
    {
        QFETCH(QString, link);
        QVERIFY(!activationCodeInInstallLink(link));
    }
};

QTEST_GUILESS_MAIN(InstallLinkTest)
#include "tst_installlink.moc"
