#include "gui/results/QrThumbnail.h"

#include <QList>
#include <QPainter>

namespace nd {

namespace {

// For each target pixel along one side, the source pixels [begin, end) it covers (at least one).
QList<std::pair<int, int>> spans(int sourceLength, int targetLength)
{
    QList<std::pair<int, int>> result;
    result.reserve(targetLength);
    for (int i = 0; i < targetLength; ++i) {
        const int begin = int(qint64(i) * sourceLength / targetLength);
        const int end = int(qint64(i + 1) * sourceLength / targetLength);
        result.append({begin, qMax(begin + 1, end)});
    }
    return result;
}

// Box average of 8-bit grey: each target pixel is the mean of the source pixels it covers.
QImage averageGrey(const QImage &grey, const QSize &target)
{
    const QList<std::pair<int, int>> columns = spans(grey.width(), target.width());
    const QList<std::pair<int, int>> rows = spans(grey.height(), target.height());
    QImage result(target, QImage::Format_Grayscale8);
    for (int y = 0; y < target.height(); ++y) {
        const auto [top, bottom] = rows.at(y);
        uchar *out = result.scanLine(y);
        for (int x = 0; x < target.width(); ++x) {
            const auto [left, right] = columns.at(x);
            int sum = 0;
            for (int sy = top; sy < bottom; ++sy) {
                const uchar *in = grey.constScanLine(sy);
                for (int sx = left; sx < right; ++sx)
                    sum += in[sx];
            }
            out[x] = uchar(sum / ((bottom - top) * (right - left)));
        }
    }
    return result;
}

} // namespace

QImage qrThumbnail(const QImage &image, int side)
{
    if (image.isNull() || side < 1)
        return {};
    const QSize target = image.size().scaled(side, side, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    const bool shrinking = target.width() <= image.width() && target.height() <= image.height();
    if (shrinking && image.format() == QImage::Format_Grayscale8)
        return averageGrey(image, target);
    // Anything else: 32-bit, put on white if it has transparency, then Qt's smooth scaler (area
    // averaging when shrinking).
    QImage opaque(image.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    QPainter(&opaque).drawImage(0, 0, image);
    return opaque.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace nd
