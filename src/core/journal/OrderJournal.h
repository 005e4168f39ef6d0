#pragma once

// The order journal: records every status-change request before it is sent and what came of it, so
// nothing the desk did is ever lost, even when the app dies in flight. By default a local SQLite file
// (WAL, synchronous=FULL); for a desk team, a PostgreSQL server they share (the team journal: the same
// records, plus claims so that no two desks send to one number at once, docs/journal.md "Team journal").
// Opened once at startup by the app; written through JournaledSubmission; read by the history view
// (HistoryModel) and the startup check for interrupted requests.
//
// A facade over the parts that each do one job: opening and checking (JournalOpening), which runs are
// alive (JournalRuns), the writes and their claims (JournalWriter), answers kept while a team journal is
// away (JournalPendingWrites), crash recovery and the unresolved records (JournalRecovery), reading
// (JournalReader). What it keeps itself: the connection, this run's identity, and the user's messages.
//
// Never receives secrets: no AccountSecret, no tokens. It does keep QR URLs (see docs/journal.md).

#include "journal/JournalEntry.h"
#include "journal/JournalLocation.h"
#include "request/StatusChangeRequest.h"
#include "response/ApiError.h"
#include "response/Order.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QLockFile;
class QSqlDatabase;

namespace nd {

struct JournalCheck;
struct JournalOpenResult;
namespace journal {
class JournalPendingWrites;
class OrderWriteInSteps;
struct WriteOutcome;
} // namespace journal

class OrderJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderJournal)

