#include "gui/form/NumbersTableView.h"

#include "desk/NumberRowsModel.h"
#include "gui/form/NumberRowDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <algorithm>
#include <set>

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
    for (const QModelIndex &cell : std::as_const(cells)) {
        if (cell.flags() & Qt::ItemIsEditable)
            rows->setData(cell, QString());
    }
}

void NumbersTableView::removeSelectedRows()
{
    NumberRowsModel *rows = rowsModel();
    if (!rows)
        return;
    std::set<int> selected;
    const QModelIndexList cells = selectionModel()->selectedIndexes();
    for (const QModelIndex &cell : cells)
        selected.insert(cell.row());
    if (selected.empty() && currentIndex().isValid())
        selected.insert(currentIndex().row());
    // Bottom up, so the rows still to remove keep their numbers.
    for (auto it = selected.rbegin(); it != selected.rend(); ++it)
        rows->removeRows(*it, 1);
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

void NumbersTableView::keyPressEvent(QKeyEvent *event)
{
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
