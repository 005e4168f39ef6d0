// A QR code image as the QR download receives it: any bytes loaded as an image (PNG, JPEG, GIF, … as
// QImage reads them), and the same bytes taken as raw grey pixels so the decoder itself sees arbitrary
// pictures, not only the few inputs that happen to be valid image files. What decodes is re-encoded and
// checked as an activation code, as the results view does.

#include "FuzzInput.h"
#include "qr/ActivationCode.h"
#include "qr/QrCodec.h"

#include <QImage>
#include <cmath>

namespace {

void decodeAndCheck(const QImage &image)
{
    const std::optional<QString> text = nd::QrCodec::decode(image);
    if (!text)
        return;
    (void)nd::ActivationCode::isWellFormed(*text);
    const QImage modules = nd::QrCodec::encode(*text);
    // What was read from a QR code fits in one: the results view shows the re-encoded code.
    nd::fuzz::require(!modules.isNull(), "decoded text encodes again");
    nd::fuzz::require(nd::QrCodec::decode(modules) == text, "a re-encoded code reads back the same");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QImage file;
    if (file.loadFromData(data, static_cast<int>(size)))
        decodeAndCheck(file);

    // The largest square the bytes fill, one byte per pixel.
    const int side = static_cast<int>(std::sqrt(static_cast<double>(size)));
    if (side > 0)
        decodeAndCheck(QImage(data, side, side, side, QImage::Format_Grayscale8));
    return 0;
}
