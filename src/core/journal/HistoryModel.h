#pragma once

// The history view's table: the journal records matching a HistoryQuery, newest first, with the
// columns staff scan (when, what, which numbers, OrderId, server status, outcome). Re-reads itself when
// the journal changes, so the view stays thin. Used by the history view and the CSV export (entries()).

#include "journal/JournalEntry.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace nd {

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
        OutcomeColumn,
        ColumnCount
    };
    enum Role {
        JournalIdRole = Qt::UserRole + 1, // qint64
        NeedsCheckingRole // bool: outcome unknown, do not resend blindly
    };
    static constexpr int NumbersShown = 3; // more are summarised as "+N more"

    explicit HistoryModel(OrderJournal *journal, QObject *parent = nullptr);

    void setQuery(const HistoryQuery &query); // and refresh
    HistoryQuery query() const { return m_query; }
    void refresh();

    const QList<JournalEntry> &entries() const { return m_entries; } // what is visible, for export
    std::optional<JournalEntry> entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(const JournalEntry &entry);
    static QString numbersText(const JournalEntry &entry);

private:
    void onEntryChanged(qint64 id);

    QPointer<OrderJournal> m_journal;
    HistoryQuery m_query;
    QList<JournalEntry> m_entries;
};

} // namespace nd
