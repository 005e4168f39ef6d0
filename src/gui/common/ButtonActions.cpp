#include "gui/common/ButtonActions.h"

#include <QAbstractButton>
#include <QAction>
#include <QMenu>
#include <QPointer>

namespace nd {

namespace {
bool canPress(const QAbstractButton *button)
{
    return button && button->isEnabled() && button->isVisibleTo(button->window());
}
} // namespace

QAction *addButtonAction(
    QMenu *menu, QAbstractButton *button, const QString &text, const QKeySequence &shortcut)
{
    auto *action = menu->addAction(text);
    action->setObjectName(button->objectName() + QLatin1String("Action"));
    action->setShortcut(shortcut);
    action->setStatusTip(button->accessibleDescription());
    QObject::connect(action, &QAction::triggered, button, [button] {
        if (canPress(button))
            button->click();
    });
    QObject::connect(menu, &QMenu::aboutToShow, action,
        [action, button = QPointer<QAbstractButton>(button)] { action->setEnabled(canPress(button)); });
    return action;
}

} // namespace nd
