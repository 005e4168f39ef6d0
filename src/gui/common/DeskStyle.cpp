#include "gui/common/DeskStyle.h"

#include "gui/common/DeskColours.h"

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
    const QColor outline = DeskColours(option->palette).controlOutline(option->state & State_Enabled);
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
