#pragma once

// Fusion as the Light and Dark schemes use it, with one change: check boxes and radio buttons get an
// outline that stands out from the window (WCAG 1.4.11 asks 3:1 for a control's boundary). Fusion
// draws that outline as the window colour darkened by 40 %, which is about 2:1 on a light window and
// next to invisible on a dark one: in the dark scheme an unticked box vanished into the background.

#include <QProxyStyle>

namespace nd {

class DeskStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskStyle)

public:
    DeskStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget) const override;
};

} // namespace nd
