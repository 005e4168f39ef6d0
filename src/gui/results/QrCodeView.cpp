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
    return m_qr.factorFor(qMin(width(), height()));
}

QRect QrCodeView::codeRect() const
{
    if (m_qr.isNull())
        return {};
    const int side = m_qr.moduleCount() * scaleFactor();
    return QRect((width() - side) / 2, (height() - side) / 2, side, side);
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
    const QRect target = codeRect();
    if (m_scaled.size() != target.size())
        m_scaled = m_qr.rendered(qMin(width(), height()));
    painter.drawImage(target.topLeft(), m_scaled);
}

} // namespace nd
