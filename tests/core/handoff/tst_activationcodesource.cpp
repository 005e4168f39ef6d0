// Where manual entry and cards take the activation code from: the decoded QR image first, the QR
// URL's `text=` (the vendor's quickchart.io example) only as a fall-back, and a warning when they differ.

#include "handoff/ActivationCodeSource.h"

#include <QTest>

using namespace nd;
using Origin = ResolvedActivationCode::Origin;

Q_DECLARE_METATYPE(std::optional<QString>)

namespace {
const QString VendorCode = QStringLiteral("LPA:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN");
// The provision response's QR URL exactly as the vendor documents it: the code not percent-encoded.
const QUrl VendorUrl(QStringLiteral(
    "https://quickchart.io/qr?text=LPA:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN&centerImageUrl=https://"
    "joonto.com/wp-content/uploads/2022/07/cropped-Joonto-2022-Square-Icon-Black-Background.png&ecLevel=H&"
    "format=png&centerImageSizeRatio=.3"));
} // namespace

class ActivationCodeSourceTest final : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data()
    {
        QTest::addColumn<std::optional<QString>>("imageText");
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("expected"); // empty: no code
        QTest::addColumn<int>("origin");
        QTest::addColumn<bool>("disagrees");
        const std::optional<QString> none;
        const QString other = QStringLiteral("LPA:1$SMDP.OTHER.EXAMPLE$AAAAA-BBBBB");
        const QUrl sandboxUrl(QStringLiteral("http://127.0.0.1:8080/sandbox-qr/0123abcd.png"));
        QTest::newRow("image only") << std::optional(VendorCode) << sandboxUrl << VendorCode
                                    << int(Origin::Image) << false;
        QTest::newRow("image and url agree")
            << std::optional(VendorCode) << VendorUrl << VendorCode << int(Origin::Image) << false;
        QTest::newRow("image and url agree but for case and spaces")
            << std::optional(QStringLiteral(" lpa:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN")) << VendorUrl
            << VendorCode << int(Origin::Image) << false;
        QTest::newRow("image and url disagree: the image wins")
            << std::optional(other) << VendorUrl << other << int(Origin::Image) << true;
        QTest::newRow("image did not decode: the url")
            << none << VendorUrl << VendorCode << int(Origin::Url) << false;
        QTest::newRow("image holds no code: the url")
            << std::optional(QStringLiteral("hello")) << VendorUrl << VendorCode << int(Origin::Url) << false;
        QTest::newRow("url percent-encoded")
            << none
            << QUrl(QStringLiteral(
                   "https://quickchart.io/qr?text=LPA%3A1%24T-MOBILE.IDEMIA.IO%24LX9G1-Q12VI-CIIWA-WAQIN"))
            << VendorCode << int(Origin::Url) << false;
        QTest::newRow("neither") << none << sandboxUrl << QString() << int(Origin::None) << false;
        QTest::newRow("url text is not a code")
            << none << QUrl(QStringLiteral("https://quickchart.io/qr?text=hello")) << QString()
            << int(Origin::None) << false;
        QTest::newRow("no url") << none << QUrl() << QString() << int(Origin::None) << false;
    }
    void resolve()
    {
        QFETCH(std::optional<QString>, imageText);
        QFETCH(QUrl, url);
        QFETCH(QString, expected);
        QFETCH(int, origin);
        QFETCH(bool, disagrees);
        const ResolvedActivationCode resolved = resolveActivationCode(imageText, url);
        QCOMPARE(resolved.code ? resolved.code->toString() : QString(), expected);
        QCOMPARE(int(resolved.origin), origin);
        QCOMPARE(resolved.urlDisagrees, disagrees);
    }

    void vendorUrl_textIsTheVendorsCode()
    {
        const std::optional<ActivationCode> code = activationCodeInUrl(VendorUrl);
        QVERIFY(code);
        QCOMPARE(code->smdpAddress, QStringLiteral("T-MOBILE.IDEMIA.IO"));
        QCOMPARE(code->matchingId, QStringLiteral("LX9G1-Q12VI-CIIWA-WAQIN"));
    }
};

QTEST_GUILESS_MAIN(ActivationCodeSourceTest)
#include "tst_activationcodesource.moc"
