#pragma once

// The order journal: a local SQLite file (WAL, synchronous=FULL) that records every status-change
// request before it is sent and what came of it, so nothing the desk did is ever lost, even when the
// app dies in flight. Opened once at startup by the app; written through JournaledSubmission; read by
// the history view (HistoryModel) and the startup check for interrupted requests.
//
// Never receives secrets: no AccountSecret, no tokens. It does keep QR URLs (see docs/journal.md).

#include "journal/JournalEntry.h"
#include "request/StatusChangeRequest.h"
#include "response/ApiError.h"
#include "response/Order.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QSqlDatabase;

namespace nd {

struct JournalCheck;
struct JournalOpenResult;

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

    ~OrderJournal() override;

    QString path() const { return m_path; }
    QString runId() const { return m_runId; } // this instance; marks the records it writes
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); } // tests

    // On disk (committed, fsync'd) before it returns; nullopt when it could not be written: then the
    // request must not be sent. lastError() says why.
    std::optional<qint64> recordSending(const JournalContext &context, const ValidatedRequest &request);
    // The server's answer to the status change.
    bool recordOrder(qint64 id, const Order &order);
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
    // The user found the order (e.g. looked it up by its OrderId): recorded like an answer.
    bool resolve(qint64 id, const Order &order);
    // The user checked the numbers by hand; `finding` says what they found.
    bool resolve(qint64 id, const QString &finding);

    std::optional<JournalEntry> entry(qint64 id) const;
    QList<JournalEntry> search(const HistoryQuery &query) const; // newest first, at most query.limit
    // These records, in this order (missing ids left out): a page of History, read in two statements.
    QList<JournalEntry> entries(const QList<qint64> &ids) const;

    QString lastError() const { return m_lastError; } // a sentence for the user

signals:
    void entryChanged(qint64 id); // recorded, answered, updated or resolved

private:
    OrderJournal(QString path, QString connectionName, QString runId, std::unique_ptr<QLockFile> runLock);

    QSqlDatabase database() const;
    QDateTime now() const { return m_clock().toUTC(); }
    bool writeOrder(qint64 id, const Order &order, const QString &resolution);
    bool fail(const QString &what, const QString &detail);
    QStringList liveRunIds() const;
    // Copies records that were still open in a damaged journal (set aside as `asidePath`) into this one
    // as outcome_unknown, so their numbers stay guarded. Returns them as now stored.
    QList<JournalEntry> adoptUnresolved(const QList<JournalEntry> &entries, const QString &asidePath);
    static QString recoveredMessage(const JournalOpenResult &result);

    QString m_path;
    QString m_connectionName;
    QString m_runId;
    std::unique_ptr<QLockFile> m_runLock; // tells other instances this run is alive
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QString m_lastError;
};

// What OrderJournal::checkFile found. Copyable, so a worker thread can hand it over.
struct JournalCheck
{
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
        Unavailable // cannot be created or written: no journal
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
