// The customer card rendered at printer resolutions into an image: each QR code cut out of it reads
// back (ZXing) as exactly the activation code or the install link; the eSIM code's symbol is at least
// 3 cm wide, every module a whole number of dots, pure black or white, with its white quiet zone.

#include "handoff/CustomerCardPainter.h"
#include "handoff/InstallLink.h"
#include "qr/QrCodec.h"

#include <QGuiApplication>
#include <QPainter>
#include <QTest>

using namespace nd;

namespace {

CustomerCard sampleCard(const QString &code)
{
    CustomerCard card;
    card.phoneNumber = QStringLiteral("+12016093801");
    card.code = ActivationCode::parse(code);
    card.orderId = QStringLiteral("JNUOID-9df281cc-82ac-48fc-b8bf-edc0a5547f04");
    card.orderDate = QDate(2025, 5, 15);
    card.supportLine = QStringLiteral("Questions? Call 1-800-555-0199");
    return card;
}

QImage pageAt(int dpi, const QSizeF &mm)
{
    QImage image(qRound(mm.width() * dpi / 25.4), qRound(mm.height() * dpi / 25.4), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    return image;
}

QRect darkBounds(const QImage &image)
{
    QRect bounds;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 128)
                bounds |= QRect(x, y, 1, 1);
    return bounds;
}

// The QR code cut from the card: decodes to `text`, has whole-dot uniform modules and its quiet zone.
void checkQr(const QImage &card, const QRect &rect, int dots, const QString &text)
{
    QVERIFY(!rect.isNull());
    QVERIFY(card.rect().contains(rect));
    const QImage cut = card.copy(rect);
    QCOMPARE(QrCodec::decode(cut), std::optional<QString>(text));

    const QImage modules = QrCodec::encode(text);
    QCOMPARE(rect.width(), modules.width() * dots);
    const QRect dark = darkBounds(cut);
    const int quiet = QrCodec::QuietZoneModules * dots;
    QVERIFY(dark.left() >= quiet && dark.top() >= quiet);
    QVERIFY(cut.width() - 1 - dark.right() >= quiet && cut.height() - 1 - dark.bottom() >= quiet);
    QCOMPARE(dark.width() % dots, 0);
    // Each module one flat block of pure black or white: no smoothing, and no text run into the code.
    for (int my = 0; my < modules.height(); ++my) {
        for (int mx = 0; mx < modules.width(); ++mx) {
            const QRgb expected = qGray(modules.pixel(mx, my)) < 128 ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
            for (int dy = 0; dy < dots; ++dy)
                for (int dx = 0; dx < dots; ++dx)
                    if (cut.pixel(mx * dots + dx, my * dots + dy) != expected)
                        QFAIL(qPrintable(QStringLiteral("module %1,%2 is not uniform").arg(mx).arg(my)));
        }
    }
}

} // namespace

class CustomerCardPainterTest final : public QObject
{
    Q_OBJECT

private slots:
    void card_eachQrCodeCutFromIt_decodesToTheCodeAndTheLink_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QString>("code");
        const QString vendor = QStringLiteral("LPA:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN");
        QTest::newRow("300 dpi, vendor code") << 300 << 1.0 << vendor;
        QTest::newRow("300 dpi, one card a page") << 300 << 1.8 << vendor;
        QTest::newRow("300 dpi, oid and confirmation")
            << 300 << 1.0
            << QStringLiteral("LPA:1$smdp.example.com$K2X9P-4QZ7M-LW3RT-8HN5D$1.3.6.1.4.1.31746$1");
        QTest::newRow("600 dpi") << 600 << 1.0 << vendor;
    }
    void card_eachQrCodeCutFromIt_decodesToTheCodeAndTheLink()
    {
        QFETCH(int, dpi);
        QFETCH(double, scale);
        QFETCH(QString, code);
        const CustomerCard card = sampleCard(code);
        const QSizeF cardMm(CustomerCardPainter::WidthMm * scale, CustomerCardPainter::HeightMm * scale);
        QImage image = pageAt(dpi, cardMm);
        CustomerCardPainter::Painted painted;
        {
            QPainter painter(&image);
            painted = CustomerCardPainter::paint(
                painter, QRectF(QPointF(0, 0), QSizeF(image.size())), card, scale);
        }
        checkQr(image, painted.codeQr, painted.codeDotsPerModule, card.code->toString());
        checkQr(image, painted.linkQr, painted.linkDotsPerModule,
            installLink(*card.code, InstallPlatform::Iphone));

        // At least 3 cm of symbol (quiet zone not counted) for the eSIM code, on paper.
        const int symbolDots
            = painted.codeQr.width() - 2 * QrCodec::QuietZoneModules * painted.codeDotsPerModule;
        const double symbolMm = symbolDots * 25.4 / dpi;
        QVERIFY2(symbolMm >= CustomerCardPainter::MinimumSymbolMm, qPrintable(QString::number(symbolMm)));
        // Both codes, and what is written below them, stay on the card.
        QVERIFY(image.rect().contains(painted.codeQr.united(painted.linkQr)));
        QVERIFY(!painted.codeQr.intersects(painted.linkQr));
    }

    void cardWithoutCode_paintsNoQrCodeAndNoCrash()
    {
        CustomerCard card = sampleCard(QString());
        QVERIFY(!card.code);
        card.unavailableReason = QStringLiteral("This QR code is no longer available.");
        QImage image = pageAt(300, QSizeF(CustomerCardPainter::WidthMm, CustomerCardPainter::HeightMm));
        QPainter painter(&image);
        const CustomerCardPainter::Painted painted
            = CustomerCardPainter::paint(painter, QRectF(QPointF(0, 0), QSizeF(image.size())), card);
        painter.end();
        QVERIFY(painted.codeQr.isNull());
        QVERIFY(painted.linkQr.isNull());
        QVERIFY(!QrCodec::decode(image));
        QVERIFY(!darkBounds(image).isNull()); // the reason and the number are written
    }
};

QTEST_MAIN(CustomerCardPainterTest)
#include "tst_customercardpainter.moc"
