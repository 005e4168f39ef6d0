#include "gui/form/SubmissionFlow.h"

#include "gui/form/ConfirmChangeDialog.h"
#include "gui/form/StatusChangeForm.h"
#include "gui/common/UserPrompts.h"
#include "gui/results/ResultsPanel.h"
#include "network/ApiClient.h"
#include "request/RequestValidator.h"

#include <QLocale>
#include <QLoggingCategory>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcSubmit, "numberdesk.gui.submission")
}

SubmissionFlow::SubmissionFlow(
    ApiClient *client, StatusChangeForm *form, ResultsPanel *results, QObject *parent)
    : QObject(parent), m_client(client), m_form(form), m_results(results)
{ }

void SubmissionFlow::submit()
{
    if (!m_client || !m_form || isInFlight() || m_awaitingConfirmation)
        return;
    if (const std::optional<QString> problem = m_client->configurationProblem()) {
        emit statusMessage(*problem);
        return;
    }
    // Checked again at the moment of sending: "today" may have moved since the last edit.
    const QDate today = QDate::currentDate();
    const ValidationResult result = validateRequest(m_form->request(), today);
    if (!result.request) {
        m_form->revalidate();
        emit statusMessage(tr("Not sent: %1").arg(result.firstBlockingReason()));
        return;
    }
    const ValidatedRequest request = *result.request;
    const bool pastDate = request.effectiveDate < today;
    const QStringList unresolved = m_unresolvedCheck ? m_unresolvedCheck(request) : QStringList();
    if (!ruleFor(request.changeType).destructive && !pastDate && unresolved.isEmpty()) {
        send(request);
        return;
    }
    m_awaitingConfirmation = true;
    auto *dialog = new ConfirmChangeDialog(request, today, m_form->window());
    dialog->setUnresolvedWarning(unresolved);
    UserPrompts::ask(dialog, this, [this, request](bool accepted) {
        m_awaitingConfirmation = false;
        if (accepted) {
            send(request);
        } else {
            qCInfo(lcSubmit) << "the user chose not to send" << wireName(request.changeType);
            emit statusMessage(tr("Not sent."));
        }
    });
}

void SubmissionFlow::abandon()
{
    if (!m_call)
        return;
    qCInfo(lcSubmit) << "the user abandoned waiting; request sent:" << m_call->requestWasSent();
    m_call->abandon(); // emits failed (with the "server may still act" note) and finished
}

void SubmissionFlow::send(const ValidatedRequest &request)
{
    if (!m_client || isInFlight())
        return;
    m_sent = request;
    if (m_form)
        m_form->clearServerErrors();
    qCInfo(lcSubmit) << "sending" << wireName(request.changeType) << "for" << request.numbers.size()
                     << "numbers";
    // Nothing is ever sent without its journal record: a crash mid-request must leave a trace.
    if (!m_journaledSender) {
        refuse(tr("The order journal is not open, so nothing is sent: every request must be recorded before "
                  "it leaves. Use File → Open the order journal again."));
        return;
    }
    // Recorded as "sending" on disk before it leaves; refused (nothing sent) when it cannot be.
    const JournaledSend sent = m_journaledSender(request);
    if (!sent.wasSent()) {
        refuse(sent.refusal);
        return;
    }
    m_call = sent.call;
    connect(m_call, &ApiCall::orderReceived, this, &SubmissionFlow::onOrder);
    connect(m_call, &ApiCall::failed, this, &SubmissionFlow::onFailed);
    connect(m_call, &ApiCall::finished, this, &SubmissionFlow::onFinished);

    const QString busy = tr("Sending %1 to %3 (numbers: %2)…")
                             .arg(changeTypeTitle(request.changeType))
                             .arg(QLocale().toString(request.numbers.size()))
                             .arg(m_client->baseUrl().host());
    if (m_results)
        m_results->showBusy(busy);
    if (m_form)
        m_form->setBusy(true);
    emit statusMessage(busy);
    emit inFlightChanged(true);
}

void SubmissionFlow::refuse(const QString &reason)
{
    qCWarning(lcSubmit) << "not sent: no journal record";
    ApiError refusal;
    refusal.kind = ApiError::Kind::Configuration;
    refusal.title = tr("Not sent");
    refusal.message = reason;
    if (m_results)
        m_results->showError(refusal);
    emit statusMessage(reason);
}

void SubmissionFlow::onOrder(const Order &order)
{
    if (m_results) {
        m_results->clearBusy();
        m_results->showOrder(order);
    }
    emit statusMessage(tr("Order %1: %2").arg(order.orderId, order.serverStatus));
    emit orderReceived(order);
}

void SubmissionFlow::onFailed(const ApiError &error)
{
    if (m_results) {
        m_results->clearBusy();
        m_results->showError(error);
    }
    if (m_form) {
        // Read-only while sending; the rows must be editable again before errors point at them.
        m_form->setBusy(false);
        m_form->showServerErrors(error, m_sent);
    }
    emit statusMessage(error.serverMayHaveActed()
            ? tr("%1 — the change may have been made: check the numbers before sending again.")
                  .arg(error.title)
            : tr("Not done: %1").arg(error.title));
    emit requestFailed(error);
}

void SubmissionFlow::onFinished()
{
    m_call.clear(); // the call deletes itself after this signal
    if (m_form)
        m_form->setBusy(false);
    emit inFlightChanged(false);
}

} // namespace nd
