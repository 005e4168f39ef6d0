#include "desk/NumberRowsModel.h"

#include "response/ServerText.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <algorithm>
#include <functional>

namespace nd {

NumberRowsModel::NumberRowsModel(QObject *parent) : QAbstractTableModel(parent)
{
    ensureTrailingBlankRow();
}

int NumberRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int NumberRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NumberRowsModel::checkText(int row) const
{
    if (const auto it = m_serverErrors.constFind(row); it != m_serverErrors.constEnd())
        return tr("Server: %1").arg(*it);
    if (row >= m_validation.size())
        return {};
    const RowValidation &validation = m_validation.at(row);
    if (validation.isBlank)
        return {};
    QStringList parts;
    // The worst issue first: that is what the user must act on.
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Note}) {
        for (const ValidationIssue &issue : validation.issues) {
            if (issue.severity == severity)
                parts.append(issue.message);
        }
    }
    if (!validation.hasErrors() && !validation.e164.isEmpty())
        parts.prepend(validation.e164);
    return parts.join(QStringLiteral(" — "));
}

QVariant NumberRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const NumberEntry &entry = m_entries.at(row);
    const RowValidation *validation = row < m_validation.size() ? &m_validation.at(row) : nullptr;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == NumberColumn)
            return entry.number;
        if (index.column() == IccidColumn)
            return entry.iccid;
        return role == Qt::DisplayRole ? QVariant(checkText(row)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == IccidColumn && !iccidApplies())
            return iccidNotUsedReason();
        // Holds the server's words ("Server: …"): shown as text even when they look like HTML.
        return index.column() == CheckColumn ? QVariant(literalText(checkText(row))) : QVariant();
    case AppliesRole:
        return index.column() != IccidColumn || iccidApplies();
    case SeverityRole: {
        if (m_serverErrors.contains(row))
            return int(Severity::Error);
        if (!validation || validation->isBlank)
            return -1;
        const std::optional<Severity> worst = validation->worstSeverity();
        return worst ? int(*worst) : -1;
    }
    case E164Role:
        return validation ? validation->e164 : QString();
    case ServerErrorRole:
        return m_serverErrors.value(row);
    case Qt::AccessibleDescriptionRole:
        if (index.column() == IccidColumn && !iccidApplies())
            return iccidNotUsedReason();
        return checkText(row);
    default:
        return {};
    }
}

bool NumberRowsModel::iccidApplies() const
{
    return ruleFor(m_changeType).usesIccid;
}

QString NumberRowsModel::iccidNotUsedReason() const
{
    QStringList usingIccid; // from the rules table, so a new change type needs no edit here
    for (const ChangeTypeRule &rule : changeTypeRules()) {
        if (rule.usesIccid)
            usingIccid << changeTypeTitle(rule.type);
    }
    //: %1 is the chosen change type (e.g. "Activate"); %2 the change types that send ICCIDs (e.g. "Swap
    //: SIM").
    return tr("Not used: %1 does not send an ICCID. To enter ICCIDs, choose %2.")
        .arg(changeTypeTitle(m_changeType), usingIccid.join(QStringLiteral(" / ")));
}

QVariant NumberRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == IccidColumn && role == Qt::ToolTipRole)
        return iccidApplies() ? tr("Optional: the new SIM's ICCID for each number") : iccidNotUsedReason();
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1; // staff count rows from 1, as in the messages
    switch (section) {
    case NumberColumn:
        return tr("Phone number");
    case IccidColumn:
        return iccidApplies() ? tr("ICCID (optional)") : tr("ICCID (not used)");
    case CheckColumn:
        return tr("Check");
    }
    return {};
}

Qt::ItemFlags NumberRowsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == NumberColumn)
        flags |= Qt::ItemIsEditable;
    // A non-applicable ICCID stays selectable and enabled but not editable: a disabled cell cannot become
    // current, so a click there left the number cell current and the next keystrokes overwrote the number.
    if (index.column() == IccidColumn && iccidApplies())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool NumberRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (!(flags(index) & Qt::ItemIsEditable))
        return false;
    NumberEntry &entry = m_entries[index.row()];
    QString &target = index.column() == NumberColumn ? entry.number : entry.iccid;
    const QString text = value.toString();
    if (target == text)
        return true;
    target = text;
    m_serverErrors.remove(index.row()); // the user is fixing it
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    ensureTrailingBlankRow();
    emit numbersEdited();
    return true;
}

bool NumberRowsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_entries.size())
        return false;
    removeRange(row, count);
    ensureTrailingBlankRow();
    emit numbersEdited();
    return true;
}

