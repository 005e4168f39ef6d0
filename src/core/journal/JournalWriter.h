#pragma once

// The journal's writes, one transaction each: a request recorded as `sending` together with the claims
// on its numbers, the server's answer (or a later lookup, or an order the agent found), a failure, and
// the agent's finding. Says what each write came to and leaves what to tell the user, and what to do
// with a team journal that stopped answering, to OrderJournal, the only user.

#include "journal/JournalEntry.h"
#include "request/StatusChangeRequest.h"
#include "response/ApiError.h"
#include "response/Order.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QUrl>
#include <functional>

namespace nd::journal {

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString storedText(const QString &value);
// Why a write found nothing to write to: "no record <id>", for the user.
QString noRecord(qint64 id);
// A base URL as recorded: never with user info, query or fragment, whatever the profile held.
QString storedBaseUrl(const QUrl &url);

struct WriteOutcome
{
    enum class Result {
        Written,
        AlreadySettled, // an answer or another agent settled the record first: nothing written over it
        Refused, // recordSending: another record holds one of its numbers (refusedBy)
        Failed // detail says why
    };
    Result result = Result::Failed;
    QString detail; // Failed: the database's words, or which record was missing
    qint64 id = 0; // recordSending, Written: the new record
    QList<NumberClaim> refusedBy; // Refused: the claims of other records on its numbers
};

class JournalWriter final
{
    Q_DISABLE_COPY_MOVE(JournalWriter)

public:
    // `now` is read at each write, so a test clock set on OrderJournal stamps every row.
    JournalWriter(const QSqlDatabase &db, const std::function<QDateTime()> &now, const JournalIdentity &who,
        const QString &runId);

    // Inserts the record as `sending` with its numbers and claims them, all or nothing.
    WriteOutcome recordSending(const JournalContext &context, const ValidatedRequest &request);
    // The server's answer, a later lookup (fills in what the order says, keeps what it omits), or, with
    // a `resolution`, an order the agent found: recorded in their name. Releases the record's claims.
    WriteOutcome writeOrder(qint64 id, const Order &order, const QString &resolution);
    // Only over an open record. A failure for sure releases the claims; an unknown outcome keeps them.
    WriteOutcome writeFailure(qint64 id, const ApiError &error);
    // The agent checked the numbers by hand: only over an open record; releases its claims.
    WriteOutcome writeFinding(qint64 id, const QString &finding);

private:
    QString now() const;

    QSqlDatabase m_db;
    const std::function<QDateTime()> &m_now;
    const JournalIdentity &m_who;
    const QString &m_runId;
};

} // namespace nd::journal
