#pragma once

// The small preview of a QR code in the results list, made once per image: smoothly downscaled
// (area averaging, so modules under 3 px still read as a code), opaque on white (the list draws it
// in a white box). Greyscale images, what QR services usually send, are averaged directly in 8 bits:
// going through Qt's 32-bit smooth scaling cost several times more, for each of a large order's
// images, on the GUI thread (bench_results, perf). Used by NumberResultDelegate.

#include <QImage>

namespace nd {

// `image` scaled to fit side x side, aspect kept. Null for a null image.
QImage qrThumbnail(const QImage &image, int side);

} // namespace nd
