#pragma once

// The keyboard's place in a list or table: a solid 2 px frame (DeskColours::focusFrame) around the
// item with focus. Styles draw their own faintly or not at all (Fusion only after a Tab); arrow keys move a
// cursor the agent must see on every style and theme. Used by the numbers table's and the results' delegates.

#include <QStyleOptionViewItem>

class QPainter;

namespace nd {

void paintFocusFrame(QPainter *painter, const QStyleOptionViewItem &option);

} // namespace nd
