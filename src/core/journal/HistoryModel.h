#pragma once

// The history view's table: every journal record matching a HistoryQuery, newest first, with the
// columns staff scan (when, what, which numbers, OrderId, server status, who and where, outcome). Built
// for journals of 100,000 orders and more: a search (HistorySearch, on a worker thread) yields only the
// matching ids, so the row count is exact at once; the records themselves are read a page at a time when the
// view first asks for a row, and only the pages last used are kept. Follows the journal's changes, so the
// view stays thin. Used by the history view.

#include "journal/JournalEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace nd {

class HistorySearch;
class OrderJournal;

class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column {
        DateColumn,
        ChangeTypeColumn,
        NumbersColumn,
        OrderIdColumn,
        StatusColumn,
        AgentColumn, // who sent it (team journal; the OS user on a desk of its own)
        DeskColumn, // from which computer
        OutcomeColumn, // last: it takes the width left over
        ColumnCount
    };
    enum Role {
        JournalIdRole = Qt::UserRole + 1, // qint64
        NeedsCheckingRole // bool: outcome unknown, do not resend blindly
    };
    static constexpr int NumbersShown = 3; // more are summarised as "+N more"
    static constexpr int PageSize = 100; // records read at once when the view reaches them
    static constexpr int PagesKept = 20; // the most recently used pages stay in memory

    explicit HistoryModel(OrderJournal *journal, QObject *parent = nullptr);
    ~HistoryModel() override;

    // Searches again in the background; the rows change when the answer comes (searchFinished). An
    // answer to an earlier query that arrives after a newer one was asked for is thrown away.
    void setQuery(const HistoryQuery &query);
    HistoryQuery query() const { return m_query; }
    void refresh();

    // A new query's answer is awaited (a journal change searching again quietly does not count).
    bool isSearching() const { return m_pendingSearch != 0 && !m_pendingFollowsJournal; }
    QString searchError() const { return m_searchError; } // of the last search; empty when it worked
    // The whole entry, all numbers included; reads its page when not in memory.
    std::optional<JournalEntry> entryAt(int row) const;
    int pagesRead() const { return m_pagesRead; } // pages read from the journal so far (benchmarks)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(const JournalEntry &entry);
    static QString numbersText(const JournalEntry &entry);

signals:
    void searchStarted();
    void searchFinished(); // the rows now answer the current query

private:
    void search(bool followingJournal);
    void onFound(int search, const QList<qint64> &ids, const QString &error);
    void onEntryChanged(qint64 id);
    const JournalEntry *cachedEntry(int row) const; // reads the row's page when needed
    void forgetPages();

    QPointer<OrderJournal> m_journal;
    HistorySearch *m_search = nullptr; // child; none without a journal
    HistoryQuery m_query;
    QList<qint64> m_ids; // every matching record, in row order
    int m_pendingSearch = 0; // the search whose answer is awaited; 0 when none
    bool m_pendingFollowsJournal = false; // it was started by a journal change, not a new query
    QString m_searchError;
    // Page number -> its records; m_pageUse lists page numbers, most recently used last.
    mutable QHash<int, QList<JournalEntry>> m_pages;
    mutable QList<int> m_pageUse;
    mutable int m_pagesRead = 0;
};

} // namespace nd
