#pragma once

// A menu entry (with a shortcut) for a command that lives on a push button inside a panel, so the
// keyboard and the menus reach everything the mouse does. The entry presses the button, and does
// nothing while the button is hidden or disabled; the open menu greys it then, and shows the button's
// accessible description as its status tip. Its text is translated again whenever the language changes.

#include <QKeySequence>

class QAbstractButton;
class QAction;
class QMenu;

namespace nd {

// `context` and `sourceText` as lupdate sees them: pass QT_TRANSLATE_NOOP("nd::Panel", "&Text").
QAction *addButtonAction(QMenu *menu, QAbstractButton *button, const char *context, const char *sourceText,
    const QKeySequence &shortcut);

} // namespace nd
