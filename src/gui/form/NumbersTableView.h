#pragma once

// The numbers table of the status-change form: a QTableView over NumberRowsModel that pastes a copied
// column or list (Ctrl+V, parsed by the model) and clears the selected cells with Delete, as staff
// expect from a spreadsheet. While a cell is being typed in, Enter (and Tab in the row's last input)
// commits it and goes on to the next row's number, adding a row when needed, so a list can be typed
// number, Enter, number, Enter. Outside editing, Tab leaves the table so the form stays keyboard-friendly.

#include <QTableView>

namespace nd {

class NumberRowsModel;

class NumbersTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumbersTableView)

public:
    explicit NumbersTableView(QWidget *parent = nullptr);

    // Pastes at the current row (or the first blank one); returns how many numbers were added.
    int pasteText(const QString &text);
    void clearSelectedCells();
    void removeSelectedRows();
    // Adds an empty row (or reuses the trailing blank one) and starts editing its number.
    void editNewRow();
    bool isEditing() const { return state() == EditingState; }

signals:
    void pasted(int count);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    NumberRowsModel *rowsModel() const;
    void editNumberInRow(int row); // adds rows up to `row` when needed
    void moveDownFrom(const QModelIndex &cell); // Enter and end-of-row Tab, editing or not
    bool isLastInputOfRow(const QModelIndex &cell) const;
};

} // namespace nd
