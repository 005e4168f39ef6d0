#pragma once

// One order from the history, as it was: what was sent and under which profile, then the same
// ResultsPanel the desk shows (QR codes re-loaded from their URLs, with the panel's per-number message
// when they have expired), or the error with its trace id. Opened by HistoryWindow, through the opener
// MainWindow hands it (the history feature does not include the results feature).

#include "journal/JournalEntry.h"

#include <QDialog>
#include <QPointer>
#include <memory>

namespace Ui {
class HistoryEntryDialog;
}

namespace nd {

class ApiClient;
class OrderJournal;
class ResultsPanel;

class HistoryEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryEntryDialog)

public:
    // `deskClient` is used (and polling results recorded in `journal`) only when it is still connected
    // to the account the order was sent under; otherwise the dialog uses a client of its own without
    // credentials, which can load QR codes but looks nothing up. Neither is owned.
    HistoryEntryDialog(
        const JournalEntry &entry, ApiClient *deskClient, OrderJournal *journal, QWidget *parent = nullptr);
    ~HistoryEntryDialog() override;

    qint64 journalId() const { return m_entry.id; }
    ResultsPanel *results() const { return m_results; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void nameTexts();
    std::unique_ptr<Ui::HistoryEntryDialog> m_ui;
    JournalEntry m_entry;
    QPointer<OrderJournal> m_journal;
    ResultsPanel *m_results = nullptr;
};

} // namespace nd
