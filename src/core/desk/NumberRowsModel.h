#pragma once

// The numbers table behind the form: what the user typed per row (number, ICCID) and, beside it, the
// latest validation result or the server's error for that row. Qt Core only, so tests drive it
// without a screen. The form re-validates on numbersEdited() and pushes the result back.

#include "desk/PastedNumbers.h"
#include "request/ChangeType.h"
#include "request/StatusChangeRequest.h"
#include "request/ValidationResult.h"

#include <QAbstractTableModel>
#include <QHash>

namespace nd {

class NumberRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberRowsModel)

public:
    enum Column { NumberColumn, IccidColumn, CheckColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int: -1 none/ok, else Severity
        E164Role, // QString, empty when invalid or blank
        ServerErrorRole, // QString, the server's message for this row
        AppliesRole, // bool: false for a cell whose field the change type does not send (greyed, read-only)
    };

    explicit NumberRowsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // The ICCID column is editable only when the change type uses ICCIDs (rules table). Otherwise its
    // cells can still be selected (so a click lands there, not on the number) but take no input.
    void setChangeType(ChangeType type);
    ChangeType changeType() const { return m_changeType; }

    const QList<NumberEntry> &entries() const { return m_entries; }
    void setEntries(const QList<NumberEntry> &entries);
    void appendBlankRow();
    // Inserts parsed rows at `row`, filling blank rows first; returns how many numbers were added.
    int pasteText(int row, const QString &text);
    void clear();
    // The table's Remove and Delete on a selection: one edit however many rows or cells it covers, so the
    // form checks the table once (a select-all on 5,000 rows was 5,000 checks of a shrinking table).
    // Rows may come in any order and repeat; cells that take no input are left alone.
    void removeRowsAt(const QList<int> &rows);
    void clearCells(const QModelIndexList &cells);

    void setValidation(const ValidationResult &result);
    // Keyed by row; cleared for a row as soon as it is edited.
    void setServerErrors(const QHash<int, QString> &messagesByRow);
    void clearServerErrors();

signals:
    void numbersEdited();

private:
    QString checkText(int row) const;
    bool iccidApplies() const;
    QString iccidNotUsedReason() const;
    void ensureTrailingBlankRow();
    void removeRange(int row, int count); // no blank row added, no numbersEdited

    QList<NumberEntry> m_entries;
    QList<RowValidation> m_validation;
    QHash<int, QString> m_serverErrors;
    ChangeType m_changeType = ChangeType::Activate;
};

} // namespace nd
