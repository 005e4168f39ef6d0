#pragma once

// Turns text into a QR code image and back, hiding ZXing behind Qt types. Used by the sandbox to
// render activation codes, by the GUI to show a scannable code, and by tests to read a PNG back.
//
// encode() returns ONE PIXEL PER MODULE, the white quiet zone of QuietZoneModules included, so the
// image width is the module count: scaledForScanning() can then scale by a whole factor and every
// module stays a crisp square (smoothing or fractional factors blur edges and phones fail to scan).

#include <QImage>
#include <QString>
#include <optional>

namespace nd {

class QrCodec final
{
public:
    // The quiet zone ISO/IEC 18004 asks for around the symbol.
    static constexpr int QuietZoneModules = 4;

    // Error correction level M (~15% recoverable). The vendor's renderer uses H because it pastes a
    // logo over the centre; we draw no logo, and M keeps the symbol smaller, so each module is larger
    // on screen for the same display size, which is what phone cameras need most.
    // Returns a null image when the text cannot be encoded (too long for a QR code).
    static QImage encode(const QString &text);

    // Modules per side, quiet zone included (== width of an encode() image).
    static int moduleCount(const QImage &encoded) { return encoded.width(); }

    // Scales by the largest whole factor that fits in targetPixels (at least 1), no smoothing.
    static QImage scaledForScanning(const QImage &modules, int targetPixels);

    // Reads the first QR code found in any image (any format, any scale). nullopt when none.
    static std::optional<QString> decode(const QImage &image);
};

} // namespace nd
