#include "gui/common/FocusFrame.h"

#include "gui/common/DeskColours.h"

#include <QPainter>
#include <QStyle>

namespace nd {

void paintFocusFrame(QPainter *painter, const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_HasFocus))
        return;
    painter->save();
    painter->setPen(QPen(DeskColours(option.palette).focusFrame(option.state & QStyle::State_Selected), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

} // namespace nd
