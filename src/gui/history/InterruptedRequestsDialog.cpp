#include "gui/history/InterruptedRequestsDialog.h"

#include "gui/common/DeskColours.h"
#include "gui/common/PaletteFollower.h"
#include "gui/common/JournalEntryText.h"
#include "gui/common/ResultsTexts.h"
#include "journal/OrderJournal.h"
#include "network/ApiClient.h"
#include "ui_InterruptedRequestsDialog.h"

#include <QEvent>
#include <QLoggingCategory>
#include <QPushButton>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcInterrupted, "numberdesk.gui.interrupted")
}

InterruptedRequestsDialog::InterruptedRequestsDialog(
    const QList<JournalEntry> &records, OrderJournal *journal, ApiClient *client, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::InterruptedRequestsDialog>()),
      m_records(records),
      m_journal(journal),
      m_client(client)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("interruptedRequestsDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    nameTexts();
    PaletteFollower::followStyleSheet(m_ui->introLabel, [](const DeskColours &colours) {
        const Swatch box = colours.banner(Tone::Danger);
        return QStringLiteral("QLabel { background: %1; color: %2; padding: 8px; border: 1px solid %3; }")
            .arg(box.background.name(), box.foreground.name(), box.border.name());
    });
    m_ui->checkGroup->hide();
    m_ui->dialogLayout->setStretchFactor(m_ui->splitter, 1); // the warning keeps its natural height
    m_ui->recordsList->setWordWrap(true);
    m_ui->recordsList->setSpacing(2);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({300, 500});

    for (int row = 0; row < m_records.size(); ++row) {
        new QListWidgetItem(m_ui->recordsList);
        updateItem(row);
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->recordsList, &QListWidget::currentRowChanged, this, &InterruptedRequestsDialog::showRecord);
    connect(m_ui->lookUpButton, &QPushButton::clicked, this, &InterruptedRequestsDialog::lookUpSelected);
    connect(
        m_ui->checkNumbersButton, &QPushButton::clicked, this, &InterruptedRequestsDialog::showCheckGuidance);
    connect(m_ui->markCheckedButton, &QPushButton::clicked, this,
        &InterruptedRequestsDialog::markSelectedChecked);
    connect(m_ui->findingEdit, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_ui->markCheckedButton->setEnabled(!text.trimmed().isEmpty()); });
    m_ui->markCheckedButton->setEnabled(false);
    selectRecord(0);
}

void InterruptedRequestsDialog::nameTexts()
{
    //: %n is how many requests were on their way when NumberDesk stopped
    m_ui->introLabel->setText(tr("NumberDesk stopped while %n request(s) were being sent (a crash, a forced "
                                 "quit or a power cut). The server may or may not have carried them out. Do "
                                 "not send them again before you have checked: a second request could change "
                                 "the same lines twice.",
        "", int(m_records.size())));
    m_ui->guidanceLabel->setText(
        tr("Look each number up in Telegent's portal, or ask Telegent support about them, and see whether "
           "this change took effect. Then write down what you found and mark the request as checked. "
           "Only if the change did not happen, send it again as a new request."));
}

void InterruptedRequestsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // What the code last said about the selected request stays; what is typed is not touched.
        const QString note = m_ui->actionNote->text();
        m_ui->retranslateUi(this);
        m_ui->actionNote->setText(note);
        nameTexts();
        for (int row = 0; row < m_records.size(); ++row)
            updateItem(row);
    }
    QDialog::changeEvent(event);
}

InterruptedRequestsDialog::~InterruptedRequestsDialog()
{
    if (m_lookup)
        m_lookup->abandon(); // a lookup changes nothing on the server
}

int InterruptedRequestsDialog::currentRow() const
{
    const int row = m_ui->recordsList->currentRow();
    return row >= 0 && row < m_records.size() ? row : -1;
}

void InterruptedRequestsDialog::selectRecord(int row)
{
    m_ui->recordsList->setCurrentRow(row);
    showRecord(row);
}

void InterruptedRequestsDialog::updateItem(int row)
{
    const JournalEntry &record = m_records.at(row);
    const auto settled = m_settled.constFind(record.id);
    const QString state = settled == m_settled.cend() ? tr("Outcome unknown") : *settled;
    QListWidgetItem *item = m_ui->recordsList->item(row);
    // Three short lines instead of one long one: the list is narrow and must not cut anything off.
    const int count = int(record.numbers.size());
    const QString numbers
        = count == 1 ? record.numbers.first().requestedNumber : tr("%Ln number(s)", "", count);
    //: One interrupted request in the list, on three lines: %1 change type, %2 the number (or how many),
    //: %3 when it was sent, %4 the connection profile, %5 what is known of its outcome
    item->setText(tr("%1 · %2\n%3 · %4\n%5")
                      .arg(changeTypeTitle(record.changeType), numbers,
                          results::localDateTimeText(record.createdAt), record.context.profileName, state));
    item->setData(Qt::AccessibleTextRole, QString(history::entryLine(record) + QStringLiteral(". ") + state));
}

