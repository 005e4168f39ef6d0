#pragma once

// The numbers table's delegate. Commits every keystroke, so a row's check (and the Send button)
// follow the typing rather than waiting for Enter; and paints the Check column in the colour of the
// row's worst finding (NumberRowsModel's SeverityRole) with a matching icon; the cell the keyboard is
// on gets a solid frame on every style. Used by NumbersTableView.

#include <QStyledItemDelegate>

namespace nd {

class NumberRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberRowDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace nd
