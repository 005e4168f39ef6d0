#include "handoff/CustomerCardPainter.h"

#include "handoff/InstallLink.h"
#include "qr/QrCodec.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace nd {

namespace {

constexpr double PaddingMm = 5;
constexpr double GapMm = 3;
const QColor Ink(0x1a, 0x1a, 0x1a);
const QColor Muted(0x55, 0x55, 0x55);
const QColor Rule(0xb0, 0xb0, 0xb0);

// Millimetres of the unscaled card to device units, and the font sizes to match.
class CardRuler final
{
public:
    CardRuler(const QPaintDevice &device, double scale)
        : m_dotsPerMm(device.logicalDpiX() / 25.4), m_scale(scale)
    { }
    double mm(double millimetres) const { return millimetres * m_scale * m_dotsPerMm; }
    double unscaledMm(double millimetres) const { return millimetres * m_dotsPerMm; }
    QFont font(double points, bool bold = false, bool fixed = false) const
    {
        QFont font = fixed ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : QGuiApplication::font();
        font.setPointSizeF(points * m_scale);
        font.setBold(bold);
        return font;
    }

private:
    double m_dotsPerMm;
    double m_scale;
};

// Draws text wrapped into `width` from `top`; returns the height used.
double drawText(QPainter &painter, double left, double top, double width, const QString &text,
    const QFont &font, const QColor &colour, int flags = Qt::TextWordWrap)
{
    painter.setFont(font);
    painter.setPen(colour);
    const QRectF box(left, top, width, 1e6);
    const QRectF used = painter.boundingRect(box, flags | Qt::AlignLeft | Qt::AlignTop, text);
    painter.drawText(box, flags | Qt::AlignLeft | Qt::AlignTop, text);
    return used.height();
}

// A QR code at a whole number of dots per module from a whole-dot corner, the quiet zone painted white.
// The dark modules are one path of row runs: one fill, so no hairline seams between modules in a PDF.
QRect paintQr(QPainter &painter, QPoint topLeft, const QImage &modules, int dotsPerModule)
{
    const QRect rect(topLeft, QSize(modules.width(), modules.height()) * dotsPerModule);
    painter.fillRect(rect, Qt::white);
    QPainterPath dark;
    for (int y = 0; y < modules.height(); ++y) {
        const uchar *line = modules.constScanLine(y);
        for (int x = 0; x < modules.width();) {
            if (line[x] >= 128) {
                ++x;
                continue;
            }
            int end = x;
            while (end < modules.width() && line[end] < 128)
                ++end;
            dark.addRect(QRect(topLeft.x() + x * dotsPerModule, topLeft.y() + y * dotsPerModule,
                (end - x) * dotsPerModule, dotsPerModule));
            x = end;
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.fillPath(dark, Qt::black);
    painter.restore();
    return rect;
}

QImage grayModules(const QString &text)
{
    return QrCodec::encode(text).convertToFormat(QImage::Format_Grayscale8);
}

} // namespace

CustomerCardPainter::Painted CustomerCardPainter::paint(
    QPainter &painter, const QRectF &cardRect, const CustomerCard &card, double scale)
{
    Painted painted;
    const CardRuler ruler(*painter.device(), scale);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    // The card's edge doubles as the cut line when four share a page.
    painter.setPen(QPen(Rule, ruler.mm(0.3)));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(cardRect, ruler.mm(3), ruler.mm(3));

    const double left = cardRect.left() + ruler.mm(PaddingMm);
    const double width = cardRect.width() - 2 * ruler.mm(PaddingMm);
    double y = cardRect.top() + ruler.mm(PaddingMm);
    const auto rule = [&] {
        y += ruler.mm(1.5);
        painter.setPen(QPen(Rule, ruler.mm(0.2)));
        painter.drawLine(QPointF(left, y), QPointF(left + width, y));
        y += ruler.mm(1.5);
    };

    y += drawText(painter, left, y, width, tr("Your new eSIM"), ruler.font(8), Muted);
    y += drawText(painter, left, y, width, card.phoneNumber, ruler.font(16, true), Ink);
    rule();

    if (card.code) {
        const QString lpa = card.code->toString();
        const QImage codeModules = grayModules(lpa);
        const QImage linkModules = grayModules(installLink(*card.code, InstallPlatform::Iphone));
        const int symbolModules = codeModules.width() - 2 * QrCodec::QuietZoneModules;
        // Whole dots, rounded up so the symbol never falls below the minimum (nor below the scaled layout).
        const double minimumSymbol = qMax(ruler.unscaledMm(MinimumSymbolMm), ruler.mm(MinimumSymbolMm));
        const int codeDots = qMax(1, int(std::ceil(minimumSymbol / symbolModules)));
        const int codeSide = codeModules.width() * codeDots;
        // The link QR takes what is left of the row, at no larger a module than the code's.
        const double linkRoom = width - codeSide - ruler.mm(GapMm);
        const int linkDots = linkModules.isNull() ? 0 : qMin(codeDots, int(linkRoom / linkModules.width()));
        const QPoint codeCorner(qRound(left), qRound(y));
        painted.codeQr = paintQr(painter, codeCorner, codeModules, codeDots);
        painted.codeDotsPerModule = codeDots;
        if (linkDots >= 1) {
            const int linkSide = linkModules.width() * linkDots;
            painted.linkQr
                = paintQr(painter, QPoint(qRound(left + width) - linkSide, qRound(y)), linkModules, linkDots);
            painted.linkDotsPerModule = linkDots;
        }
        // Captions start below the taller of the two, so no text enters a quiet zone.
        const int captionTop = qMax(painted.codeQr.bottom(), painted.linkQr.bottom()) + 1;
        double below = drawText(painter, codeCorner.x(), captionTop, codeSide,
            tr("Scan in the phone's eSIM settings (steps below)."), ruler.font(6.5), Muted);
        if (!painted.linkQr.isNull())
            below = qMax(below,
                drawText(painter, painted.linkQr.left(), captionTop, painted.linkQr.width(),
                    tr("iPhone (iOS 17.4 or later): scan with the Camera app to install in one tap."),
                    ruler.font(6.5), Muted));
        y = captionTop + below;
    } else {
        const QRectF box(left, y, width, ruler.mm(28));
        painter.setPen(QPen(Rule, ruler.mm(0.3), Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        const double inset = ruler.mm(3);
        drawText(painter, box.left() + inset, box.top() + inset, box.width() - 2 * inset,
            card.unavailableReason.isEmpty() ? tr("No QR code is available for this number.")
                                             : card.unavailableReason,
            ruler.font(9, true), Ink);
        y = box.bottom();
    }
    rule();

    const QFont stepFont = ruler.font(7);
    y += drawText(painter, left, y, width,
        tr("iPhone: Settings › Cellular (or Mobile Service) › Add eSIM › Use QR Code."), stepFont, Ink);
    y += drawText(painter, left, y, width,
        tr("Android: Settings › Network & internet › SIMs › Add eSIM. Samsung: Settings › Connections › "
           "SIM manager › Add eSIM."),
        stepFont, Ink);

    if (card.code) {
        rule();
        y += drawText(painter, left, y, width,
            tr("Camera will not scan? Choose “Enter details manually” (iPhone) or “Enter activation code” "
               "(Android) and type:"),
            ruler.font(7, true), Ink);
        const double labelWidth = ruler.mm(28);
        const QFont labelFont = ruler.font(7);
        const QFont valueFont = ruler.font(8, true, true);
        const auto field = [&](const QString &label, const QString &value, int flags) {
            drawText(painter, left, y + ruler.mm(0.4), labelWidth, label, labelFont, Muted);
            y += qMax(ruler.mm(3.6),
                drawText(painter, left + labelWidth, y, width - labelWidth, value, valueFont, Ink, flags));
        };
        field(tr("SM-DP+ address"), card.code->smdpAddress, Qt::TextWrapAnywhere);
        field(tr("Activation code"), card.code->matchingId, Qt::TextWrapAnywhere);
        field(tr("Whole code (one field)"), card.code->toString(), Qt::TextWrapAnywhere);
        if (card.code->confirmationCodeRequired)
            y += drawText(painter, left, y, width,
                tr("The phone will also ask for a confirmation code. It is not on this card: type the "
                   "one your carrier gave you separately."),
                ruler.font(7, true), Ink);
    }
    rule();

    QStringList order;
    if (!card.orderId.isEmpty())
        order << tr("Order %1").arg(card.orderId);
    if (card.orderDate.isValid())
        order << card.orderDate.toString(Qt::ISODate); // read the same way everywhere: 2025-05-15
    if (!order.isEmpty())
        y += drawText(painter, left, y, width, order.join(QStringLiteral(" · ")), ruler.font(6.5), Muted);
    if (!card.supportLine.isEmpty())
        drawText(painter, left, y, width, card.supportLine, ruler.font(8, true), Ink);

    painter.restore();
    return painted;
}

} // namespace nd
