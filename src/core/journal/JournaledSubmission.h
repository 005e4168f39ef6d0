#pragma once

// Sends a status change only after the order journal holds it, then records what came of it. The one
// way the desk submits status changes, so no request can leave unrecorded. (Later lookups of the order
// are written with OrderJournal::updateOrder.) Used by the desk (GUI) and the journal tests.

#include "journal/JournalEntry.h"
#include "request/StatusChangeRequest.h"
#include "response/ApiError.h"
#include "response/Order.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace nd {

class ApiCall;
class ApiClient;
class OrderJournal;

struct JournaledSend
{
    std::optional<qint64> journalId; // set once the request is recorded
    QPointer<ApiCall> call; // for abandon(); null when nothing was sent
    QString refusal; // why nothing was sent; empty when sent
    bool claimedElsewhere = false; // refused because another record holds a number (OrderJournal::refusedBy)

    bool wasSent() const { return !call.isNull(); }
};

class JournaledSubmission final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournaledSubmission)

public:
    // Neither is owned; both must outlive the calls started here. `journal` may be null (no journal
    // could be opened): then every submit is refused.
    JournaledSubmission(ApiClient *client, OrderJournal *journal, QObject *parent = nullptr);

    // The context the client's current settings describe, under the given profile name.
    JournalContext contextFor(const QString &profileName) const;

    // Records the request as `sending` (on disk), then sends it. Refuses, sending nothing, when the client
    // is not configured or the journal cannot record.
    JournaledSend submit(const JournalContext &context, const ValidatedRequest &request);

signals:
    void orderReceived(qint64 journalId, const nd::Order &order);
    void failed(qint64 journalId, const nd::ApiError &error);
    // The outcome arrived but could not be written: tell the user, the journal lacks it.
    void journalWriteFailed(qint64 journalId, const QString &message);
    // The request is over: its outcome is recorded (or could not be) and reported through the signals
    // above. Once per submit that was sent; for a large answer some event-loop turns after the call
    // itself ended, since the answer is recorded over several (OrderJournal::recordOrderInSteps).
    void settled(qint64 journalId);

private:
    // `whyNot`: the journal's message when it said why; else its last error.
    void record(qint64 journalId, bool written, const QString &whyNot = QString());

    QPointer<ApiClient> m_client;
    QPointer<OrderJournal> m_journal;
};

} // namespace nd
