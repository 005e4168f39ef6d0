#include "gui/common/DeskStyle.h"

#include "gui/common/Contrast.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace nd {

DeskStyle::DeskStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
    setObjectName(QStringLiteral("deskStyle"));
}

void DeskStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool checkBox = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if ((!checkBox && element != PE_IndicatorRadioButton) || !option)
        return;
    const QPalette &palette = option->palette;
    const bool enabled = option->state & State_Enabled;
    // The text colour's direction, faded towards the window as far as 3:1 allows (disabled: as
    // faded as disabled text, which needs no contrast).
    const QColor outline = enabled
        ? withContrast(palette.color(QPalette::Mid),
            {palette.color(QPalette::Window), palette.color(QPalette::Base)}, MinimumControlContrast)
        : palette.color(QPalette::Disabled, QPalette::WindowText);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(outline, 1));
    const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (checkBox)
        painter->drawRoundedRect(box, 1.5, 1.5);
    else
        painter->drawEllipse(box);
    painter->restore();
}

} // namespace nd
