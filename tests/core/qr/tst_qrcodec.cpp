#include "qr/QrCodec.h"

#include <QTest>

using nd::QrCodec;

class TestQrCodec final : public QObject
{
    Q_OBJECT

private slots:
    void encodeThenDecode_roundTrips_data();
    void encodeThenDecode_roundTrips();
    void encode_quietZoneIsWhite();
    void encode_onePixelPerModule();
    void scaledForScanning_usesLargestWholeFactor_data();
    void scaledForScanning_usesLargestWholeFactor();
    void scaledForScanning_stillDecodes();
    void decode_imageWithoutCode_isNullopt();
    void encode_textTooLong_isNullImage();
};

void TestQrCodec::encodeThenDecode_roundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("vendor example") << QStringLiteral("LPA:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN");
    QTest::newRow("sandbox") << QStringLiteral("LPA:1$SMDP.SANDBOX.NUMBERDESK.TEST$AB12C-DE34F-GH56I-JK78L");
    QTest::newRow("with oid and confirmation")
        << QStringLiteral("LPA:1$smdp.example.com$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746$1");
    QTest::newRow("long") << (QStringLiteral("LPA:1$smdp.example.com$") + QString(200, QLatin1Char('A')));
    QTest::newRow("plain text") << QStringLiteral("hello");
}

void TestQrCodec::encodeThenDecode_roundTrips()
{
    QFETCH(QString, text);
    const QImage image = QrCodec::encode(text);
    QVERIFY(!image.isNull());
    QCOMPARE(QrCodec::decode(image), std::optional<QString>(text));
}

void TestQrCodec::encode_quietZoneIsWhite()
{
    const QImage image = QrCodec::encode(QStringLiteral("LPA:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN"));
    const int q = QrCodec::QuietZoneModules;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool inQuietZone = x < q || y < q || x >= image.width() - q || y >= image.height() - q;
            if (inQuietZone)
                QCOMPARE(qGray(image.pixel(x, y)), 255);
        }
    }
    // The finder pattern's corner module sits right inside the quiet zone and is black.
    QCOMPARE(qGray(image.pixel(q, q)), 0);
}

void TestQrCodec::encode_onePixelPerModule()
{
    const QImage image = QrCodec::encode(QStringLiteral("hello"));
    // Version 1 is 21 modules; plus 4 quiet-zone modules on each side.
    QCOMPARE(image.width(), 21 + 2 * QrCodec::QuietZoneModules);
    QCOMPARE(image.height(), image.width());
    QCOMPARE(QrCodec::moduleCount(image), image.width());
}

void TestQrCodec::scaledForScanning_usesLargestWholeFactor_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("expectedSide");
    // "hello" encodes to 29 modules including the quiet zone.
    QTest::newRow("exact") << 290 << 290;
    QTest::newRow("rounds down") << 300 << 290;
    QTest::newRow("just under two") << 57 << 29;
    QTest::newRow("smaller than code") << 10 << 29;
}

void TestQrCodec::scaledForScanning_usesLargestWholeFactor()
{
    QFETCH(int, target);
    QFETCH(int, expectedSide);
    const QImage modules = QrCodec::encode(QStringLiteral("hello"));
    const QImage scaled = QrCodec::scaledForScanning(modules, target);
    QCOMPARE(scaled.width(), expectedSide);
    QCOMPARE(scaled.height(), expectedSide);
    const int factor = scaled.width() / modules.width();
    // No smoothing: each pixel equals its module.
    for (int y = 0; y < scaled.height(); y += 3) {
        for (int x = 0; x < scaled.width(); x += 3)
            QCOMPARE(qGray(scaled.pixel(x, y)), qGray(modules.pixel(x / factor, y / factor)));
    }
}

void TestQrCodec::scaledForScanning_stillDecodes()
{
    const QString text = QStringLiteral("LPA:1$SMDP.SANDBOX.NUMBERDESK.TEST$AB12C-DE34F-GH56I-JK78L");
    const QImage scaled = QrCodec::scaledForScanning(QrCodec::encode(text), 400);
    QCOMPARE(QrCodec::decode(scaled), std::optional<QString>(text));
    // And after the round trip through RGB32, as a PNG would give it back.
    QCOMPARE(QrCodec::decode(scaled.convertToFormat(QImage::Format_RGB32)), std::optional<QString>(text));
}

void TestQrCodec::decode_imageWithoutCode_isNullopt()
{
    QImage blank(100, 100, QImage::Format_RGB32);
    blank.fill(Qt::white);
    QCOMPARE(QrCodec::decode(blank), std::nullopt);
    QCOMPARE(QrCodec::decode(QImage()), std::nullopt);
}

void TestQrCodec::encode_textTooLong_isNullImage()
{
    QVERIFY(QrCodec::encode(QString(5000, QLatin1Char('x'))).isNull());
}

QTEST_GUILESS_MAIN(TestQrCodec)
#include "tst_qrcodec.moc"
