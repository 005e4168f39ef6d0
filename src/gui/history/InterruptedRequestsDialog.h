#pragma once

// Shown at startup when OrderJournal::markInterruptedAsOutcomeUnknown() found requests that were in
// flight when NumberDesk stopped. Each is "outcome unknown": the server may or may not have acted. Per
// record the user can look the order up (only when an OrderId is known, which it rarely is, and only
// with the account that sent it) or check the numbers by hand and record the finding
// (OrderJournal::resolve). There is deliberately no "resend": a blind resend could act twice on a
// customer's line. Opened by the main window.

#include "journal/JournalEntry.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <memory>

namespace Ui {
class InterruptedRequestsDialog;
}

namespace nd {

class ApiCall;
class ApiClient;
class OrderJournal;

class InterruptedRequestsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptedRequestsDialog)

public:
    // `journal` records the findings; `client` (may be null) looks orders up. Neither is owned.
    InterruptedRequestsDialog(const QList<JournalEntry> &records, OrderJournal *journal, ApiClient *client,
        QWidget *parent = nullptr);
    ~InterruptedRequestsDialog() override;

    int recordCount() const { return int(m_records.size()); }
    int settledCount() const { return int(m_settled.size()); }
    void selectRecord(int row);

    void lookUpSelected();
    void showCheckGuidance();
    void markSelectedChecked(); // with the text typed as the finding

signals:
    void recordSettled(qint64 journalId);
    void lookupFinished(bool found);

protected:
    void changeEvent(QEvent *event) override;

private:
    void nameTexts(); // the texts the code gives the dialog
    int currentRow() const;
    // Lookups go only to the account that sent the request (see showRecord).
    bool canLookUpWithActiveAccount(const JournalEntry &record) const;
    void showRecord(int row);
    void updateItem(int row);
    void settle(int row, const QString &how);

    std::unique_ptr<Ui::InterruptedRequestsDialog> m_ui;
    QList<JournalEntry> m_records;
    QPointer<OrderJournal> m_journal;
    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_lookup;
    QHash<qint64, QString> m_settled; // journal id -> how it was settled
};

} // namespace nd
