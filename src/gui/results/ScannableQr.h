#pragma once

// A QR code ready to be shown for a phone to scan: one pixel per module with a white quiet zone, so
// it can be enlarged by whole factors and stay crisp. Built from the image the server sent: when it
// decodes, the text is re-encoded (a clean, logo-free grid, whatever blur or logo the original had);
// when it does not, the original is kept on a wide white margin and marked unverified.
// Used by the scan view (the eSIM code, and the install link's code) and its tests. The decoded text
// is an activation code: it is kept for manual entry and cards, and never logged.

#include <QImage>
#include <QString>
#include <optional>

namespace nd {

class ScannableQr final
{
public:
    ScannableQr() = default;
    static ScannableQr fromDownloadedImage(const QImage &image);
    // A code of our own making (an install link): always verified.
    static ScannableQr fromText(const QString &text);

    bool isNull() const { return m_modules.isNull(); }
    // True when the image was read back and re-encoded; false means "shown as received".
    bool isVerified() const { return m_verified; }
    // A problem worth telling the agent (could not verify, not an eSIM code), or empty.
    QString warning() const { return m_warning; }
    // Side of the unscaled grid in "modules" (quiet zone included). For an unverified image this is
    // the padded image's size in pixels, which is a whole number of its modules.
    int moduleCount() const { return m_modules.width(); }
    const QImage &modules() const { return m_modules; }
    // What the image decoded to (nullopt when it did not): read by manual entry, never shown as a link.
    const std::optional<QString> &decodedText() const { return m_text; }

    // Largest whole factor at which the code fits in a square of `pixels` (at least 1).
    int factorFor(int pixels) const;
    // Scaled by factorFor(pixels), no smoothing, black on white.
    QImage rendered(int pixels) const;

private:
    QImage m_modules;
    bool m_verified = false;
    std::optional<QString> m_text;
    QString m_warning;
};

} // namespace nd
