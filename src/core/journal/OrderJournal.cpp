#include "journal/OrderJournal.h"

#include "journal/JournalClaims.h"
#include "journal/JournalOpening.h"
#include "journal/JournalPendingWrites.h"
#include "journal/JournalReader.h"
#include "journal/JournalRecovery.h"
#include "journal/JournalRefusal.h"
#include "journal/JournalRuns.h"
#include "journal/JournalServer.h"
#include "journal/JournalWriter.h"
#include "journal/OrderWriteInSteps.h"

#include <QLockFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QTimer>

namespace nd {
namespace {
Q_LOGGING_CATEGORY(lcJournal, "numberdesk.core.journal")
} // namespace

QString OrderJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QLatin1String("/journal.sqlite");
}

JournalOpenResult OrderJournal::open(const QString &path, int busyTimeoutMs)
{
    return open(path, busyTimeoutMs, checkFile(path, busyTimeoutMs));
}

JournalCheck OrderJournal::checkFile(const QString &path, int busyTimeoutMs)
{
    return JournalOpening::checkFile(path, busyTimeoutMs);
}

JournalOpenResult OrderJournal::open(const QString &path, int busyTimeoutMs, const JournalCheck &checked)
{
    return JournalOpening::openFile(path, busyTimeoutMs, checked);
}

JournalOpenResult OrderJournal::open(const JournalLocation &location, const JournalIdentity &who)
{
    return open(location, who, check(location));
}

JournalCheck OrderJournal::check(const JournalLocation &location)
{
    return JournalOpening::check(location);
}

JournalOpenResult OrderJournal::open(
    const JournalLocation &location, const JournalIdentity &who, const JournalCheck &checked)
{
    return JournalOpening::open(location, who, checked);
}

OrderJournal::OrderJournal(JournalLocation location, QString connectionName, QString runId,
    JournalIdentity who, std::unique_ptr<QLockFile> runLock)
    : m_location(std::move(location)),
      m_connectionName(std::move(connectionName)),
      m_runId(std::move(runId)),
      m_identity(std::move(who)),
      m_runLock(std::move(runLock)),
      m_pending(std::make_unique<journal::JournalPendingWrites>()),
      m_rowsPerStep(journal::OrderWriteInSteps::DefaultRowsPerStep)
{ }

struct OrderJournal::Steps
{
    std::unique_ptr<journal::OrderWriteInSteps> write;
    QPointer<QObject> context;
    RecordedCallback done;
    quint64 number; // which recordOrderInSteps this is, so that its turns are its own
};

