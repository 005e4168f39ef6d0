#include "gui/results/TextLineCache.h"

#include <QFontMetrics>
#include <QPainter>

namespace nd {

void TextLineCache::draw(
    QPainter *painter, const QPoint &topLeft, const QFont &font, const QString &text, int width)
{
    const QChar separator(0x1f);
    const QString key = font.key() + separator + QString::number(width) + separator + text;
    QStaticText *line = m_lines.object(key);
    if (!line) {
        line = new QStaticText(QFontMetrics(font).elidedText(text, Qt::ElideRight, width));
        line->setTextFormat(Qt::PlainText);
        line->prepare(QTransform(), font);
        m_lines.insert(key, line); // cost 1: never more than the cache holds, so `line` stays valid
    }
    painter->setFont(font);
    painter->drawStaticText(topLeft, *line);
}

} // namespace nd
