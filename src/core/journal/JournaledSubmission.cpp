#include "journal/JournaledSubmission.h"

#include "journal/OrderJournal.h"
#include "network/ApiCall.h"
#include "network/ApiClient.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace nd {
namespace {
Q_LOGGING_CATEGORY(lcSubmission, "numberdesk.core.journal.submission")
} // namespace

JournaledSubmission::JournaledSubmission(ApiClient *client, OrderJournal *journal, QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal)
{ }

JournalContext JournaledSubmission::contextFor(const QString &profileName) const
{
    if (!m_client)
        return {profileName, {}, {}};
    return {profileName, m_client->baseUrl(), m_client->accountKey()};
}

JournaledSend JournaledSubmission::submit(const JournalContext &context, const ValidatedRequest &request)
{
    JournaledSend send;
    if (!m_client) {
        send.refusal = QCoreApplication::translate("JournaledSubmission", "No connection is set up.");
        return send;
    }
    if (const std::optional<QString> problem = m_client->configurationProblem()) {
        send.refusal = *problem; // nothing would leave: no need to record it
        return send;
    }
    if (!m_journal) {
        send.refusal = QCoreApplication::translate("JournaledSubmission",
            "The order journal is not open, and NumberDesk does not "
            "send status changes it cannot record.");
        return send;
    }
    send.journalId = m_journal->recordSending(context, request);
    if (!send.journalId) {
        send.refusal = m_journal->lastError();
        send.claimedElsewhere = !m_journal->refusedBy().isEmpty();
        return send;
    }

    const qint64 id = *send.journalId;
    ApiCall *call = m_client->submitStatusChange(request);
    // A call ends with exactly one of orderReceived and failed (ApiCall.h): each path settles once its
    // outcome is recorded and reported.
    connect(call, &ApiCall::orderReceived, this, [this, id](const Order &order) {
        if (!m_journal) {
            record(id, false);
            emit orderReceived(id, order);
            emit settled(id);
            return;
        }
        // Spread over event-loop turns when large; the order is shown once it is recorded, as before.
        m_journal->recordOrderInSteps(
            id, order, this, [this, id, order](bool written, const QString &whyNot) {
                record(id, written, whyNot);
                emit orderReceived(id, order);
                emit settled(id);
            });
    });
    connect(call, &ApiCall::failed, this, [this, id](const ApiError &error) {
        record(id, m_journal && m_journal->recordFailure(id, error));
        emit failed(id, error);
        emit settled(id);
    });
    send.call = call;
    return send;
}

void JournaledSubmission::record(qint64 journalId, bool written, const QString &whyNot)
{
    if (written)
        return;
    QString message = whyNot;
    if (message.isEmpty()) {
        message = m_journal
            ? m_journal->lastError()
            : QCoreApplication::translate("JournaledSubmission", "The order journal was closed.");
    }
    qCWarning(lcSubmission) << "record" << journalId << "could not be updated";
    emit journalWriteFailed(journalId, message);
}

} // namespace nd