void NumberRowsModel::removeRange(int row, int count)
{
    beginRemoveRows({}, row, row + count - 1);
    m_entries.remove(row, count);
    if (row < m_validation.size())
        m_validation.remove(row, std::min<qsizetype>(count, m_validation.size() - row));
    // Server errors are keyed by row: shift the ones below.
    QHash<int, QString> shifted;
    for (auto it = m_serverErrors.constBegin(); it != m_serverErrors.constEnd(); ++it) {
        if (it.key() < row)
            shifted.insert(it.key(), it.value());
        else if (it.key() >= row + count)
            shifted.insert(it.key() - count, it.value());
    }
    m_serverErrors = shifted;
    endRemoveRows();
}

void NumberRowsModel::removeRowsAt(const QList<int> &rows)
{
    QList<int> sorted;
    for (const int row : rows) {
        if (row >= 0 && row < m_entries.size())
            sorted.append(row);
    }
    if (sorted.isEmpty())
        return;
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    // Bottom up, one contiguous run at a time, so the runs still to remove keep their row numbers.
    qsizetype first = 0;
    while (first < sorted.size()) {
        qsizetype last = first;
        while (last + 1 < sorted.size() && sorted.at(last + 1) == sorted.at(last) - 1)
            ++last;
        removeRange(sorted.at(last), int(last - first + 1));
        first = last + 1;
    }
    ensureTrailingBlankRow();
    emit numbersEdited();
}

void NumberRowsModel::clearCells(const QModelIndexList &cells)
{
    int firstRow = int(m_entries.size());
    int lastRow = -1;
    for (const QModelIndex &cell : cells) {
        if (!checkIndex(cell, CheckIndexOption::IndexIsValid) || !(flags(cell) & Qt::ItemIsEditable))
            continue;
        NumberEntry &entry = m_entries[cell.row()];
        QString &target = cell.column() == NumberColumn ? entry.number : entry.iccid;
        if (target.isEmpty())
            continue;
        target.clear();
        m_serverErrors.remove(cell.row()); // the user is fixing it
        firstRow = std::min(firstRow, cell.row());
        lastRow = std::max(lastRow, cell.row());
    }
    if (lastRow < 0)
        return;
    emit dataChanged(index(firstRow, 0), index(lastRow, ColumnCount - 1));
    ensureTrailingBlankRow();
    emit numbersEdited();
}

void NumberRowsModel::setChangeType(ChangeType type)
{
    if (type == m_changeType)
        return;
    m_changeType = type;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, IccidColumn, IccidColumn);
}

void NumberRowsModel::setEntries(const QList<NumberEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_validation.clear();
    m_serverErrors.clear();
    endResetModel();
    ensureTrailingBlankRow();
    emit numbersEdited();
}

void NumberRowsModel::appendBlankRow()
{
    beginInsertRows({}, rowCount(), rowCount());
    m_entries.append(NumberEntry {});
    endInsertRows();
}

void NumberRowsModel::ensureTrailingBlankRow()
{
    // There is always an empty row at the end to type the next number into.
    if (m_entries.isEmpty() || !m_entries.last().number.trimmed().isEmpty()
        || !m_entries.last().iccid.trimmed().isEmpty())
        appendBlankRow();
}

int NumberRowsModel::pasteText(int row, const QString &text)
{
    const QList<NumberEntry> pasted = parsePastedNumbers(text);
    if (pasted.isEmpty())
        return 0;
    row = std::clamp(row, 0, int(m_entries.size()));
    int next = 0;
    // Fill blank rows from `row` on first, so pasting into the empty table does not leave gaps.
    for (int r = row; r < m_entries.size() && next < pasted.size(); ++r) {
        NumberEntry &entry = m_entries[r];
        if (!entry.number.trimmed().isEmpty() || !entry.iccid.trimmed().isEmpty())
            break;
        entry = pasted.at(next++);
        m_serverErrors.remove(r);
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        row = r + 1;
    }
    if (next < pasted.size()) {
        const int count = int(pasted.size()) - next;
        beginInsertRows({}, row, row + count - 1);
        for (int i = 0; i < count; ++i)
            m_entries.insert(row + i, pasted.at(next + i));
        endInsertRows();
        m_serverErrors.clear(); // rows moved; stale server errors would point at the wrong number
    }
    ensureTrailingBlankRow();
    emit numbersEdited();
    return int(pasted.size());
}

void NumberRowsModel::clear()
{
    setEntries({});
}

void NumberRowsModel::setValidation(const ValidationResult &result)
{
    m_validation = result.rows;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, CheckColumn), index(rowCount() - 1, CheckColumn));
}

void NumberRowsModel::setServerErrors(const QHash<int, QString> &messagesByRow)
{
    m_serverErrors = messagesByRow;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void NumberRowsModel::clearServerErrors()
{
    setServerErrors({});
}

} // namespace nd
