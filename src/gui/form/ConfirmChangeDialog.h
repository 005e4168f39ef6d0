#pragma once

// Asks before a change that cannot easily be undone (the rules table's `destructive`: cancel, park,
// swap, replace) and before any change with a past effective date: lists every number as it will be
// sent, the date, and what happens. "Don't send" is the default and focused button. Shown by
// FormSessionLink through UserPrompts.

#include "request/StatusChangeRequest.h"

#include <QDialog>
#include <memory>

class QPushButton;

namespace Ui {
class ConfirmChangeDialog;
}

namespace nd {

class ConfirmChangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmChangeDialog)

public:
    ConfirmChangeDialog(const ValidatedRequest &request, const QDate &today, QWidget *parent = nullptr);
    ~ConfirmChangeDialog() override;

    QPushButton *sendButton() const { return m_send; }
    QPushButton *dontSendButton() const { return m_dontSend; }
    bool needsPastDateConfirmation() const { return m_pastDate; }
    // Earlier requests for the same numbers whose outcome is unknown: sending again could act twice,
    // so Send also needs an explicit "I have checked".
    void setUnresolvedWarning(const QStringList &records);

protected:
    void changeEvent(QEvent *event) override;

private:
    void nameTexts(); // everything the code words, from m_request and m_unresolvedRecords
    void updateSendButton();

    std::unique_ptr<Ui::ConfirmChangeDialog> m_ui;
    QPushButton *m_send = nullptr;
    QPushButton *m_dontSend = nullptr;
    bool m_pastDate = false;
    bool m_unresolved = false;
    ValidatedRequest m_request;
    QStringList m_unresolvedRecords;
};

} // namespace nd
