#pragma once

// A menu entry (with a shortcut) for a command that lives on a push button inside a panel, so the
// keyboard and the menus reach everything the mouse does. The entry presses the button, and does
// nothing while the button is hidden or disabled; its enabled state is read again each time the menu
// opens, so the menu never offers what the panel would refuse.

#include <QKeySequence>
#include <QString>

class QAbstractButton;
class QAction;
class QMenu;

namespace nd {

QAction *addButtonAction(
    QMenu *menu, QAbstractButton *button, const QString &text, const QKeySequence &shortcut);

} // namespace nd