OrderJournal::~OrderJournal()
{
    // An answer still being written is finished: it arrived, and closing the app must not lose it. Its
    // caller is told from the event loop, if it is still there (then it is not left waiting for ever).
    finishStepsNow();
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase OrderJournal::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool OrderJournal::fail(const QString &what, const QString &detail)
{
    m_lastError = detail.trimmed().isEmpty()
        ? what
        : what + QLatin1String(" (") + detail.trimmed() + QLatin1Char(')');
    qCWarning(lcJournal).noquote() << m_lastError;
    return false;
}

int OrderJournal::pendingWrites() const
{
    return m_pending->size();
}

bool OrderJournal::reconnect()
{
    finishStepsNow();
    if (!isTeam())
        return true;
    QSqlDatabase db = database();
    db.close();
    if (!db.open()) {
        m_connected = false;
        emit connectionChanged();
        return fail(tr("The team journal cannot be reached"), db.lastError().text());
    }
    // A new session holds no run lock: without it other desks would take this one for dead and could
    // resolve its requests in flight, so a desk that cannot take it again stays disconnected.
    QSqlError error;
    if (!journal::markServerRunAlive(db, m_runId, m_identity, &error)) {
        db.close();
        m_connected = false;
        emit connectionChanged();
        return fail(tr("The team journal cannot be reached"), error.text());
    }
    m_connected = true;
    qCInfo(lcJournal) << "team journal reached again";
    const auto caught
        = m_pending->writeInOrder(db, [this](qint64 id) { emit keptWriteFailed(id, m_lastError); });
    if (caught == journal::JournalPendingWrites::Caught::LostAgain)
        m_connected = false;
    emit connectionChanged();
    return caught == journal::JournalPendingWrites::Caught::Up && m_connected;
}

bool OrderJournal::keepIfDisconnected(qint64 id, std::function<bool()> write)
{
    if (!isTeam())
        return false;
    QSqlDatabase db = database();
    if (m_connected && m_pending->isEmpty() && journal::serverAnswers(db))
        return false; // the server answers: the write failed for a reason of its own
    m_pending->keep(id, std::move(write));
    if (m_connected)
        qCWarning(lcJournal) << "the team journal stopped answering; keeping writes until it is back";
    m_connected = false;
    emit connectionChanged();
    return true;
}

QList<NumberClaim> OrderJournal::claimsOn(const QStringList &e164Numbers) const
{
    finishStepsNow();
    QSqlDatabase db = database();
    QSqlError error;
    QList<NumberClaim> claims = journal::claimsOn(db, e164Numbers, &error);
    if (error.type() != QSqlError::NoError)
        qCWarning(lcJournal) << "claims could not be read:" << error.text();
    return claims;
}

std::optional<qint64> OrderJournal::recordSending(
    const JournalContext &context, const ValidatedRequest &request)
{
    finishStepsNow();
    using Result = journal::WriteOutcome::Result;
    m_refusedBy.clear();
    const QString unreachable
        = tr("The team journal cannot be reached, so the request was not sent. NumberDesk sends nothing it "
             "cannot record there: use Try again in the message at the top of the window.");
    if (!m_connected || !m_pending->isEmpty()) {
        m_lastError = unreachable;
        return std::nullopt;
    }
    QSqlDatabase db = database();
    const journal::WriteOutcome outcome
        = journal::JournalWriter(db, m_clock, m_identity, m_runId).recordSending(context, request);
    switch (outcome.result) {
    case Result::Written:
    case Result::AlreadySettled: // never for a new record
        emit entryChanged(outcome.id);
        return outcome.id;
    case Result::Refused:
        m_refusedBy = outcome.refusedBy;
        m_lastError = journal::refusalMessage(m_refusedBy);
        return std::nullopt;
    case Result::Failed:
        break;
    }
    if (isTeam() && !journal::serverAnswers(db)) {
        m_connected = false;
        m_lastError = unreachable;
        qCWarning(lcJournal) << "the team journal stopped answering:" << outcome.detail;
        emit connectionChanged();
        return std::nullopt;
    }
    fail(tr("The request could not be recorded in the order journal, so it was not sent"), outcome.detail);
    return std::nullopt;
}

bool OrderJournal::recordOrder(qint64 id, const Order &order)
{
    finishStepsNow();
    // Behind writes still waiting for the team journal: they are written in order or not at all.
    if (m_pending->isEmpty() && m_connected && writeOrder(id, order, QString()))
        return true;
    return keepIfDisconnected(id, [this, id, order] { return writeOrder(id, order, QString()); });
}

void OrderJournal::recordOrderInSteps(qint64 id, const Order &order, QObject *context, RecordedCallback done)
{
    finishStepsNow(); // one at a time, in the order they arrived
    if (!m_pending->isEmpty() || !m_connected) {
        // Kept for the team journal's return, behind what waits already: nothing to spread.
        const bool written = recordOrder(id, order);
        if (context)
            done(written, written ? QString() : m_lastError);
        return;
    }
    m_steps = std::make_unique<Steps>(
        Steps {std::make_unique<journal::OrderWriteInSteps>(database(), m_clock, id, order), context,
            std::move(done), ++m_stepsStarted});
    continueSteps(m_steps->number);
}

void OrderJournal::continueSteps(quint64 number)
{
    // Finished meanwhile by another use of the journal, and perhaps another write started since: a turn
    // scheduled for one write never advances the next.
    if (!m_steps || m_steps->number != number)
        return;
    if (const std::optional<journal::WriteOutcome> outcome = m_steps->write->next(m_rowsPerStep))
        settleSteps(*outcome, true);
    else
        QTimer::singleShot(0, this, [this, number] { continueSteps(number); });
}

void OrderJournal::finishStepsNow() const
{
    if (!m_steps)
        return;
    // Const only for the readers' sake: finishing a write changes what they are about to read.
    auto *self = const_cast<OrderJournal *>(this);
    self->settleSteps(m_steps->write->finish(), false);
}

void OrderJournal::settleSteps(const journal::WriteOutcome &outcome, bool callBackNow)
{
    const std::unique_ptr<Steps> steps = std::move(m_steps);
    const qint64 id = steps->write->id();
    const bool recorded = outcome.result != journal::WriteOutcome::Result::Failed;
    bool written = recorded;
    if (!recorded) {
        fail(tr("The server's answer could not be recorded in the order journal"), outcome.detail);
        // A team journal that stopped answering keeps the whole write for reconnect().
        written = keepIfDisconnected(
            id, [this, id, order = steps->write->order()] { return writeOrder(id, order, QString()); });
    }
    const QString whyNot = written ? QString() : m_lastError;
    if (callBackNow) {
        if (recorded)
            emit entryChanged(id);
        if (steps->context)
            steps->done(written, whyNot);
        return;
    }
    // Finished by someone else's call (or the journal's close): told from the event loop, the caller
    // through its own context, which may outlive the journal.
    if (recorded)
        QTimer::singleShot(0, this, [this, id] { emit entryChanged(id); });
    if (steps->context)
        QTimer::singleShot(
            0, steps->context, [done = steps->done, written, whyNot] { done(written, whyNot); });
}

bool OrderJournal::updateOrder(qint64 id, const Order &order)
{
    return recordOrder(id, order);
}

bool OrderJournal::recordFailure(qint64 id, const ApiError &error)
{
    finishStepsNow();
    if (m_pending->isEmpty() && m_connected && writeFailure(id, error))
        return true;
    return keepIfDisconnected(id, [this, id, error] { return writeFailure(id, error); });
}

bool OrderJournal::resolve(qint64 id, const Order &order)
{
    finishStepsNow();
    // Not kept for later: the agent is resolving now and must see whether it was recorded.
    if (!m_connected)
        return fail(tr("The resolution could not be recorded"), tr("the team journal cannot be reached"));
    return writeOrder(id, order, tr("Order found: %1").arg(order.orderId));
}

bool OrderJournal::resolve(qint64 id, const QString &finding)
{
    finishStepsNow();
    const QString what = tr("The finding could not be recorded in the order journal");
    if (!m_connected)
        return fail(what, tr("the team journal cannot be reached"));
    const journal::WriteOutcome outcome
        = journal::JournalWriter(database(), m_clock, m_identity, m_runId).writeFinding(id, finding);
    if (outcome.result == journal::WriteOutcome::Result::Failed)
        return fail(what, outcome.detail);
    if (outcome.result == journal::WriteOutcome::Result::Written)
        emit entryChanged(id);
    return true; // or settled meanwhile (answered or resolved): nothing left to resolve
}

bool OrderJournal::writeOrder(qint64 id, const Order &order, const QString &resolution)
{
    const journal::WriteOutcome outcome
        = journal::JournalWriter(database(), m_clock, m_identity, m_runId).writeOrder(id, order, resolution);
    if (outcome.result == journal::WriteOutcome::Result::Failed)
        return fail(tr("The server's answer could not be recorded in the order journal"), outcome.detail);
    emit entryChanged(id);
    return true;
}

bool OrderJournal::writeFailure(qint64 id, const ApiError &error)
{
    const journal::WriteOutcome outcome
        = journal::JournalWriter(database(), m_clock, m_identity, m_runId).writeFailure(id, error);
    if (outcome.result == journal::WriteOutcome::Result::Failed)
        return fail(tr("The failure could not be recorded in the order journal"), outcome.detail);
    if (outcome.result == journal::WriteOutcome::Result::Written)
        emit entryChanged(id);
    return true; // or settled already: an answer says more than the failure
}

QList<JournalEntry> OrderJournal::markInterruptedAsOutcomeUnknown()
{
    finishStepsNow();
    QSqlDatabase db = database();
    const QStringList alive = journal::liveRuns(m_location, db, m_runId);
    if (alive.isEmpty()) // this run is always among the live ones: empty means they could not be read
        return {};
    // A team desk's lock can go with a dropped connection while the desk lives on: only a request older
    // than any request can be in flight is taken for interrupted (setInterruptedAfter).
    const std::optional<QDateTime> writtenBefore
        = isTeam() ? std::optional(now().addMSecs(-m_interruptedAfterMs)) : std::nullopt;
    return journal::markInterruptedAsOutcomeUnknown(
        db, alive, writtenBefore, now(),
        [this](const QString &what, const QString &detail) { fail(what, detail); },
        [this](qint64 id) { emit entryChanged(id); });
}

QList<JournalEntry> OrderJournal::adoptUnresolved(
    const QList<JournalEntry> &entries, const QString &asidePath)
{
    finishStepsNow();
    QSqlDatabase db = database();
    const QList<qint64> ids = journal::copyUnresolved(db, entries, asidePath, m_runId, m_clock,
        [this](const QString &what, const QString &detail) { fail(what, detail); });
    QList<JournalEntry> adopted;
    for (const qint64 id : ids) {
        if (const std::optional<JournalEntry> stored = entry(id))
            adopted.append(*stored);
    }
    return adopted;
}

QList<JournalEntry> OrderJournal::unresolved() const
{
    finishStepsNow();
    QSqlDatabase db = database();
    return journal::readUnresolved(db);
}

QList<JournalEntry> OrderJournal::unresolvedInvolving(const QStringList &e164Numbers) const
{
    return journal::involving(unresolved(), e164Numbers);
}

bool OrderJournal::isInFlightElsewhere(const JournalEntry &entry) const
{
    return entry.state == JournalState::Sending && entry.runId != m_runId;
}

bool OrderJournal::isSettledByConfirming(const JournalEntry &entry) const
{
    // An unknown outcome, or this run's own `sending` record: the desk sends one request at a time, so
    // when it is about to send, its own record still `sending` is one whose answer could not be written.
    return entry.state == JournalState::OutcomeUnknown
        || (entry.state == JournalState::Sending && entry.runId == m_runId);
}

std::optional<JournalEntry> OrderJournal::entry(qint64 id) const
{
    finishStepsNow();
    QSqlDatabase db = database();
    QSqlError error;
    const QList<JournalEntry> found = journal::readEntries(db, QStringLiteral("r.id = ?"), {id}, 1, &error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<JournalEntry> OrderJournal::search(const HistoryQuery &query) const
{
    finishStepsNow();
    QSqlDatabase db = database();
    QSqlError error;
    QList<JournalEntry> found = journal::searchEntries(db, query, &error);
    if (error.type() != QSqlError::NoError)
        qCWarning(lcJournal) << "history search failed:" << error.text();
    return found;
}

QList<JournalEntry> OrderJournal::entries(const QList<qint64> &ids) const
{
    finishStepsNow();
    QSqlDatabase db = database();
    QSqlError error;
    QList<JournalEntry> found = journal::readEntriesById(db, ids, &error);
    if (error.type() != QSqlError::NoError)
        qCWarning(lcJournal) << "history rows could not be read:" << error.text();
    return found;
}

QStringList OrderJournal::agents() const
{
    finishStepsNow();
    QSqlDatabase db = database();
    QSqlError error;
    return journal::distinctValues(db, QStringLiteral("agent"), &error);
}

QStringList OrderJournal::desks() const
{
    finishStepsNow();
    QSqlDatabase db = database();
    QSqlError error;
    return journal::distinctValues(db, QStringLiteral("desk"), &error);
}

} // namespace nd