public:
    // QStandardPaths::AppDataLocation/journal.sqlite
    static QString defaultPath();
    // How long a statement waits for another program's lock before the file counts as locked.
    static constexpr int DefaultBusyTimeoutMs = 3000;

    // Never fails silently and never deletes: a damaged file is moved aside and a fresh journal started;
    // a locked or unusable file gives no journal and a message (the app starts, but sends nothing).
    // The same as open(path, busyTimeoutMs, checkFile(path, busyTimeoutMs)).
    static JournalOpenResult open(const QString &path, int busyTimeoutMs = DefaultBusyTimeoutMs);

    // Opening in two steps, so the step that grows with the file can run off the GUI thread:
    // checkFile (any thread, no QObject) runs the full integrity check and, when the file is damaged,
    // moves it aside and salvages its open records; open(…, check) (the thread that will use the
    // journal) then does only what is cheap whatever the size: header, schema, WAL, migration, the
    // write probe, the run lock, and adopting what was salvaged.
    static JournalCheck checkFile(const QString &path, int busyTimeoutMs = DefaultBusyTimeoutMs);
    static JournalOpenResult open(const QString &path, int busyTimeoutMs, const JournalCheck &checked);

    // Any location, file or team server, the records stamped with `who`. The same two steps: check()
    // (any thread) is checkFile for a file; for a server it connects, migrates and proves it may write,
    // which waits for the network. open(…, check) then connects on the thread that will use the journal.
    static JournalOpenResult open(const JournalLocation &location, const JournalIdentity &who);
    static JournalCheck check(const JournalLocation &location);
    static JournalOpenResult open(
        const JournalLocation &location, const JournalIdentity &who, const JournalCheck &checked);

    ~OrderJournal() override;

    QString path() const { return m_location.filePath; } // empty for a team journal
    const JournalLocation &location() const { return m_location; }
    bool isTeam() const { return m_location.isTeam(); }
    const JournalIdentity &identity() const { return m_identity; }
    void setIdentity(const JournalIdentity &who) { m_identity = who; } // the agent renamed themselves
    QString runId() const { return m_runId; } // this instance; marks the records it writes
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); } // tests

    // Team journal: false once the server stopped answering. Then nothing can be sent; answers that
    // arrive meanwhile are kept here, in order (pendingWrites), and written by reconnect().
    bool isConnected() const { return m_connected; }
    int pendingWrites() const;
    // Connects again (waits up to the connect timeout) and writes what is pending, in order. True when
    // connected with nothing left pending; lastError() says why not.
    bool reconnect();

    // Team journal: how long a `sending` record of a run that holds no lock must have waited before
    // markInterruptedAsOutcomeUnknown() takes it for interrupted. A desk whose connection dropped (a
    // server restart, a network blip) loses its lock while its request may still be on its way to the
    // carrier; the wait outlasts any request (token and transfer timeouts, 30 s each). Tests set 0.
    static constexpr int DefaultInterruptedAfterMs = 180'000;
    void setInterruptedAfter(int milliseconds) { m_interruptedAfterMs = milliseconds; }

    // On disk (committed, fsync'd) before it returns; nullopt when it could not be written: then the
    // request must not be sent. lastError() says why. Claims the numbers in the same transaction: when
    // another record (of any desk) still holds one, nothing is written and refusedBy() names the holders.
    std::optional<qint64> recordSending(const JournalContext &context, const ValidatedRequest &request);
    // The claims that refused the last recordSending (empty when it was refused for another reason).
    QList<NumberClaim> refusedBy() const { return m_refusedBy; }
    // Who holds any of these numbers now.
    QList<NumberClaim> claimsOn(const QStringList &e164Numbers) const;
    // The server's answer to the status change.
    bool recordOrder(qint64 id, const Order &order);
    // The same write, spread over event-loop turns when the answer is large (setRowsPerStep() numbers a
    // turn), so that a 5,000-number answer never holds the window for the whole write. Still one
    // transaction: other connections see the record `sending` until it commits, and a crash midway
    // leaves it `sending`. `done(written, whyNot)` is called once, after the commit (or the failure),
    // unless `context` is gone by then; from the last step itself, or queued when something else used
    // the journal first (every other call finishes an unfinished write before it does anything).
    using RecordedCallback = std::function<void(bool written, const QString &whyNot)>;
    void recordOrderInSteps(qint64 id, const Order &order, QObject *context, RecordedCallback done);
    void setRowsPerStep(int rows) { m_rowsPerStep = std::max(rows, 1); } // tests
    // OutcomeUnknown and MalformedResponse mark the record outcome_unknown (the server may have acted),
    // every other kind failed.
    bool recordFailure(qint64 id, const ApiError &error);
    // A later lookup of the same order (polling): fills in what the lookup says, keeps what it omits.
    bool updateOrder(qint64 id, const Order &order);

    // At startup: records still `sending` from runs that are no longer alive (crash, kill, power loss)
    // become outcome_unknown. Returns those records. Records of a second NumberDesk that is still
    // running on the same journal are left alone.
    QList<JournalEntry> markInterruptedAsOutcomeUnknown();
    // Every record whose outcome is not known for sure, newest first: outcome_unknown, and `sending`
    // (in flight now, in flight on another instance, or sent but its answer could not be written).
    QList<JournalEntry> unresolved() const;
    // The unresolved records that sent, or got back, any of these E.164 numbers: sending to them again
    // could act twice, so the desk asks first.
    QList<JournalEntry> unresolvedInvolving(const QStringList &e164Numbers) const;
    // Of the records unresolvedInvolving() returns: one on its way from another run (another desk, or a
    // second NumberDesk), which nobody here can settle: its claim refuses a send until it is answered.
    bool isInFlightElsewhere(const JournalEntry &entry) const;
    // One the agent settles by confirming they checked its numbers before sending again (DeskJournal
    // resolves it in their name): an unknown outcome, or this run's own answer that could not be written.
    bool isSettledByConfirming(const JournalEntry &entry) const;
    // The user found the order (e.g. looked it up by its OrderId): recorded like an answer. Both
    // resolutions record who resolved it (identity()) and release the record's claims.
    bool resolve(qint64 id, const Order &order);
    // The user checked the numbers by hand; `finding` says what they found.
    bool resolve(qint64 id, const QString &finding);

    std::optional<JournalEntry> entry(qint64 id) const;
    QList<JournalEntry> search(const HistoryQuery &query) const; // newest first, at most query.limit
    // These records, in this order (missing ids left out): a page of History, read in two statements.
    QList<JournalEntry> entries(const QList<qint64> &ids) const;
    // The agents / desks the records name, for History's filters.
    QStringList agents() const;
    QStringList desks() const;

    QString lastError() const { return m_lastError; } // a sentence for the user

