#pragma once

// Opens a history row as the app does: MainWindow hands HistoryWindow an opener that makes the results
// feature's HistoryEntryDialog (the history feature does not include the results feature).

#include "gui/history/HistoryWindow.h"
#include "gui/results/HistoryEntryDialog.h"

namespace historytest {

inline void openEntriesLikeTheApp(nd::HistoryWindow &window)
{
    window.setEntryOpener([](const nd::JournalEntry &entry, nd::ApiClient *client, nd::OrderJournal *journal,
                              QWidget *parent) -> QDialog * {
        return new nd::HistoryEntryDialog(entry, client, journal, parent);
    });
}

inline nd::HistoryEntryDialog *openEntry(nd::HistoryWindow &window, int row)
{
    openEntriesLikeTheApp(window);
    return qobject_cast<nd::HistoryEntryDialog *>(window.openRow(row));
}

} // namespace historytest
