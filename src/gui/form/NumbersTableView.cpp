#include "gui/form/NumbersTableView.h"

#include "desk/NumberRowsModel.h"
#include "gui/form/NumberRowDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLoggingCategory>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcNumbersTable, "numberdesk.gui.numberstable")
}

NumbersTableView::NumbersTableView(QWidget *parent) : QTableView(parent)
{
    setItemDelegate(new NumberRowDelegate(this));
    setTabKeyNavigation(false);
    setWordWrap(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
}

NumberRowsModel *NumbersTableView::rowsModel() const
{
    return qobject_cast<NumberRowsModel *>(model());
}

int NumbersTableView::pasteText(const QString &text)
{
    NumberRowsModel *rows = rowsModel();
    if (!rows)
        return 0;
    const int row = currentIndex().isValid() ? currentIndex().row() : 0;
    const int count = rows->pasteText(row, text);
    qCDebug(lcNumbersTable) << "pasted" << count << "numbers at row" << row;
    emit pasted(count);
    return count;
}

void NumbersTableView::clearSelectedCells()
{
    NumberRowsModel *rows = rowsModel();
    if (!rows)
        return;
    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty() && currentIndex().isValid())
        cells.append(currentIndex());
    rows->clearCells(cells); // one edit, checked once
}

void NumbersTableView::removeSelectedRows()
{
    NumberRowsModel *rows = rowsModel();
    if (!rows)
        return;
    QList<int> selected;
    const QModelIndexList cells = selectionModel()->selectedIndexes();
    for (const QModelIndex &cell : cells)
        selected.append(cell.row());
    if (selected.isEmpty() && currentIndex().isValid())
        selected.append(currentIndex().row());
    rows->removeRowsAt(selected); // one edit, checked once
}

void NumbersTableView::editNewRow()
{
    NumberRowsModel *rows = rowsModel();
    if (!rows)
        return;
    // The model keeps one blank row at the end; use it rather than stacking empty rows.
    const int last = rows->rowCount() - 1;
    const bool lastIsBlank = last >= 0 && rows->entries().at(last).number.trimmed().isEmpty()
        && rows->entries().at(last).iccid.trimmed().isEmpty();
    if (!lastIsBlank)
        rows->appendBlankRow();
    const QModelIndex cell = rows->index(rows->rowCount() - 1, NumberRowsModel::NumberColumn);
    setFocus(Qt::OtherFocusReason);
    setCurrentIndex(cell);
    scrollTo(cell);
    edit(cell);
}

void NumbersTableView::editNumberInRow(int row)
{
    NumberRowsModel *rows = rowsModel();
    if (!rows)
        return;
    while (rows->rowCount() <= row)
        rows->appendBlankRow();
    const QModelIndex cell = rows->index(row, NumberRowsModel::NumberColumn);
    setCurrentIndex(cell);
    scrollTo(cell);
    edit(cell);
}

bool NumbersTableView::isLastInputOfRow(const QModelIndex &cell) const
{
    if (cell.column() == NumberRowsModel::IccidColumn)
        return true;
    const QModelIndex iccid = cell.siblingAtColumn(NumberRowsModel::IccidColumn);
    return !(iccid.flags() & Qt::ItemIsEditable);
}

void NumbersTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const QModelIndex cell = currentIndex();
    // Enter arrives as SubmitModelCache, Tab as EditNextItem (the delegate has committed the text already).
    const bool enter = hint == QAbstractItemDelegate::SubmitModelCache;
    const bool tabOutOfRow = hint == QAbstractItemDelegate::EditNextItem && isLastInputOfRow(cell);
    if (!cell.isValid() || !(enter || tabOutOfRow)) {
        QTableView::closeEditor(editor, hint);
        return;
    }
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    moveDownFrom(cell);
}

void NumbersTableView::moveDownFrom(const QModelIndex &cell)
{
    // A row without a number ends the list: Enter there must not add blank rows forever.
    if (cell.siblingAtColumn(NumberRowsModel::NumberColumn).data().toString().trimmed().isEmpty())
        return;
    editNumberInRow(cell.row() + 1);
}

void NumbersTableView::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier && state() != EditingState
        && currentIndex().isValid()) {
        // As in a spreadsheet: Enter on a cell that is not being edited moves down.
        moveDownFrom(currentIndex());
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        pasteText(QApplication::clipboard()->text());
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        && event->modifiers() == Qt::NoModifier && state() != EditingState) {
        clearSelectedCells();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace nd
