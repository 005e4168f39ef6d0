#pragma once

// One status-change request as the order journal remembers it: what was sent, under which profile,
// and what came of it. Written by OrderJournal, read by the history view, HistoryModel and HistoryCsv.
// Holds no secret: the AccountSecret and tokens never reach the journal's API.

#include "request/ChangeType.h"
#include "response/ApiError.h"
#include "response/Order.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace nd {

// Where a request was sent from: the active connection profile, without its secret.
struct JournalContext
{
    QString profileName;
    QUrl baseUrl;
    QString accountKey; // identifies the account; not secret

    // True when a client set to this base URL and account key talks to the same account on the same
    // server: only then can it see (and look up) the orders sent under this context.
    bool sameAccount(const QUrl &otherBaseUrl, const QString &otherAccountKey) const;
};

// The record's life: sending -> answered | failed | outcome_unknown; outcome_unknown -> resolved
// (or answered, when the user found the order). See docs/journal.md.
enum class JournalState {
    Sending, // recorded, the request may be on its way; still Sending at startup = the app died in flight
    Answered, // the server returned an order (orderState says whether it is done)
    Failed, // the server refused, or nothing left this computer: the change was not made
    OutcomeUnknown, // sent, but no usable answer: the server may have acted
    Resolved // an OutcomeUnknown the user has since checked by hand
};

// The one rule for "the server may have acted and nobody has checked": outcome_unknown, and sending (in
// flight now, in flight on another instance, or sent but its answer could not be written). The history's
// marking, the unresolved-number check before a send and the journal's queries all follow it.
constexpr bool isUnresolved(JournalState state)
{
    return state == JournalState::OutcomeUnknown || state == JournalState::Sending;
}

struct JournalNumber
{
    QString requestedNumber; // E.164 as sent
    QString iccid; // as sent; empty unless swap-sim
    QString returnedNumber; // the number the customer has now, per the server
    QString originalNumber; // set when the server swapped or replaced the number
    QUrl qrCodeUrl; // stored on purpose (history re-loads QR codes); a secret, never logged or exported
    std::optional<double> fee;
    QString status; // per-number status word from an order lookup
};

struct JournalEntry
{
    qint64 id = 0;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    JournalContext context;
    ChangeType changeType = ChangeType::Activate;
    QDate effectiveDate;
    QString areaCode;
    QString zipCode;
    JournalState state = JournalState::Sending;

    QString orderId;
    QString serverStatus; // the server's own word
    std::optional<OrderState> orderState;
    QString statusMessage;

    int httpStatus = 0;
    std::optional<ApiError::Kind> errorKind;
    QString errorTitle;
    QString errorMessage;
    QString traceId;

    std::optional<QDateTime> resolvedAt; // UTC
    QString resolution; // what the user found when resolving
    QString resolvedBy; // who resolved it: "<agent> on <desk>" (v4; empty before)

    QString agent; // who sent it (v4; empty in records from before)
    QString desk; // from which computer: its host name (v4)
    QString runId; // which run of NumberDesk wrote it (v2; OrderJournal::runId())

    QList<JournalNumber> numbers;

    // True when a resend could act twice: the user must check first (see isUnresolved).
    bool needsChecking() const { return isUnresolved(state); }

    // The order as the results view shows it, rebuilt from the record (no orderId when none came).
    Order toOrder() const;
};

// Who is working and where: stamped on every record a journal writes, on the runs of a team journal and
// on resolutions. The agent is the name the agent gave in Preferences, else the OS user; the desk is the
// computer's host name.
struct JournalIdentity
{
    QString agent;
    QString desk;

    // `agentName` when given, else the OS user name; this computer's host name.
    static JournalIdentity ofThisComputer(const QString &agentName = QString());
    // "<agent> on <desk>"
    QString describe() const;
};

// A number held by a record whose outcome is not settled: no other status change may be sent to it
// until that record is answered, failed or resolved (docs/journal.md, "Claims").
struct NumberClaim
{
    QString number; // E.164
    qint64 requestId = 0;
    QString agent;
    QString desk;
    QDateTime since; // UTC: when the holding request was recorded
    JournalState state = JournalState::Sending; // the holder's: sending (in flight) or outcome_unknown
};

// What the history view searches for; empty fields do not filter.
struct HistoryQuery
{
    QString number; // any format the user types; its digits must appear in a requested or returned number
    QString orderId; // substring, case-insensitive
    std::optional<ChangeType> changeType;
    std::optional<QDate> from; // local dates, inclusive
    std::optional<QDate> to;
    QString agent; // exactly this agent
    QString desk; // exactly this desk
    int limit = 500; // OrderJournal::search only (0: all); History lists every match
};

QString journalStateName(JournalState state); // "sending", "answered", ... as stored
QStringList unresolvedStateNames(); // the stored words of every state isUnresolved() accepts
std::optional<JournalState> journalStateFromName(const QString &name);

} // namespace nd