void InterruptedRequestsDialog::showRecord(int row)
{
    const bool valid = row >= 0 && row < m_records.size();
    m_ui->lookUpButton->setEnabled(false);
    m_ui->checkNumbersButton->setEnabled(valid);
    m_ui->checkGroup->hide();
    m_ui->findingEdit->clear();
    if (!valid) {
        m_ui->detailsView->clear();
        m_ui->actionNote->clear();
        return;
    }
    const JournalEntry &record = m_records.at(row);
    m_ui->detailsView->setHtml(history::entryDetailsHtml(record));
    if (const auto settled = m_settled.constFind(record.id); settled != m_settled.cend()) {
        m_ui->actionNote->setText(*settled);
        m_ui->checkNumbersButton->setEnabled(false);
        return;
    }
    if (record.orderId.isEmpty()) {
        // The usual case: the app stopped before the server's answer, which is where the OrderId is.
        m_ui->actionNote->setText(
            tr("No OrderId was received before NumberDesk stopped, so the order cannot be looked up. Check "
               "the numbers instead."));
    } else if (!m_client || m_client->configurationProblem()) {
        m_ui->actionNote->setText(
            tr("The order %1 can be looked up once a profile with its secret is active (it was sent under "
               "“%2”).")
                .arg(record.orderId, record.context.profileName));
    } else if (!canLookUpWithActiveAccount(record)) {
        // Another account cannot see the order; worse, the same OrderId there could be a different
        // order, and resolving this record with it would clear a warning that still applies.
        m_ui->actionNote->setText(
            tr("The order %1 was sent under “%2” (account %3 at %4). Switch to that account to look it up: "
               "the active account cannot see its orders.")
                .arg(record.orderId, record.context.profileName, record.context.accountKey,
                    record.context.baseUrl.host()));
    } else {
        m_ui->lookUpButton->setEnabled(!m_lookup);
        m_ui->actionNote->setText(tr("The order %1 can be looked up on the server.").arg(record.orderId));
    }
}

void InterruptedRequestsDialog::lookUpSelected()
{
    const int row = currentRow();
    if (row < 0 || m_lookup || !m_client || m_records.at(row).orderId.isEmpty())
        return;
    if (!canLookUpWithActiveAccount(m_records.at(row))) {
        showRecord(row); // the account changed since the record was shown: say so instead
        return;
    }
    const qint64 id = m_records.at(row).id;
    m_ui->lookUpButton->setEnabled(false);
    m_ui->actionNote->setText(tr("Looking the order up…"));
    m_lookup = m_client->lookupOrder(m_records.at(row).orderId);
    connect(m_lookup, &ApiCall::orderReceived, this, [this, row, id](const Order &order) {
        m_lookup.clear();
        if (m_journal && !m_journal->resolve(id, order)) {
            m_ui->actionNote->setText(m_journal->lastError());
            emit lookupFinished(false);
            return;
        }
        settle(row, tr("Order found: %1 (%2)").arg(order.orderId, order.serverStatus));
        emit lookupFinished(true);
    });
    connect(m_lookup, &ApiCall::failed, this, [this, row](const ApiError &error) {
        m_lookup.clear();
        if (currentRow() == row) {
            showRecord(row);
            m_ui->actionNote->setText(
                tr("The lookup failed: %1. Check the numbers instead.").arg(results::errorText(error)));
        }
        emit lookupFinished(false);
    });
}

bool InterruptedRequestsDialog::canLookUpWithActiveAccount(const JournalEntry &record) const
{
    return m_client && record.context.sameAccount(m_client->baseUrl(), m_client->accountKey());
}

void InterruptedRequestsDialog::showCheckGuidance()
{
    if (currentRow() < 0)
        return;
    m_ui->checkGroup->show();
    m_ui->findingEdit->setFocus();
}

void InterruptedRequestsDialog::markSelectedChecked()
{
    const int row = currentRow();
    const QString finding = m_ui->findingEdit->text().trimmed();
    if (row < 0 || finding.isEmpty())
        return;
    if (m_journal && !m_journal->resolve(m_records.at(row).id, finding)) {
        m_ui->actionNote->setText(m_journal->lastError());
        return;
    }
    settle(row, tr("Checked: %1").arg(finding));
}

void InterruptedRequestsDialog::settle(int row, const QString &how)
{
    const qint64 id = m_records.at(row).id;
    qCInfo(lcInterrupted) << "journal record" << id << "settled";
    m_settled.insert(id, how);
    if (m_journal) {
        if (const std::optional<JournalEntry> updated = m_journal->entry(id))
            m_records[row] = *updated;
    }
    updateItem(row);
    if (currentRow() == row)
        showRecord(row);
    emit recordSettled(id);
}

} // namespace nd
