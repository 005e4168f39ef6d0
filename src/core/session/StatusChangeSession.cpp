#include "session/StatusChangeSession.h"

#include "journal/OrderJournal.h"
#include "network/ApiCall.h"
#include "network/ApiClient.h"
#include "request/RequestValidator.h"
#include "session/OrderFollower.h"

#include <QLocale>
#include <QLoggingCategory>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcSession, "numberdesk.core.session")
} // namespace

StatusChangeSession::StatusChangeSession(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_follower(new OrderFollower(client, this))
{
    qRegisterMetaType<Confirmation>();
    m_follower->setObjectName(QStringLiteral("orderFollower"));
    connect(m_follower, &OrderFollower::orderUpdated, this, [this](const Order &lookup) {
        recordLookup(lookup);
        emit orderUpdated(lookup);
    });
    connect(m_follower, &OrderFollower::lookupFailed, this, &StatusChangeSession::lookupFailed);
    connect(m_follower, &OrderFollower::gaveUp, this, &StatusChangeSession::gaveUp);
    connect(m_follower, &OrderFollower::countdownChanged, this, &StatusChangeSession::countdownChanged);
    connect(m_follower, &OrderFollower::followingStopped, this, &StatusChangeSession::followingStopped);
}

StatusChangeSession::~StatusChangeSession()
{
    delete m_submission; // before the journal it writes to may go
}

void StatusChangeSession::setJournal(OrderJournal *journal)
{
    if (m_journal == journal)
        return;
    if (isInFlight()) {
        // Its answer is written through the current JournaledSubmission: replacing it now would leave the
        // record `sending` for ever. DeskJournal hands a journal over only before anything is sent.
        qCWarning(lcSession) << "a journal handed over while a request is in flight: ignored";
        return;
    }
    delete m_submission;
    m_submission = nullptr;
    m_journal = journal;
    m_journalOpening = false;
    if (!journal)
        return;
    m_journalProblem.clear();
    m_submission = new JournaledSubmission(m_client, journal, this);
    connect(m_submission, &JournaledSubmission::orderReceived, this, &StatusChangeSession::onOrder);
    connect(m_submission, &JournaledSubmission::failed, this, [this](qint64, const ApiError &error) {
        emit failed(error, m_sent); // the views show it first; the status line sums it up
        emit statusMessage(error.serverMayHaveActed()
                ? tr("%1 — the change may have been made: check the numbers before sending again.")
                      .arg(error.title)
                : tr("Not done: %1").arg(error.title));
    });
    connect(m_submission, &JournaledSubmission::journalWriteFailed, this,
        &StatusChangeSession::reportWriteFailure);
    connect(m_submission, &JournaledSubmission::settled, this, [this](qint64 journalId) {
        if (journalId == m_inFlightRecord)
            onFinished();
    });
    connect(journal, &OrderJournal::connectionChanged, this, &StatusChangeSession::teamJournalChanged);
    // An answer kept while the team journal was away that it then refused: the same hold as an answer
    // a file journal cannot write.
    connect(journal, &OrderJournal::keptWriteFailed, this, &StatusChangeSession::reportWriteFailure);
}

void StatusChangeSession::setJournalUnavailable(const QString &problem, bool opening)
{
    setJournal(nullptr);
    m_journalProblem = problem;
    m_journalOpening = opening;
}

QDate StatusChangeSession::today() const
{
    return m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
}

void StatusChangeSession::submit(const StatusChangeRequest &typed)
{
    if (isInFlight() || isAwaitingConfirmation()) {
        refuse(Refusal::Busy, tr("Not sent: the previous request has not finished yet."));
        return;
    }
    if (!m_client) {
        refuse(Refusal::NotConfigured, tr("No connection is set up."));
        return;
    }
    if (const std::optional<QString> problem = m_client->configurationProblem()) {
        refuse(Refusal::NotConfigured, *problem);
        return;
    }
    // Checked again at the moment of sending: "today" may have moved since the last edit.
    const QDate now = today();
    const ValidationResult result = validateRequest(typed, now);
    if (!result.request) {
        refuse(Refusal::Invalid, tr("Not sent: %1").arg(result.firstBlockingReason()));
        return;
    }
    const ValidatedRequest request = *result.request;
    // No question for a request nothing could record.
    if (const auto refusal = journalRefusal()) {
        refuse(refusal->first, refusal->second);
        return;
    }
    const UnresolvedRequests unresolved = unresolvedTouching(*m_journal, request);
    const bool pastDate = request.effectiveDate < now;
    if (!ruleFor(request.changeType).destructive && !pastDate && unresolved.isEmpty()) {
        send(request, {});
        return;
    }
    m_pending = Pending {request, unresolved, m_client->baseUrl(), m_client->accountKey()};
    qCInfo(lcSession) << "asking before sending" << wireName(request.changeType);
    emit confirmationNeeded(Confirmation {request, now, unresolved.lines});
}

void StatusChangeSession::confirm()
{
    if (!m_pending)
        return;
    const Pending pending = *std::exchange(m_pending, std::nullopt);
    // The profile can be applied again under an open question (the sandbox restarting, the account key of
    // the --api-base profile typed): what the agent confirmed was for the connection they saw.
    if (m_client->baseUrl() != pending.baseUrl || m_client->accountKey() != pending.accountKey) {
        refuse(Refusal::AccountChanged,
            tr("Not sent: the connection changed to %1 while you were confirming. Check the request and "
               "send it again.")
                .arg(m_client->baseUrl().host()));
        return;
    }
    send(pending.request, pending.unresolved);
}

void StatusChangeSession::decline()
{
    if (!m_pending)
        return;
    qCInfo(lcSession) << "the agent chose not to send" << wireName(m_pending->request.changeType);
    m_pending.reset();
    emit statusMessage(tr("Not sent."));
    emit declined();
}

void StatusChangeSession::abandon()
{
    if (!m_call)
        return;
    qCInfo(lcSession) << "the agent abandoned waiting; request sent:" << m_call->requestWasSent();
    m_call->abandon(); // emits failed (with the "server may still act" note) and finished
}

std::optional<std::pair<StatusChangeSession::Refusal, QString>> StatusChangeSession::journalRefusal() const
{
    // Nothing is ever sent without its journal record: a crash mid-request must leave a trace.
    if (!m_journal || !m_submission) {
        if (m_journalProblem.isEmpty())
            return std::pair {Refusal::NoJournal,
                tr("The order journal is not open, so nothing is sent: every request must be recorded "
                   "before it leaves. Use File → Open the order journal again.")};
        return std::pair {m_journalOpening ? Refusal::JournalOpening : Refusal::NoJournal,
            tr("Not sent: %1").arg(m_journalProblem)};
    }
    if (!m_writeFailure.isEmpty())
        return std::pair {Refusal::WriteFailureUnacknowledged,
            tr("Not sent: the order journal could not record an earlier answer. Read the message at the top "
               "of the window and confirm it first.")};
    if (const QString team = teamJournalProblem(); !team.isEmpty())
        return std::pair {Refusal::TeamJournalUnreachable, tr("Not sent: %1").arg(team)};
    return std::nullopt;
}

void StatusChangeSession::send(const ValidatedRequest &request, const UnresolvedRequests &checked)
{
    // Asked again: the journal may have gone, or refused an answer, while the agent was deciding.
    if (const auto refusal = journalRefusal()) {
        refuse(refusal->first, refusal->second);
        return;
    }
    // The agent ticked "I have checked these numbers" to get here: the records they were shown are
    // resolved first, by them. They hold their numbers' claims, and the journal says who checked them.
    if (checked.numbers == e164NumbersOf(request)) {
        const QString finding = tr("Checked by the agent before sending again to these numbers.");
        for (const qint64 id : checked.settledByConfirming) {
            if (!m_journal->resolve(id, finding)) {
                refuse(Refusal::JournalCannotRecord, tr("Not sent: %1").arg(m_journal->lastError()));
                return;
            }
        }
    }
    qCInfo(lcSession) << "sending" << wireName(request.changeType) << "for" << request.numbers.size()
                      << "numbers";
    // Recorded as "sending" on disk before it leaves; refused (nothing sent) when it cannot be.
    const JournaledSend sent = m_submission->submit(m_submission->contextFor(m_profileName), request);
    if (!sent.wasSent()) {
        refuse(
            sent.claimedElsewhere ? Refusal::ClaimedElsewhere : Refusal::JournalCannotRecord, sent.refusal);
        return;
    }
    m_sent = request;
    m_call = sent.call;
    m_inFlightRecord = *sent.journalId;
    const QString description = tr("Sending %1 to %3 (numbers: %2)…")
                                    .arg(changeTypeTitle(request.changeType))
                                    .arg(QLocale().toString(request.numbers.size()))
                                    .arg(m_client->baseUrl().host());
    emit sending(request, description);
    emit statusMessage(description);
    emit inFlightChanged(true);
}

void StatusChangeSession::refuse(Refusal why, const QString &reason)
{
    qCWarning(lcSession) << "not sent:" << why;
    emit refused(why, reason);
    if (why != Refusal::Busy)
        emit statusMessage(reason);
}

void StatusChangeSession::onOrder(qint64 journalId, const Order &order)
{
    emit orderReceived(order);
    emit statusMessage(tr("Order %1: %2").arg(order.orderId, order.serverStatus));
    // Shown first, then followed: the view's "Checking the order…" gives way to the countdown.
    m_followedRecord = journalId;
    m_followed = order;
    if (isUnfinished(order.state) && !order.orderId.isEmpty())
        m_follower->follow(order.orderId);
    else
        m_follower->stop();
}

void StatusChangeSession::onFinished()
{
    m_call.clear(); // the call has deleted itself, or will
    m_inFlightRecord = 0;
    emit inFlightChanged(false);
    emit finished();
}

void StatusChangeSession::recordLookup(const Order &lookup)
{
    if (!m_journal || m_followedRecord == 0 || lookup.orderId != m_followed.orderId)
        return;
    m_followed = mergeLookup(m_followed, lookup);
    if (!m_journal->updateOrder(m_followedRecord, m_followed))
        emit journalMessage(m_journal->lastError());
}

void StatusChangeSession::stopFollowing(const QString &reason)
{
    m_follower->stop(reason);
}

void StatusChangeSession::accountSwitched()
{
    // Lookups would go to the other account.
    stopFollowing(tr("Stopped checking: the connection changed to another account. Look the order up "
                     "again from History."));
}

QString StatusChangeSession::teamJournalProblem() const
{
    if (!m_journal || !m_journal->isTeam() || (m_journal->isConnected() && m_journal->pendingWrites() == 0))
        return {};
    const int waiting = m_journal->pendingWrites();
    QString text = tr("The team journal %1 cannot be reached. NumberDesk sends nothing until it can record "
                      "it there.")
                       .arg(m_journal->location().displayName());
    if (waiting > 0)
        text += QLatin1Char(' ')
            + tr("%n answer(s) that arrived meanwhile are kept and will be written when it is back.", nullptr,
                waiting);
    return text;
}

void StatusChangeSession::reportWriteFailure(qint64 journalId, const QString &reason)
{
    QStringList numbers;
    if (m_journal) {
        if (const std::optional<JournalEntry> entry = m_journal->entry(journalId)) {
            for (const JournalNumber &number : entry->numbers)
                numbers.append(number.requestedNumber);
        }
    }
    const QString sentTo = numbers.isEmpty() ? tr("the last request") : numbers.join(QStringLiteral(", "));
    const QString failure = tr("The server answered the request for %1. %2. The change may have been made: "
                               "until you have checked these numbers, NumberDesk treats them as unresolved "
                               "and asks before sending to them again.")
                                .arg(sentTo, reason);
    // Kept, not replaced: each unacknowledged failure names numbers the agent must check.
    m_writeFailure = m_writeFailure.isEmpty() ? failure : m_writeFailure + QLatin1Char('\n') + failure;
    qCWarning(lcSession) << "an answer could not be recorded; sending is off until acknowledged";
    emit writeFailureChanged();
}

void StatusChangeSession::acknowledgeWriteFailure()
{
    if (m_writeFailure.isEmpty())
        return;
    m_writeFailure.clear();
    emit writeFailureChanged();
}

} // namespace nd
