#include "gui/form/NumberRowDelegate.h"

#include "desk/NumberRowsModel.h"
#include "gui/common/DeskColours.h"
#include "gui/common/FocusFrame.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>
#include <QStyle>

namespace nd {

QWidget *NumberRowDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        auto *self = const_cast<NumberRowDelegate *>(this);
        connect(line, &QLineEdit::textEdited, self, [self, line] { emit self->commitData(line); });
    }
    return editor;
}

void NumberRowDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    paintFocusFrame(painter, option);
}

void NumberRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(NumberRowsModel::AppliesRole).toBool()) {
        // Looks unlike an input: the window's colour behind, muted italic words (AA contrast on the window
        // colour) in front.
        const Swatch cell = DeskColours(option->palette).unusedCell();
        option->backgroundBrush = cell.background;
        option->palette.setColor(QPalette::Text, cell.foreground);
        option->font.setItalic(true);
        if (option->text.isEmpty())
            option->text = tr("not used");
        return;
    }
    if (index.column() != NumberRowsModel::CheckColumn || option->text.isEmpty())
        return;
    const int severity = index.data(NumberRowsModel::SeverityRole).toInt();
    const std::optional<Severity> worst
        = severity < 0 ? std::nullopt : std::optional<Severity>(static_cast<Severity>(severity));
    option->palette.setColor(QPalette::Text, DeskColours(option->palette).issue(worst));
    QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    if (worst == Severity::Error)
        icon = QStyle::SP_MessageBoxCritical;
    else if (worst == Severity::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (worst == Severity::Note)
        icon = QStyle::SP_MessageBoxInformation;
    option->icon = style->standardIcon(icon, nullptr, option->widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

} // namespace nd
