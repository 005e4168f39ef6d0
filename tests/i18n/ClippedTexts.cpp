#include "ClippedTexts.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QToolButton>

namespace nd::i18n {

namespace {

// What the widget shows for a text with a mnemonic: "&Save" → "Save", "R&&D" → "R&D".
QString shownText(const QString &text)
{
    QString shown;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        shown += text.at(i);
    }
    return shown;
}

int textWidth(const QWidget *widget, const QString &text)
{
    int widest = 0;
    for (const QString &line : shownText(text).split(QLatin1Char('\n')))
        widest = std::max(widest, widget->fontMetrics().horizontalAdvance(line));
    return widest;
}

QString nameOf(const QWidget *widget)
{
    return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                          : widget->objectName();
}

class Finder
{
public:
    explicit Finder(const QWidget *window) : m_window(QString::fromLatin1(window->metaObject()->className()))
    { }

    void check(const QWidget *widget)
    {
        if (auto *label = qobject_cast<const QLabel *>(widget))
            checkLabel(label);
        else if (auto *button = qobject_cast<const QPushButton *>(widget))
            checkPushButton(button);
        else if (auto *tool = qobject_cast<const QToolButton *>(widget))
            checkToolButton(tool);
        else if (auto *other = qobject_cast<const QAbstractButton *>(widget))
            compare(other, other->text(), other->sizeHint().width(), other->width());
        else if (auto *box = qobject_cast<const QGroupBox *>(widget))
            checkGroupBox(box);
        else if (auto *tabs = qobject_cast<const QTabBar *>(widget))
            checkTabBar(tabs);
        else if (auto *combo = qobject_cast<const QComboBox *>(widget))
            checkComboBox(combo);
        else if (auto *header = qobject_cast<const QHeaderView *>(widget))
            checkHeader(header);
    }

    QList<ClippedText> found;

private:
    void compare(
        const QWidget *widget, const QString &text, int needed, int available, const QString &part = {})
    {
        if (!text.trimmed().isEmpty() && needed > available)
            found.append({m_window, nameOf(widget) + part, text, needed, available, false});
    }

    void checkLabel(const QLabel *label)
    {
        if (label->text().trimmed().isEmpty())
            return;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height())
                found.append({m_window, nameOf(label), label->text(), needed, label->height(), true});
            return;
        }
        compare(label, label->text(), label->sizeHint().width(), label->width());
        if (label->sizeHint().height() > label->height())
            found.append(
                {m_window, nameOf(label), label->text(), label->sizeHint().height(), label->height(), true});
    }

    // Not sizeHint(): styles give text buttons a minimum width (Fusion 80 px), more than a short text needs.
    void checkPushButton(const QPushButton *button)
    {
        QStyleOptionButton option;
        option.initFrom(button);
        option.text = button->text();
        option.icon = button->icon();
        option.iconSize = button->iconSize();
        if (button->menu())
            option.features |= QStyleOptionButton::HasMenu;
        const QRect contents
            = button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button);
        int needed = textWidth(button, button->text());
        if (!button->icon().isNull())
            needed += button->iconSize().width() + 4;
        if (button->menu())
            needed += button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, button);
        compare(button, button->text(), needed, contents.width());
    }

    void checkToolButton(const QToolButton *button)
    {
        if (button->toolButtonStyle() == Qt::ToolButtonIconOnly && !button->icon().isNull())
            return;
        compare(button, button->text(), button->sizeHint().width(), button->width());
    }

    void checkGroupBox(const QGroupBox *box)
    {
        if (box->title().isEmpty())
            return;
        QStyleOptionGroupBox option;
        option.initFrom(box);
        option.text = box->title();
        option.lineWidth = 1;
        option.textAlignment = box->alignment();
        option.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
        if (box->isCheckable())
            option.subControls |= QStyle::SC_GroupBoxCheckBox;
        const QRect title
            = box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, box);
        compare(box, box->title(), title.right() + 1, box->width(), QStringLiteral(" title"));
    }

    void checkTabBar(const QTabBar *tabs)
    {
        const int space = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            const QRect rect = tabs->tabRect(i);
            int needed = textWidth(tabs, tabs->tabText(i)) + space;
            if (!tabs->tabIcon(i).isNull())
                needed += tabs->iconSize().width() + 4;
            const QString part = QStringLiteral("[%1]").arg(i);
            compare(tabs, tabs->tabText(i), needed, rect.width(), part);
            // A tab pushed past the bar's end hides behind scroll buttons.
            compare(
                tabs, tabs->tabText(i), rect.right() + 1, tabs->width(), part + QLatin1String(" position"));
        }
    }

    void checkComboBox(const QComboBox *combo)
    {
        if (combo->isEditable() || combo->currentText().isEmpty())
            return;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.currentText = combo->currentText();
        option.currentIcon = combo->itemIcon(combo->currentIndex());
        option.iconSize = combo->iconSize();
        option.frame = combo->hasFrame();
        option.subControls = QStyle::SC_All;
        const QRect field = combo->style()->subControlRect(
            QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
        if (!option.currentIcon.isNull())
            needed += combo->iconSize().width() + 4;
        compare(combo, combo->currentText(), needed, field.width());
    }

    void checkHeader(const QHeaderView *header)
    {
        if (header->orientation() != Qt::Horizontal || !header->model())
            return;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
            QStyleOptionHeader option;
            option.initFrom(header);
            option.section = section;
            option.text = text;
            option.orientation = Qt::Horizontal;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
                option.sortIndicator = QStyleOptionHeader::SortDown;
            const int needed = header->style()
                                   ->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header)
                                   .width();
            compare(header, text, needed, header->sectionSize(section), QStringLiteral("[%1]").arg(section));
        }
    }

    QString m_window;
};

} // namespace

QString ClippedText::describe() const
{
    // The text last and shortened: a long rich text would hide the numbers in a test message.
    const QString shown = text.size() > 100 ? text.left(99) + QChar(0x2026) : text;
    return QStringLiteral("%1 / %2 needs %3 px %4, has %5: \"%6\"")
        .arg(window, widget)
        .arg(needed)
        .arg(vertical ? QStringLiteral("high") : QStringLiteral("wide"))
        .arg(available)
        .arg(shown);
}

QList<ClippedText> clippedTexts(const QWidget *window)
{
    Finder finder(window);
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (widget->isVisible() && widget->window() == window)
            finder.check(widget);
    }
    return finder.found;
}

} // namespace nd::i18n
