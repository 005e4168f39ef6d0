#pragma once

// One status change from "Send" to its last lookup, without a widget: checks the connection and the
// request (RequestValidator), refuses while another is in flight or being confirmed, asks the journal
// which numbers still have an unknown outcome and asks the GUI to confirm destructive, back-dated or
// repeated changes (confirmationNeeded → confirm() / decline()), resolves what the agent checked,
// records the request as `sending` and sends it (JournaledSubmission), then follows a pending order
// (OrderFollower), writing every lookup to its record. An answer the journal cannot write holds
// sending until the agent acknowledges it; so does a team journal that cannot be reached.
// The GUI asks and shows what the signals say; it never sequences a send. Never resends on its own.

#include "journal/JournaledSubmission.h"
#include "journal/OrderJournal.h"
#include "request/StatusChangeRequest.h"
#include "response/ApiError.h"
#include "response/Order.h"
#include "session/UnresolvedRequests.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <optional>

namespace nd {

class ApiCall;
class ApiClient;
class OrderFollower;

class StatusChangeSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusChangeSession)

public:
    // Why nothing was sent.
    enum class Refusal {
        NotConfigured, // the connection lacks an address or credentials
        Invalid, // the request breaks a rule (the form shows which)
        Busy, // another request is in flight, or its confirmation is open
        NoJournal, // the journal could not be opened, or has not been yet
        JournalOpening, // the journal is still being checked
        WriteFailureUnacknowledged, // an earlier answer could not be recorded
        TeamJournalUnreachable,
        ClaimedElsewhere, // another record (of any desk) holds one of the numbers
        JournalCannotRecord, // the `sending` record (or a resolution) could not be written
        AccountChanged, // the connection moved to another server or account while the agent confirmed
    };
    Q_ENUM(Refusal)

    // What the confirmation dialog needs.
    struct Confirmation
    {
        ValidatedRequest request;
        QDate today;
        QStringList unresolved; // one line per earlier request with an unknown outcome
    };

    explicit StatusChangeSession(ApiClient *client, QObject *parent = nullptr);
    ~StatusChangeSession() override;

    // The journal every request goes through (not owned; opened by the GUI's DeskJournal). Until one
    // is set, and while none is, every send is refused with the reason given here.
    void setJournal(OrderJournal *journal);
    void setJournalUnavailable(const QString &problem, bool opening = false);
    OrderJournal *journal() const { return m_journal; }
    // The profile named in the records of the requests sent from now on.
    void setProfileName(const QString &name) { m_profileName = name; }
    // Tests: the date validation and the "past date" question take for today (invalid: the clock's).
    void setToday(const QDate &today) { m_fixedToday = today; }

    void submit(const StatusChangeRequest &typed);
    void confirm(); // the agent confirmed (and checked the unresolved numbers)
    void decline();
    // Stops waiting for the answer; the server may still carry out a request that has left.
    void abandon();
    // From the send until its outcome is recorded and shown (JournaledSubmission::settled), which for a
    // large answer is some event-loop turns after the call itself has finished.
    bool isInFlight() const { return m_inFlightRecord != 0; }
    bool isAwaitingConfirmation() const { return m_pending.has_value(); }

    // Following the last pending order.
    OrderFollower *follower() const { return m_follower; }
    void stopFollowing(const QString &reason);
    // The account may change only between requests; a switch stops following the old account's order.
    bool canSwitchAccount() const { return !isInFlight() && !isAwaitingConfirmation(); }
    void accountSwitched();

    // An answer that arrived but could not be written (disk full, file gone): the server may have made
    // the change and the journal cannot show it. Sending stays off until acknowledged; the record stays
    // `sending`, which the unresolved check counts.
    QString unacknowledgedWriteFailure() const { return m_writeFailure; }
    void acknowledgeWriteFailure();
    // A team journal whose server stopped answering: why nothing is sent now (empty when it answers).
    QString teamJournalProblem() const;

signals:
    void confirmationNeeded(const nd::StatusChangeSession::Confirmation &confirmation);
    void refused(nd::StatusChangeSession::Refusal why, const QString &reason);
    void declined();
    void statusMessage(const QString &message); // one line for the status bar at each step
    void sending(const nd::ValidatedRequest &request, const QString &description);
    void inFlightChanged(bool inFlight);
    void orderReceived(const nd::Order &order);
    void failed(const nd::ApiError &error, const nd::ValidatedRequest &sent);
    void finished();
    // Following a pending order (OrderFollower's, with each lookup already in the journal).
    void orderUpdated(const nd::Order &order);
    void lookupFailed(const nd::ApiError &error);
    void gaveUp();
    void countdownChanged(int seconds);
    void followingStopped(const QString &reason);
    void writeFailureChanged();
    void teamJournalChanged();
    void journalMessage(const QString &text); // a lookup the journal could not record

private:
    QDate today() const;
    void refuse(Refusal why, const QString &reason);
    // Why the journal cannot take a request now; nullopt when it can.
    std::optional<std::pair<Refusal, QString>> journalRefusal() const;
    void send(const ValidatedRequest &request, const UnresolvedRequests &checked);
    void onOrder(qint64 journalId, const Order &order);
    void onFinished();
    void recordLookup(const Order &lookup);
    void reportWriteFailure(qint64 journalId, const QString &reason);

    QPointer<ApiClient> m_client;
    QPointer<OrderJournal> m_journal;
    JournaledSubmission *m_submission = nullptr;
    OrderFollower *m_follower = nullptr;
    QString m_journalProblem;
    bool m_journalOpening = false;
    QString m_profileName;
    QDate m_fixedToday;
    struct Pending
    {
        ValidatedRequest request;
        UnresolvedRequests unresolved;
        // Where the agent was sending when asked: a confirmed change never goes anywhere else.
        QUrl baseUrl;
        QString accountKey;
    };
    std::optional<Pending> m_pending; // awaiting the agent's confirmation
    QPointer<ApiCall> m_call; // for abandon(); null once the call has finished
    qint64 m_inFlightRecord = 0; // the journal record of the request in flight
    ValidatedRequest m_sent;
    qint64 m_followedRecord = 0; // the record of the order followed now
    Order m_followed; // as shown: the answer with every lookup merged in
    QString m_writeFailure;
};

} // namespace nd

Q_DECLARE_METATYPE(nd::StatusChangeSession::Confirmation)
