#pragma once

// Walks a window's focus chain with the Tab key, as a keyboard-only agent does, and lists the widgets
// that should be reached: enabled, shown, taking focus by Tab. Widgets Qt builds inside its own
// composites (a date edit's line edit, a tab widget's tab bar) are named by their owner.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QRadioButton>
#include <QStringList>
#include <QTabWidget>
#include <QTest>
#include <QWidget>
#include <algorithm>

namespace nd::test {

inline bool isQtPart(const QWidget *widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    const QWidget *parent = widget->parentWidget();
    return parent
        && (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QTabWidget *>(parent));
}

inline bool insideItemView(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(parent))
            return true;
    }
    return false;
}

// The widget a user would say has the focus: the owner of a Qt-built part.
inline const QWidget *owner(const QWidget *widget)
{
    while (widget && isQtPart(widget) && widget->parentWidget() && !widget->isWindow())
        widget = widget->parentWidget();
    return widget;
}

inline QString nameOf(const QWidget *widget)
{
    widget = owner(widget);
    if (!widget)
        return QStringLiteral("(nothing)");
    if (!widget->objectName().isEmpty())
        return widget->objectName();
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        name += QLatin1Char(':') + QString(button->text()).remove(QLatin1Char('&'));
    return name;
}

// Radio buttons that exclude each other are one stop: Tab reaches the checked one, the arrow keys the
// others (Qt's rule, as on every platform).
inline bool isUncheckedRadioOfAGroup(const QWidget *widget)
{
    const auto *radio = qobject_cast<const QRadioButton *>(widget);
    if (!radio || radio->isChecked() || !radio->autoExclusive() || !radio->parentWidget())
        return false;
    const QList<QRadioButton *> siblings
        = radio->parentWidget()->findChildren<QRadioButton *>(QString(), Qt::FindDirectChildrenOnly);
    return std::any_of(siblings.cbegin(), siblings.cend(),
        [](const QRadioButton *sibling) { return sibling->isChecked() && sibling->autoExclusive(); });
}

// Everything in `window` a Tab should stop at once per round.
inline QStringList tabStops(const QWidget *window)
{
    QStringList stops;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isEnabled() || !widget->isVisibleTo(window)
            || widget->isWindow() || isQtPart(widget) || insideItemView(widget)
            || isUncheckedRadioOfAGroup(widget))
            continue;
        if (widget->window() != window)
            continue;
        stops << nameOf(widget);
    }
    return stops;
}

// Puts the focus on `start` and presses Tab until it comes back (or `limit` presses); the names of
// the widgets visited, starting with `start`, each listed once however many Tabs it keeps. Ends with "(no
// cycle)" when the focus never returns.
inline QStringList walkTabs(QWidget *start, int limit = 80)
{
    start->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([start] { return owner(QApplication::focusWidget()) == owner(start); }))
        return {QStringLiteral("(start did not take the focus)")};
    const QWidget *first = owner(QApplication::focusWidget());
    QStringList visited {nameOf(first)};
    for (int press = 0; press < limit; ++press) {
        QWidget *focused = QApplication::focusWidget();
        if (!focused)
            return visited << QStringLiteral("(focus lost)");
        QTest::keyClick(focused, Qt::Key_Tab);
        const QWidget *now = owner(QApplication::focusWidget());
        if (now == first)
            return visited;
        // A date edit takes Tab from section to section (month, day, year) before it lets go.
        if (nameOf(now) != visited.constLast())
            visited << nameOf(now);
    }
    return visited << QStringLiteral("(no cycle)");
}

} // namespace nd::test
