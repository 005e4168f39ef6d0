#pragma once

// Paints one customer card onto any QPainter: a printer, a PDF page, or an image in the tests. The
// layout is in millimetres of a 95 x 125 mm card, scaled to the space given; the QR codes are the
// exception to scaling: each module is a whole number of device dots (a printer cannot print 10.6
// dots, and rounding module by module makes them uneven), the eSIM code's symbol is at least 3 cm wide
// and both keep their four-module white quiet zone, which nothing else is drawn into.

#include "handoff/CustomerCard.h"

#include <QCoreApplication>
#include <QRect>
#include <QSizeF>

class QPainter;

namespace nd {

class CustomerCardPainter final
{
    Q_DECLARE_TR_FUNCTIONS(nd::CustomerCardPainter)

public:
    static constexpr double WidthMm = 95;
    static constexpr double HeightMm = 125;
    // ISO/IEC 18004 gives no minimum, but phones read a symbol of 3 cm from paper at arm's length.
    static constexpr double MinimumSymbolMm = 30;

    // Where the QR codes went, in device coordinates (quiet zone included), for the tests to cut out.
    struct Painted
    {
        QRect codeQr; // the activation code; null when the card has none
        QRect linkQr; // the iPhone install link; null when there was no room or no code
        int codeDotsPerModule = 0;
        int linkDotsPerModule = 0;
    };

    // Paints `card` into `cardRect` (device coordinates of the painter's device, whose logical DPI sets
    // what a millimetre is). `scale` enlarges the layout (1 = 95 x 125 mm). The painter must not be
    // scaled or rotated: whole device dots per module are counted in its device's own units.
    static Painted paint(
        QPainter &painter, const QRectF &cardRect, const CustomerCard &card, double scale = 1);
};

} // namespace nd
