#include "journal/HistoryModel.h"

#include "i18n/LocaleFormat.h"
#include "journal/HistorySearch.h"
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
    if (!m_journal)
        return;
    m_search = new HistorySearch(m_journal->location(), this);
    connect(m_search, &HistorySearch::found, this, &HistoryModel::onFound);
    connect(m_journal, &OrderJournal::entryChanged, this, &HistoryModel::onEntryChanged);
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setQuery(const HistoryQuery &query)
{
    m_query = query;
    refresh();
}

void HistoryModel::refresh()
{
    search(false);
}

void HistoryModel::search(bool followingJournal)
{
    if (!m_search) { // no journal, no history
        m_searchError.clear();
        emit searchFinished();
        return;
    }
    // A journal change while a new query is under way does not make that query's answer a mere update.
    m_pendingFollowsJournal = followingJournal && (m_pendingSearch == 0 || m_pendingFollowsJournal);
    m_pendingSearch = m_search->start(m_query);
    emit searchStarted();
}

void HistoryModel::onFound(int search, const QList<qint64> &ids, const QString &error)
{
    if (search != m_pendingSearch)
        return; // stale: the query changed (or the journal did) since this search started
    m_pendingSearch = 0;
    m_searchError = error;
    const qsizetype added = ids.size() - m_ids.size();
    if (m_pendingFollowsJournal && error.isEmpty() && added >= 0
        && std::equal(m_ids.cbegin(), m_ids.cend(), ids.cbegin() + added)) {
        // New records on top of the same list: inserted, so the agent's place and selection stay.
        if (added > 0) {
            beginInsertRows({}, 0, int(added) - 1);
            m_ids = ids;
            forgetPages(); // page numbers moved
            endInsertRows();
        }
    } else {
        beginResetModel();
        m_ids = ids;
        forgetPages();
        endResetModel();
    }
    emit searchFinished();
}

void HistoryModel::onEntryChanged(qint64 id)
{
    const qsizetype row = m_ids.indexOf(id);
    if (row < 0) {
        search(true); // a new record, or one the query did not match before: the query decides
        return;
    }
    const auto page = m_pages.find(int(row / PageSize));
    if (page != m_pages.end()) {
        JournalEntry &cached = (*page)[int(row % PageSize)];
        if (const std::optional<JournalEntry> updated = m_journal->entry(id))
            cached = *updated;
    }
    // Also when its page is not in memory: the view asks again and reads it fresh.
    emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
}

void HistoryModel::forgetPages()
{
    m_pages.clear();
    m_pageUse.clear();
}

const JournalEntry *HistoryModel::cachedEntry(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / PageSize;
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        if (!m_journal)
            return nullptr;
        // Read on the GUI thread: one page is two indexed statements, well under a millisecond or
        // two, and a view asks for its rows synchronously.
        const QList<qint64> ids = m_ids.mid(qsizetype(page) * PageSize, PageSize);
        QList<JournalEntry> entries = m_journal->entries(ids);
        ++m_pagesRead;
        if (entries.size() != ids.size()) {
            // A record gone since the search (only a damaged file loses records): keep rows aligned.
            QList<JournalEntry> aligned;
            for (const qint64 id : ids) {
                const auto it = std::find_if(
                    entries.cbegin(), entries.cend(), [id](const JournalEntry &e) { return e.id == id; });
                JournalEntry entry = it != entries.cend() ? *it : JournalEntry();
                entry.id = id;
                aligned.append(entry);
            }
            entries = aligned;
        }
        if (m_pages.size() >= PagesKept) {
            m_pages.remove(m_pageUse.first());
            m_pageUse.removeFirst();
        }
        found = m_pages.insert(page, entries);
        m_pageUse.append(page);
    } else if (m_pageUse.last() != page) {
        m_pageUse.removeOne(page);
        m_pageUse.append(page);
    }
    return &found->at(row % PageSize);
}

std::optional<JournalEntry> HistoryModel::entryAt(int row) const
{
    if (const JournalEntry *entry = cachedEntry(row))
        return *entry;
    return std::nullopt;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
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
    if (role == JournalIdRole)
        return m_ids.at(index.row()); // without reading the record
    const JournalEntry *found = cachedEntry(index.row());
    if (!found)
        return {};
    const JournalEntry &entry = *found;
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
    case AgentColumn:
        return entry.agent;
    case DeskColumn:
        return entry.desk;
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
    case AgentColumn:
        //: History column: the agent who sent the request
        return tr("Agent");
    case DeskColumn:
        //: History column: the computer the request was sent from
        return tr("Desk");
    default:
        return {};
    }
}

} // namespace nd
