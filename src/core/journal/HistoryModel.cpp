#include "journal/HistoryModel.h"

#include "i18n/LocaleFormat.h"
#include "journal/OrderJournal.h"
#include "response/ServerText.h"

namespace nd {
namespace {

QString shownNumber(const JournalNumber &number)
{
    return number.returnedNumber.isEmpty() ? number.requestedNumber : number.returnedNumber;
}

QString allNumbers(const JournalEntry &entry)
{
    QStringList lines;
    for (const JournalNumber &number : entry.numbers) {
        if (!number.originalNumber.isEmpty() && number.originalNumber != shownNumber(number))
            lines.append(HistoryModel::tr("%1 (was %2)").arg(shownNumber(number), number.originalNumber));
        else
            lines.append(shownNumber(number));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

HistoryModel::HistoryModel(OrderJournal *journal, QObject *parent)
    : QAbstractTableModel(parent), m_journal(journal)
{
    if (m_journal)
        connect(m_journal, &OrderJournal::entryChanged, this, &HistoryModel::onEntryChanged);
}

void HistoryModel::setQuery(const HistoryQuery &query)
{
    m_query = query;
    refresh();
}

void HistoryModel::refresh()
{
    beginResetModel();
    m_entries = m_journal ? m_journal->search(m_query) : QList<JournalEntry>();
    endResetModel();
}

void HistoryModel::onEntryChanged(qint64 id)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id != id)
            continue;
        if (const std::optional<JournalEntry> updated = m_journal->entry(id)) {
            m_entries[row] = *updated;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
        break;
    }
    refresh(); // a new record, or one that vanished: the query decides where it belongs
}

std::optional<JournalEntry> HistoryModel::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::numbersText(const JournalEntry &entry)
{
    QStringList shown;
    for (int i = 0; i < entry.numbers.size() && i < NumbersShown; ++i)
        shown.append(shownNumber(entry.numbers.at(i)));
    QString text = shown.join(QLatin1String(", "));
    const int more = int(entry.numbers.size()) - NumbersShown;
    if (more > 0)
        text += QLatin1Char(' ') + tr("(+%n more)", nullptr, more);
    return text;
}

QString HistoryModel::outcomeText(const JournalEntry &entry)
{
    switch (entry.state) {
    case JournalState::Sending:
        return tr("Sending");
    case JournalState::Failed:
        return tr("Not done");
    case JournalState::OutcomeUnknown:
        return tr("Outcome unknown: check before resending");
    case JournalState::Resolved:
        return tr("Checked by hand");
    case JournalState::Answered:
        break;
    }
    switch (entry.orderState.value_or(OrderState::Unknown)) {
    case OrderState::Done:
        return tr("Done");
    case OrderState::InProgress:
        return tr("In progress");
    case OrderState::Failed:
        return tr("Failed");
    case OrderState::Unknown:
        break;
    }
    return tr("Answered");
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &entry = m_entries.at(index.row());
    if (role == JournalIdRole)
        return entry.id;
    if (role == NeedsCheckingRole)
        return entry.needsChecking();
    // Tool tips take text that looks like HTML for HTML: the server's words must show as words.
    if (role == Qt::ToolTipRole && index.column() == NumbersColumn)
        return literalText(allNumbers(entry));
    if (role == Qt::ToolTipRole && index.column() == OutcomeColumn)
        return entry.errorMessage.isEmpty() ? QVariant() : QVariant(literalText(entry.errorMessage));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return dateTimeText(entry.createdAt.toLocalTime());
    case ChangeTypeColumn:
        return changeTypeTitle(entry.changeType);
    case NumbersColumn:
        return numbersText(entry);
    case OrderIdColumn:
        return entry.orderId;
    case StatusColumn:
        return entry.serverStatus.isEmpty() ? entry.errorTitle : entry.serverStatus;
    case OutcomeColumn:
        return outcomeText(entry);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ChangeTypeColumn:
        return tr("Change");
    case NumbersColumn:
        return tr("Numbers");
    case OrderIdColumn:
        return tr("OrderId");
    case StatusColumn:
        return tr("Status");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace nd
