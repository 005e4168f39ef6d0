#include "gui/results/QrCodeView.h"

#include <QPainter>

namespace nd {

namespace {
// A phone at arm's length needs a few millimetres per module; 8 px is about 2 mm on a common screen.
constexpr int PreferredPixelsPerModule = 8;
constexpr int MinimumPixelsPerModule = 3;
} // namespace

QrCodeView::QrCodeView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void QrCodeView::setQr(const ScannableQr &qr)
{
    m_qr = qr;
    m_scaled = {};
    updateGeometry();
    update();
}

int QrCodeView::scaleFactor() const
{
    // In device pixels: at 150 % display scaling a whole factor of logical pixels would still land
    // modules on fractional device pixels and blur their edges.
    return m_qr.factorFor(int(qMin(width(), height()) * devicePixelRatioF()));
}

QRect QrCodeView::codeRect() const
{
    if (m_qr.isNull())
        return {};
    const QRect device = deviceCodeRect();
    const qreal ratio = devicePixelRatioF();
    return QRectF(device.x() / ratio, device.y() / ratio, device.width() / ratio, device.height() / ratio)
        .toAlignedRect();
}

QRect QrCodeView::deviceCodeRect() const
{
    const qreal ratio = devicePixelRatioF();
    const int side = m_qr.moduleCount() * scaleFactor();
    return QRect((int(width() * ratio) - side) / 2, (int(height() * ratio) - side) / 2, side, side);
}

QSize QrCodeView::sizeHint() const
{
    const int side = qMax(1, m_qr.moduleCount()) * PreferredPixelsPerModule;
    return {side, side};
}

QSize QrCodeView::minimumSizeHint() const
{
    const int side = qMax(1, m_qr.moduleCount()) * MinimumPixelsPerModule;
    return {side, side};
}

void QrCodeView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // White everywhere, not the palette's window colour: the area around the code widens the quiet
    // zone, and a dark theme would otherwise put dark pixels right beside it.
    painter.fillRect(rect(), Qt::white);
    if (m_qr.isNull())
        return;
    const QRect target = deviceCodeRect();
    if (m_scaled.size() != target.size()) {
        m_scaled = m_qr.rendered(target.width());
        m_scaled.setDevicePixelRatio(devicePixelRatioF());
    }
    // Placed on a whole device pixel, so every module covers whole device pixels.
    const qreal ratio = devicePixelRatioF();
    painter.drawImage(QPointF(target.x() / ratio, target.y() / ratio), m_scaled);
}

} // namespace nd
