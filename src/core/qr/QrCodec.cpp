#include "qr/QrCodec.h"

// Opt in to ZXing's UTF-8 Result::text() now, as its 1.4 headers ask.
#define ZX_USE_UTF8 1
#include <QLoggingCategory>
#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <exception>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcQr, "numberdesk.core.qr")

// MultiFormatWriter's 0..8 scale; 4 maps to QR level M.
constexpr int EccLevelMedium = 4;

// The one difference between the ZXing-cpp versions we support (1.4 to 2.x) that touches us:
// 2.0 renamed DecodeHints to ReaderOptions (the old name is deprecated).
#if __has_include(<ZXing/ReaderOptions.h>)
using ReaderOptions = ZXing::ReaderOptions;
#else
using ReaderOptions = ZXing::DecodeHints;
#endif
} // namespace

QImage QrCodec::encode(const QString &text)
{
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setMargin(QuietZoneModules).setEccLevel(EccLevelMedium).setEncoding(ZXing::CharacterSet::UTF8);
        // A requested size of 0 lets ZXing use 1 pixel per module plus the margin.
        const ZXing::BitMatrix matrix = writer.encode(text.toStdWString(), 0, 0);
        QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
        for (int y = 0; y < matrix.height(); ++y) {
            uchar *line = image.scanLine(y);
            for (int x = 0; x < matrix.width(); ++x)
                line[x] = matrix.get(x, y) ? 0 : 255;
        }
        return image;
    } catch (const std::exception &e) {
        // Never log the text: it may be an activation code.
        qCWarning(lcQr) << "QR encoding failed:" << e.what();
        return {};
    }
}

QImage QrCodec::scaledForScanning(const QImage &modules, int targetPixels)
{
    if (modules.isNull())
        return {};
    const int factor = qMax(1, targetPixels / qMax(modules.width(), modules.height()));
    return modules.scaled(
        modules.width() * factor, modules.height() * factor, Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

std::optional<QString> QrCodec::decode(const QImage &image)
{
    if (image.isNull())
        return std::nullopt;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(
        gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    ReaderOptions options;
    options.setFormats(ZXing::BarcodeFormat::QRCode);
    options.setTryHarder(true);
    options.setTryRotate(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, options);
    if (!result.isValid())
        return std::nullopt;
    return QString::fromStdString(result.text());
}

} // namespace nd
