#include "gui/common/ButtonActions.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QMenu>
#include <QPointer>

namespace nd {

namespace {

bool canPress(const QAbstractButton *button)
{
    return button && button->isEnabled() && button->isVisibleTo(button->window());
}

// Names the action in the current language, and again on every LanguageChange its menu hears
// (actions are not widgets: they get no LanguageChange of their own). Owned by the action.
class ActionNamer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionNamer)

public:
    ActionNamer(
        QAction *action, QAbstractButton *button, QMenu *menu, const char *context, const char *sourceText)
        : QObject(action), m_action(action), m_button(button), m_context(context), m_sourceText(sourceText)
    {
        menu->installEventFilter(this);
        name();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            name();
        return QObject::eventFilter(watched, event);
    }

private:
    void name()
    {
        m_action->setText(QCoreApplication::translate(m_context, m_sourceText));
        // The button's description is retranslated by its own panel, which may hear of the change
        // after the menu does: read it once every LanguageChange has been handled.
        QMetaObject::invokeMethod(
            this,
            [this] { m_action->setStatusTip(m_button ? m_button->accessibleDescription() : QString()); },
            Qt::QueuedConnection);
    }

    QAction *m_action;
    QPointer<QAbstractButton> m_button;
    const char *m_context;
    const char *m_sourceText;
};

} // namespace

QAction *addButtonAction(QMenu *menu, QAbstractButton *button, const char *context, const char *sourceText,
    const QKeySequence &shortcut)
{
    auto *action = menu->addAction(QString());
    action->setObjectName(button->objectName() + QLatin1String("Action"));
    action->setShortcut(shortcut);
    new ActionNamer(action, button, menu, context, sourceText);
    const QPointer<QAbstractButton> guarded(button);
    QObject::connect(action, &QAction::triggered, button, [guarded] {
        if (canPress(guarded))
            guarded->click();
    });
    // Greyed while the open menu shows it; enabled again when the menu closes, so the shortcut keeps
    // working once the button can be pressed (the trigger checks the button anyway).
    QObject::connect(
        menu, &QMenu::aboutToShow, action, [action, guarded] { action->setEnabled(canPress(guarded)); });
    QObject::connect(menu, &QMenu::aboutToHide, action, [action] { action->setEnabled(true); });
    return action;
}

} // namespace nd

#include "ButtonActions.moc"
