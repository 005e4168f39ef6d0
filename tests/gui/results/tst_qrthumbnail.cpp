// qrThumbnail: the list's QR preview is still a readable code, on white, at the list's size, for
// the 8-bit grey images QR services send (averaged directly) and for anything else.

#include "gui/results/QrThumbnail.h"
#include "qr/QrCodec.h"

#include <QPainter>
#include <QtTest>

using namespace nd;

namespace {

const QString Code = QStringLiteral("LPA:1$SMDP.SANDBOX.NUMBERDESK.TEST$ABCDE-FGHIJ-KLMNO-PQRST");
constexpr int Side = 112;

// What the sandbox serves: 6 pixels per module, 8-bit grey.
QImage servedImage()
{
    const QImage modules = QrCodec::encode(Code);
    return QrCodec::scaledForScanning(modules, QrCodec::moduleCount(modules) * 6);
}

} // namespace

class QrThumbnailTest final : public QObject
{
    Q_OBJECT

private slots:
    void greyImage_isShrunkToTheSide_andStillDecodes()
    {
        const QImage served = servedImage();
        QCOMPARE(served.format(), QImage::Format_Grayscale8);
        const QImage thumbnail = qrThumbnail(served, Side);
        QCOMPARE(thumbnail.size(), QSize(Side, Side));
        QCOMPARE(QrCodec::decode(thumbnail), Code);
        // Smooth, not nearest-pixel: module edges that fall between pixels come out grey.
        bool anyGrey = false;
        for (int x = 0; x < Side && !anyGrey; ++x) {
            const int value = qGray(thumbnail.pixel(x, Side / 2));
            anyGrey = value > 40 && value < 215;
        }
        QVERIFY(anyGrey);
    }

    void uniformGrey_staysExactlyThatGrey()
    {
        QImage grey(246, 246, QImage::Format_Grayscale8);
        grey.fill(QColor(100, 100, 100));
        const QImage thumbnail = qrThumbnail(grey, Side);
        for (const QPoint &at : {QPoint(0, 0), QPoint(Side - 1, Side - 1), QPoint(50, 70)})
            QCOMPARE(qGray(thumbnail.pixel(at)), 100);
    }

    void transparentColourImage_isPutOnWhite_andStillDecodes()
    {
        // Dark modules on a transparent background, in colour: the white box must show through.
        const QImage served = servedImage();
        QImage transparent(served.size(), QImage::Format_ARGB32);
        for (int y = 0; y < served.height(); ++y) {
            for (int x = 0; x < served.width(); ++x)
                transparent.setPixel(
                    x, y, qGray(served.pixel(x, y)) < 128 ? qRgba(0, 0, 80, 255) : qRgba(0, 0, 0, 0));
        }
        const QImage thumbnail = qrThumbnail(transparent, Side);
        QCOMPARE(thumbnail.size(), QSize(Side, Side));
        QVERIFY(!thumbnail.hasAlphaChannel());
        QCOMPARE(QColor(thumbnail.pixel(0, 0)), QColor(Qt::white)); // the quiet zone
        QCOMPARE(QrCodec::decode(thumbnail), Code);
    }

    void smallOrOblongImages_fitTheSideWithTheirShape()
    {
        const QImage modules = QrCodec::encode(Code); // one pixel per module: enlarged
        QCOMPARE(qrThumbnail(modules, Side).size(), QSize(Side, Side));
        QImage wide(400, 200, QImage::Format_Grayscale8);
        wide.fill(Qt::white);
        QCOMPARE(qrThumbnail(wide, Side).size(), QSize(Side, Side / 2));
        QVERIFY(qrThumbnail(QImage(), Side).isNull());
    }
};

QTEST_MAIN(QrThumbnailTest)
#include "tst_qrthumbnail.moc"
