#include "gui/results/ScannableQr.h"

#include "qr/ActivationCode.h"
#include "qr/QrCodec.h"

#include <QCoreApplication>
#include <QPainter>
#include <cmath>

namespace nd {

namespace {

// The smallest QR code (version 1) has 21 modules per side: assuming it gives the widest possible
// module, so the margin is at least QuietZoneModules whatever the real version is.
constexpr int SmallestSymbolModules = 21;

QImage onWhiteMargin(const QImage &image)
{
    const int side = qMax(image.width(), image.height());
    const int margin = int(std::ceil(double(side) * QrCodec::QuietZoneModules / SmallestSymbolModules));
    QImage padded(side + 2 * margin, side + 2 * margin, QImage::Format_RGB32);
    padded.fill(Qt::white);
    QPainter painter(&padded);
    // Centred on white: a transparent PNG shows black on white, not on the theme's colour.
    painter.drawImage(margin + (side - image.width()) / 2, margin + (side - image.height()) / 2, image);
    return padded;
}

} // namespace

ScannableQr ScannableQr::fromDownloadedImage(const QImage &image)
{
    ScannableQr qr;
    if (image.isNull())
        return qr;
    const std::optional<QString> text = QrCodec::decode(image);
    const QImage reencoded = text ? QrCodec::encode(*text) : QImage();
    if (reencoded.isNull()) {
        qr.m_modules = onWhiteMargin(image);
        qr.m_warning = QCoreApplication::translate("nd::ScannableQr",
            "This QR code could not be checked: it is shown exactly as received. If the "
            "phone does not recognise it, contact support before trying again.");
        return qr;
    }
    qr.m_modules = reencoded.convertToFormat(QImage::Format_RGB32);
    qr.m_verified = true;
    qr.m_text = text;
    if (!ActivationCode::isWellFormed(*text))
        qr.m_warning = QCoreApplication::translate("nd::ScannableQr",
            "This QR code does not hold an eSIM activation code; the phone may not accept it.");
    return qr;
}

ScannableQr ScannableQr::fromText(const QString &text)
{
    ScannableQr qr;
    const QImage encoded = QrCodec::encode(text);
    if (encoded.isNull())
        return qr;
    qr.m_modules = encoded.convertToFormat(QImage::Format_RGB32);
    qr.m_verified = true;
    qr.m_text = text;
    return qr;
}

int ScannableQr::factorFor(int pixels) const
{
    if (isNull())
        return 1;
    return qMax(1, pixels / qMax(m_modules.width(), m_modules.height()));
}

QImage ScannableQr::rendered(int pixels) const
{
    return QrCodec::scaledForScanning(m_modules, pixels);
}

} // namespace nd
