#include "gui/results/HistoryEntryDialog.h"

#include "gui/common/JournalEntryText.h"
#include "gui/results/ResultsPanel.h"
#include "journal/OrderJournal.h"
#include "network/ApiClient.h"
#include "session/OrderFollower.h"
#include "ui_HistoryEntryDialog.h"

#include <QEvent>
#include <QLoggingCategory>
#include <QPushButton>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcHistoryEntry, "numberdesk.gui.historyentry")

bool sameAccount(const ApiClient &client, const JournalContext &context)
{
    return client.baseUrl() == context.baseUrl && client.accountKey() == context.accountKey
        && !client.configurationProblem();
}
} // namespace

HistoryEntryDialog::HistoryEntryDialog(
    const JournalEntry &entry, ApiClient *deskClient, OrderJournal *journal, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HistoryEntryDialog>()), m_entry(entry), m_journal(journal)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("historyEntryDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Following an order under another account would ask the wrong server; loading QR codes needs no
    // account at all.
    const bool live = deskClient && sameAccount(*deskClient, entry.context);
    ApiClient *client = live ? deskClient : new ApiClient(this);
    if (!live)
        client->setBaseUrl(entry.context.baseUrl);
    m_results = new ResultsPanel(client, m_ui->resultsHolder);
    m_results->setObjectName(QStringLiteral("historyResultsPanel"));
    m_ui->resultsLayout->addWidget(m_results);

    Order order = entry.toOrder();
    // The journal keeps when the request was sent, not the server's order date: close enough for the
    // header and the customer cards, which would otherwise have no date at all.
    if (!order.orderDate && entry.createdAt.isValid())
        order.orderDate = entry.createdAt;
    const bool hasOrder = !entry.orderId.isEmpty();
    nameTexts();
    // A pending order is followed here, as the desk follows the one it sent.
    auto *follower = new OrderFollower(client, this);
    follower->setObjectName(QStringLiteral("historyOrderFollower"));
    m_results->observe(follower);
    if (hasOrder) {
        m_results->showOrder(order);
        if (isUnfinished(order.state))
            follower->follow(order.orderId);
    }
    if (const std::optional<ApiError> error = history::entryError(entry))
        m_results->showError(*error);
    if (live && m_journal && hasOrder) {
        connect(m_results, &ResultsPanel::orderChanged, this, [this](const Order &updated) {
            if (m_journal && !m_journal->updateOrder(m_entry.id, updated))
                qCWarning(lcHistoryEntry) << "could not record a lookup of journal record" << m_entry.id;
        });
    }
    qCInfo(lcHistoryEntry) << "showing journal record" << entry.id << (live ? "live" : "read-only");
}

HistoryEntryDialog::~HistoryEntryDialog() = default;

void HistoryEntryDialog::nameTexts()
{
    setWindowTitle(
        m_entry.orderId.isEmpty() ? tr("Request from the history") : tr("Order %1").arg(m_entry.orderId));
    m_ui->summaryLabel->setText(history::entryDetailsHtml(m_entry, m_entry.orderId.isEmpty()));
}

void HistoryEntryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        nameTexts(); // the results panel inside retranslates itself
    }
    QDialog::changeEvent(event);
}

} // namespace nd