signals:
    void entryChanged(qint64 id); // recorded, answered, updated or resolved
    void connectionChanged(); // team journal: isConnected() or pendingWrites() changed
    // Team journal: an answer kept while the server was away, which the server then refused (it answers
    // but would not take it). The record stays as it was (its numbers stay guarded); tell the agent.
    void keptWriteFailed(qint64 id, const QString &reason);

private:
    friend class JournalOpening; // constructs the journal it opened and adopts what it salvaged

    OrderJournal(JournalLocation location, QString connectionName, QString runId, JournalIdentity who,
        std::unique_ptr<QLockFile> runLock);

    QSqlDatabase database() const;
    QDateTime now() const { return m_clock().toUTC(); }
    bool writeOrder(qint64 id, const Order &order, const QString &resolution);
    bool writeFailure(qint64 id, const ApiError &error);
    // A write that failed: on a team journal whose server stopped answering it is kept for reconnect()
    // (true: it will be written); otherwise it failed (false, lastError() set).
    bool keepIfDisconnected(qint64 id, std::function<bool()> write);
    bool fail(const QString &what, const QString &detail);
    // recordOrderInSteps number `number`: its next slice, on a later turn of the event loop.
    void continueSteps(quint64 number);
    // Writes what an unfinished recordOrderInSteps has left, now (its callback is queued). Every method
    // that touches the database calls it first: the write's transaction is open on the connection.
    void finishStepsNow() const;
    // The write is over (committed or failed): the same bookkeeping as recordOrder, then the callback.
    void settleSteps(const journal::WriteOutcome &outcome, bool callBackNow);
    // Copies records that were still open in a damaged journal (set aside as `asidePath`) into this one
    // as outcome_unknown, so their numbers stay guarded. Returns them as now stored.
    QList<JournalEntry> adoptUnresolved(const QList<JournalEntry> &entries, const QString &asidePath);

    JournalLocation m_location;
    QString m_connectionName;
    QString m_runId;
    JournalIdentity m_identity;
    std::unique_ptr<QLockFile> m_runLock; // file journals: tells other instances this run is alive
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QString m_lastError;
    QList<NumberClaim> m_refusedBy;
    bool m_connected = true;
    std::unique_ptr<journal::JournalPendingWrites> m_pending; // writes waiting for the team journal
    int m_interruptedAfterMs = DefaultInterruptedAfterMs;

    struct Steps; // an unfinished recordOrderInSteps
    // Mutable: a read (a const method) must finish the write before it uses the connection.
    mutable std::unique_ptr<Steps> m_steps;
    quint64 m_stepsStarted = 0;
    int m_rowsPerStep;
};

// What OrderJournal::checkFile found. Copyable, so a worker thread can hand it over.
struct JournalCheck
{
    // A team journal: what connecting and migrating found (the file fields below stay unset).
    bool serverChecked = false;
    int serverProblem = 0; // journal::FileProblem
    QString serverDetail;

    bool integrityChecked = false; // integrity_check ran (or there was no file): open() need not repeat it
    bool damaged = false; // not a database, or integrity_check failed
    QString detail; // SQLite's words when damaged
    QString setAsidePath; // damaged and moved here
    bool setAsideFailed = false; // damaged, but could not be moved aside
    QList<JournalEntry> salvaged; // the set-aside file's open records, as read from it
    bool salvageComplete = true; // false when part of the set-aside file could not be read
};

struct JournalOpenResult
{
    enum class Status {
        Opened,
        Recovered, // the old file was damaged: set aside, a fresh journal opened
        Locked, // another program holds the file: no journal; try again later
        TooNew, // written by a newer NumberDesk: left untouched, no journal
        Unavailable, // cannot be created or written: no journal
        Unreachable // the team journal's server cannot be reached or refused the sign-in: try again
    };

    Status status = Status::Unavailable;
    std::unique_ptr<OrderJournal> journal; // set when Opened or Recovered
    QString message; // for the user; empty when Opened
    QString setAsidePath; // Recovered: where the damaged file now is
    // Recovered: the damaged file's open records, copied into the fresh journal as outcome_unknown.
    QList<JournalEntry> adopted;
    bool damagedFileFullyRead = true; // Recovered: false when part of it could not be read

    bool canSend() const { return journal != nullptr; }
};

} // namespace nd
