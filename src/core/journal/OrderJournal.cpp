#include "journal/OrderJournal.h"

#include "i18n/LocaleFormat.h"
#include "journal/JournalClaims.h"
#include "journal/JournalCodes.h"
#include "journal/JournalDialect.h"
#include "journal/JournalFile.h"
#include "journal/JournalNumberRows.h"
#include "journal/JournalReader.h"
#include "journal/JournalRuns.h"
#include "journal/JournalSalvage.h"
#include "journal/JournalSchema.h"
#include "journal/JournalServer.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace nd {
namespace {
Q_LOGGING_CATEGORY(lcJournal, "numberdesk.core.journal")

// A base URL as recorded: never with user info, query or fragment, whatever the profile held.
QString storedBaseUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// An UPDATE of one record that applies only while it is open (isUnresolved): a failure or resolution
// never overwrites what an answer or another agent settled meanwhile. `sql` is "UPDATE requests SET …
// WHERE id = ?"; the caller has bound the SET values and the id.
enum class OpenUpdate { Changed, AlreadySettled, NoRecord, Failed };

OpenUpdate updateIfOpen(QSqlDatabase &db, QSqlQuery &query, const QString &sql, const QVariantList &bound,
    qint64 id, QString *detail)
{
    QVariantList bindings = bound;
    query.prepare(
        sql + QLatin1String(" AND ") + journal::unresolvedCondition(QStringLiteral("state"), bindings));
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    if (!query.exec()) {
        *detail = query.lastError().text();
        return OpenUpdate::Failed;
    }
    const bool changed = query.numRowsAffected() == 1;
    query.finish();
    if (changed)
        return OpenUpdate::Changed;
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM requests WHERE id = ?"));
    exists.addBindValue(id);
    if (!exists.exec()) {
        *detail = exists.lastError().text();
        return OpenUpdate::Failed;
    }
    return exists.next() ? OpenUpdate::AlreadySettled : OpenUpdate::NoRecord;
}

} // namespace

QString OrderJournal::recoveredMessage(const JournalOpenResult &result)
{
    const QString aside = QDir::toNativeSeparators(result.setAsidePath);
    QString message = tr("The order journal was damaged and could not be read. It has been kept as %1 "
                         "(nothing was deleted) and a new, empty journal has been started. Orders "
                         "recorded before today are in the old file.")
                          .arg(aside);
    if (!result.adopted.isEmpty()) {
        //: Follows "The order journal … was damaged…". %n is how many requests in the damaged journal
        //: never got an answer; each was copied into the new journal.
        message += QLatin1Char(' ')
            + tr("%n request(s) in it had no known outcome. They were copied into the new journal: "
                 "check them before sending to those numbers again.",
                nullptr, int(result.adopted.size()));
    }
    if (!result.damagedFileFullyRead) {
        message += QLatin1Char(' ')
            + tr("Part of the old file could not be read, so NumberDesk cannot tell whether other "
                 "requests in it were left without an answer. Before sending to a number you worked "
                 "on recently, check its status with the carrier.");
    }
    return message;
}

QString OrderJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QLatin1String("/journal.sqlite");
}

OrderJournal::OrderJournal(JournalLocation location, QString connectionName, QString runId,
    JournalIdentity who, std::unique_ptr<QLockFile> runLock)
    : m_location(std::move(location)),
      m_connectionName(std::move(connectionName)),
      m_runId(std::move(runId)),
      m_identity(std::move(who)),
      m_runLock(std::move(runLock))
{ }

OrderJournal::~OrderJournal()
{
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

namespace {

// The writes a new or older file needs (creating it, switching to WAL, migrating, each committed with
// an fsync) are done by checkFile too, so the thread that then opens the journal waits for none of
// them. Any problem is left for open() to meet again and report.
void prepareAhead(const QString &path, int busyTimeoutMs)
{
    const QString connectionName
        = QLatin1String("numberdesk-journal-prepare-") + QUuid::createUuid().toString();
    journal::prepareJournalFile(connectionName, path, busyTimeoutMs, journal::IntegrityCheck::AlreadyDone);
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
}

// A damaged file is moved aside, never deleted, and the records in it whose outcome was still open are
// read back, so their numbers stay guarded in the fresh journal. Fills `check`; one place for both
// checkFile and an open() that meets damage the check could not have seen.
void setAsideAndSalvage(const QString &path, const QString &detail, JournalCheck &check)
{
    qCWarning(lcJournal) << "the journal is damaged:" << detail;
    check.damaged = true;
    check.detail = detail;
    const std::optional<QString> aside = journal::setAsideBrokenFile(path, QDateTime::currentDateTime());
    if (!aside) {
        check.setAsideFailed = true;
        return;
    }
    check.setAsidePath = *aside;
    const journal::SalvagedRecords salvaged = journal::salvageUnresolved(*aside);
    check.salvaged = salvaged.unresolved;
    check.salvageComplete = salvaged.complete;
}

} // namespace

JournalCheck OrderJournal::checkFile(const QString &path, int busyTimeoutMs)
{
    JournalCheck check;
    const journal::PreparedFile found = journal::checkJournalIntegrity(path, busyTimeoutMs);
    if (found.problem != journal::FileProblem::Corrupt) {
        if (found.problem == journal::FileProblem::None) {
            check.integrityChecked = true;
            prepareAhead(path, busyTimeoutMs);
        }
        // Locked, too new or unusable: open() meets the same and says so, or, should the lock have
        // gone by then, runs the full check itself.
        return check;
    }
    setAsideAndSalvage(path, found.detail, check);
    if (check.setAsideFailed)
        return check;
    check.integrityChecked = true; // the fresh journal that replaces it has nothing to check
    prepareAhead(path, busyTimeoutMs);
    return check;
}

JournalOpenResult OrderJournal::open(const QString &path, int busyTimeoutMs)
{
    return open(path, busyTimeoutMs, checkFile(path, busyTimeoutMs));
}

JournalOpenResult OrderJournal::open(const QString &path, int busyTimeoutMs, const JournalCheck &checked)
{
    using journal::FileProblem;
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString connectionName = QLatin1String("numberdesk-journal-") + runId;
    const QString shownPath = QDir::toNativeSeparators(path);
    JournalOpenResult result;
    const auto cannotSetAside = [&result, &shownPath] {
        result.status = JournalOpenResult::Status::Unavailable;
        result.message = tr("The order journal %1 is damaged and could not be moved aside. NumberDesk will "
                            "not send status changes it cannot record. Move the file away (do not delete "
                            "it: it holds earlier orders) and start NumberDesk again.")
                             .arg(shownPath);
        return std::move(result);
    };
    JournalCheck check = checked; // open() may find damage of its own (below)
    if (check.setAsideFailed)
        return cannotSetAside();

    // When checkFile has read every page, what is read here is read at every open, so damage to it
    // shows; when it could not (the file was locked then), the full check runs here.
    journal::PreparedFile prepared = journal::prepareJournalFile(connectionName, path, busyTimeoutMs,
        check.integrityChecked ? journal::IntegrityCheck::AlreadyDone : journal::IntegrityCheck::Full);
    if (prepared.problem == FileProblem::Corrupt && check.setAsidePath.isEmpty()) {
        // Damaged since the check (or unchecked), in the pages every open reads: set aside here.
        QSqlDatabase::database(connectionName, false).close();
        QSqlDatabase::removeDatabase(connectionName);
        setAsideAndSalvage(path, prepared.detail, check);
        if (check.setAsideFailed)
            return cannotSetAside();
        prepared = journal::prepareJournalFile(connectionName, path, busyTimeoutMs);
    }
    result.setAsidePath = check.setAsidePath;
    if (prepared.problem == FileProblem::None && !result.setAsidePath.isEmpty())
        result.status = JournalOpenResult::Status::Recovered;

    switch (prepared.problem) {
    case FileProblem::None:
        break;
    case FileProblem::Locked:
        result.status = JournalOpenResult::Status::Locked;
        result.message = tr("The order journal %1 is in use by another program, perhaps another NumberDesk. "
                            "NumberDesk does not send status changes it cannot record: close the other "
                            "program and try again.")
                             .arg(shownPath);
        break;
    case FileProblem::TooNew:
        result.status = JournalOpenResult::Status::TooNew;
        result.message = tr("The order journal %1 was written by a newer version of NumberDesk (%2). It has "
                            "been left as it is. Use the newer version: this one cannot record orders in it.")
                             .arg(shownPath, prepared.detail);
        break;
    case FileProblem::Corrupt: // damaged again right after a fresh start: treat as unusable
    case FileProblem::Unavailable:
    case FileProblem::Unreachable: // a file has no server: never reported for one
        result.status = JournalOpenResult::Status::Unavailable;
        result.message = tr("The order journal %1 cannot be opened (%2). NumberDesk does not send status "
                            "changes it cannot record.")
                             .arg(shownPath, prepared.detail);
        break;
    }
    if (prepared.problem != FileProblem::None) {
        qCWarning(lcJournal) << "no journal:" << prepared.detail;
        QSqlDatabase::database(connectionName, false).close();
        QSqlDatabase::removeDatabase(connectionName);
        return result;
    }

    result.journal.reset(new OrderJournal(JournalLocation::localFile(path), connectionName, runId,
        JournalIdentity::ofThisComputer(), journal::markFileRunAlive(path, runId)));
    if (result.status == JournalOpenResult::Status::Recovered) {
        result.adopted = result.journal->adoptUnresolved(check.salvaged, result.setAsidePath);
        result.damagedFileFullyRead = check.salvageComplete && result.adopted.size() == check.salvaged.size();
        result.message = recoveredMessage(result);
    } else {
        result.status = JournalOpenResult::Status::Opened;
    }
    qCInfo(lcJournal) << "journal open, schema" << journal::CurrentSchemaVersion << "(was"
                      << prepared.foundVersion << ")";
    return result;
}

JournalCheck OrderJournal::check(const JournalLocation &location)
{
    if (!location.isTeam())
        return checkFile(location.filePath);
    JournalCheck check;
    const journal::PreparedFile found = journal::checkJournalServer(location);
    check.serverChecked = true;
    check.serverProblem = int(found.problem);
    check.serverDetail = found.detail;
    return check;
}

JournalOpenResult OrderJournal::open(const JournalLocation &location, const JournalIdentity &who)
{
    return open(location, who, check(location));
}

JournalOpenResult OrderJournal::open(
    const JournalLocation &location, const JournalIdentity &who, const JournalCheck &checked)
{
    using journal::FileProblem;
    if (!location.isTeam()) {
        JournalOpenResult result = open(location.filePath, DefaultBusyTimeoutMs, checked);
        if (result.journal)
            result.journal->setIdentity(who);
        return result;
    }
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString connectionName = QLatin1String("numberdesk-journal-") + runId;
    const QString shown = location.displayName();
    journal::PreparedFile prepared {FileProblem(checked.serverProblem), checked.serverDetail, 0};
    // The check has connected and migrated; this connection (for this thread) finds nothing left to do.
    if (!checked.serverChecked || prepared.problem == FileProblem::None)
        prepared = journal::prepareJournalServer(connectionName, location);
    QSqlError runError;
    if (prepared.problem == FileProblem::None) {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (!journal::markServerRunAlive(db, runId, who, &runError))
            prepared = {FileProblem::Unavailable, runError.text(), prepared.foundVersion};
    }
    JournalOpenResult result;
    switch (prepared.problem) {
    case FileProblem::None:
        result.status = JournalOpenResult::Status::Opened;
        result.journal.reset(new OrderJournal(location, connectionName, runId, who, nullptr));
        qCInfo(lcJournal) << "team journal open, schema" << journal::CurrentSchemaVersion << "(was"
                          << prepared.foundVersion << ")";
        return result;
    case FileProblem::TooNew:
        result.status = JournalOpenResult::Status::TooNew;
        result.message = tr("The team journal %1 was written by a newer version of NumberDesk (%2). It has "
                            "been left as it is. Use the newer version: this one cannot record orders in it.")
                             .arg(shown, prepared.detail);
        break;
    case FileProblem::Unreachable:
    case FileProblem::Locked:
        result.status = JournalOpenResult::Status::Unreachable;
        result.message = tr("The team journal %1 cannot be reached (%2). NumberDesk sends nothing it cannot "
                            "record in the team journal, and does not switch to a journal on this computer "
                            "instead. Check the network and the team journal's settings in Preferences, then "
                            "try again.")
                             .arg(shown, prepared.detail);
        break;
    case FileProblem::Corrupt:
    case FileProblem::Unavailable:
        result.status = JournalOpenResult::Status::Unavailable;
        result.message = tr("The team journal %1 cannot be used (%2). NumberDesk does not send status "
                            "changes it cannot record. Ask whoever runs the server to check this user's "
                            "rights on the database.")
                             .arg(shown, prepared.detail);
        break;
    }
    qCWarning(lcJournal).noquote() << "no team journal:" << prepared.detail;
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

bool OrderJournal::reconnect()
{
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
    qCInfo(lcJournal) << "team journal reached again;" << m_pending.size() << "writes to catch up";
    bool allWritten = true;
    while (!m_pending.empty()) {
        PendingWrite pending = std::move(m_pending.front());
        m_pending.erase(m_pending.begin());
        if (pending.write())
            continue;
        if (!journal::serverAnswers(db)) { // lost again: keep it first in line
            m_pending.insert(m_pending.begin(), std::move(pending));
            m_connected = false;
            allWritten = false;
            break;
        }
        // Refused by a server that answers (the record gone, a rule it breaks): retrying would hold
        // sending for ever. The record keeps its state and claims; the agent is told, as when a file
        // journal cannot write an answer.
        allWritten = false;
        qCWarning(lcJournal) << "a kept write for record" << pending.id << "was refused";
        emit keptWriteFailed(pending.id, m_lastError);
    }
    emit connectionChanged();
    return allWritten && m_connected;
}

bool OrderJournal::keepIfDisconnected(qint64 id, std::function<bool()> write)
{
    if (!isTeam())
        return false;
    QSqlDatabase db = database();
    if (m_connected && m_pending.empty() && journal::serverAnswers(db))
        return false; // the server answers: the write failed for a reason of its own
    m_pending.push_back({id, std::move(write)});
    if (m_connected)
        qCWarning(lcJournal) << "the team journal stopped answering; keeping writes until it is back";
    m_connected = false;
    emit connectionChanged();
    return true;
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

QString OrderJournal::refusalMessage(const QList<NumberClaim> &claims)
{
    if (claims.isEmpty())
        return tr("Not sent: one of its numbers is held by another request.");
    const NumberClaim &first = claims.first();
    const QString since = dateTimeText(first.since.toLocalTime()); // the desk's own date form
    const QString who = first.agent.isEmpty() ? first.desk : tr("%1, %2").arg(first.desk, first.agent);
    QString message;
    if (first.state == JournalState::Sending) {
        //: %1 a phone number, %2 the computer (and agent) sending to it, %3 a date and time.
        message = tr("Not sent: %1 is in flight on %2 since %3. Only one status change per number can be "
                     "in flight: wait for that request's answer. If that desk has stopped, NumberDesk "
                     "marks its request as interrupted and it can be looked up and resolved from History.")
                      .arg(first.number, who.isEmpty() ? tr("another desk") : who, since);
    } else {
        //: %1 a phone number, %2 the computer (and agent) that sent to it, %3 a date and time.
        message = tr("Not sent: %1 has a request whose outcome is unknown (sent on %2 since %3). Look that "
                     "order up or check the number, and resolve it first.")
                      .arg(first.number, who.isEmpty() ? tr("another desk") : who, since);
    }
    if (claims.size() > 1)
        message
            += QLatin1Char(' ') + tr("%n more of its numbers are held too.", nullptr, int(claims.size() - 1));
    return message;
}

QList<NumberClaim> OrderJournal::claimsOn(const QStringList &e164Numbers) const
{
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
    m_refusedBy.clear();
    const QString unreachable
        = tr("The team journal cannot be reached, so the request was not sent. NumberDesk sends nothing it "
             "cannot record there: use Try again in the message at the top of the window.");
    if (!m_connected || !m_pending.empty()) {
        m_lastError = unreachable;
        return std::nullopt;
    }
    QSqlDatabase db = database();
    const journal::SqlDialect dialect = journal::dialectOf(db);
    const QString what = tr("The request could not be recorded in the order journal, so it was not sent");
    const auto refuse = [this, &what, &db, &unreachable](const QString &detail) -> std::optional<qint64> {
        if (isTeam() && !journal::serverAnswers(db)) {
            m_connected = false;
            m_lastError = unreachable;
            qCWarning(lcJournal) << "the team journal stopped answering:" << detail;
            emit connectionChanged();
            return std::nullopt;
        }
        fail(what, detail);
        return std::nullopt;
    };
    if (!db.transaction())
        return refuse(db.lastError().text());
    const QString time = journal::storedTime(now());
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral(
            "INSERT INTO requests (created_at, updated_at, profile_name, base_url, account_key, change_type,"
            " effective_date, area_code, zip_code, state, run_id, agent, desk)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        + journal::returningId(dialect));
    query.addBindValue(time);
    query.addBindValue(time);
    query.addBindValue(text(context.profileName));
    query.addBindValue(text(storedBaseUrl(context.baseUrl)));
    query.addBindValue(text(context.accountKey));
    query.addBindValue(wireName(request.changeType));
    query.addBindValue(
        request.effectiveDate.isValid() ? QVariant(request.effectiveDate.toString(Qt::ISODate)) : QVariant());
    query.addBindValue(text(request.areaCode));
    query.addBindValue(text(request.zipCode));
    query.addBindValue(journalStateName(JournalState::Sending));
    query.addBindValue(text(m_runId));
    query.addBindValue(text(m_identity.agent));
    query.addBindValue(text(m_identity.desk));
    bool ok = query.exec();
    const qint64 id = ok ? journal::insertedId(dialect, query) : 0;
    QString detail = query.lastError().text();
    query.finish();
    if (ok) {
        const QSqlError numbersError = journal::insertRequestedNumbers(db, id, request.numbers);
        ok = numbersError.type() == QSqlError::NoError;
        detail = numbersError.text();
    }
    if (ok) {
        // In the same transaction: of two desks racing on a number, the second waits here for the
        // first to commit and then finds the number taken.
        QStringList numbers;
        for (const ValidatedNumber &number : request.numbers)
            numbers.append(number.e164);
        QSqlError claimError;
        if (!journal::claimNumbers(db, id, numbers, time, &claimError)) {
            if (claimError.type() != QSqlError::NoError) {
                ok = false;
                detail = claimError.text();
            } else {
                // Read before the rollback, while the holders' rows are certainly there; this request's
                // own claims on its free numbers are not holders.
                const QList<NumberClaim> claims = journal::claimsOn(db, numbers, &claimError);
                for (const NumberClaim &claim : claims) {
                    if (claim.requestId != id)
                        m_refusedBy.append(claim);
                }
                db.rollback();
                m_lastError = refusalMessage(m_refusedBy);
                qCInfo(lcJournal) << "not recorded:" << m_refusedBy.size() << "of its numbers are claimed";
                return std::nullopt;
            }
        }
    }
    if (!ok || !db.commit()) {
        const QString reason = ok ? db.lastError().text() : detail;
        db.rollback();
        return refuse(reason);
    }
    qCInfo(lcJournal) << "record" << id << "sending," << request.numbers.size() << "numbers";
    emit entryChanged(id);
    return id;
}

bool OrderJournal::recordOrder(qint64 id, const Order &order)
{
    // Behind writes still waiting for the team journal: they are written in order or not at all.
    if (m_pending.empty() && m_connected && writeOrder(id, order, QString()))
        return true;
    return keepIfDisconnected(id, [this, id, order] { return writeOrder(id, order, QString()); });
}

bool OrderJournal::updateOrder(qint64 id, const Order &order)
{
    return recordOrder(id, order);
}

bool OrderJournal::resolve(qint64 id, const Order &order)
{
    // Not kept for later: the agent is resolving now and must see whether it was recorded.
    if (!m_connected)
        return fail(tr("The resolution could not be recorded"), tr("the team journal cannot be reached"));
    return writeOrder(id, order, tr("Order found: %1").arg(order.orderId));
}

bool OrderJournal::writeOrder(qint64 id, const Order &order, const QString &resolution)
{
    const QString what = tr("The server's answer could not be recorded in the order journal");
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(what, db.lastError().text());
    QSqlQuery query(db);
    auto abort = [&](const QString &detail) {
        query.finish();
        db.rollback();
        return fail(what, detail);
    };

    query.prepare(QStringLiteral("SELECT order_id FROM requests WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return abort(query.lastError().text());
    if (!query.next())
        //: Why the journal could not be updated: %1 is the journal's internal record number.
        return abort(tr("no record %1").arg(id));
    const QString storedOrderId = query.value(0).toString();
    if (!storedOrderId.isEmpty() && !order.orderId.isEmpty() && storedOrderId != order.orderId)
        //: Why the journal could not be updated: %1 is the journal's internal record number.
        return abort(tr("record %1 belongs to another order").arg(id));

    QString sql = QStringLiteral(
        "UPDATE requests SET state = ?, order_id = COALESCE(NULLIF(?, ''), order_id),"
        " server_status = COALESCE(NULLIF(?, ''), server_status), order_state = ?, status_message = ?,"
        " updated_at = ?");
    if (!resolution.isEmpty())
        sql += QLatin1String(", resolved_at = ?, resolution = ?, resolved_by = ?");
    query.prepare(sql + QLatin1String(" WHERE id = ?"));
    query.addBindValue(journalStateName(JournalState::Answered));
    query.addBindValue(order.orderId);
    query.addBindValue(order.serverStatus);
    query.addBindValue(journal::orderStateName(order.state));
    query.addBindValue(text(order.statusMessage));
    query.addBindValue(journal::storedTime(now()));
    if (!resolution.isEmpty()) {
        query.addBindValue(journal::storedTime(now()));
        query.addBindValue(resolution);
        query.addBindValue(m_identity.describe());
    }
    query.addBindValue(id);
    if (!query.exec())
        return abort(query.lastError().text());

    query.finish();
    if (const QSqlError error = journal::writeAnsweredNumbers(db, id, order.numbers);
        error.type() != QSqlError::NoError)
        return abort(error.text());
    // Answered: the server has said what it did with the numbers, so they are free for the next change.
    if (const QSqlError error = journal::releaseClaims(db, id); error.type() != QSqlError::NoError)
        return abort(error.text());
    if (!db.commit())
        return abort(db.lastError().text());
    qCInfo(lcJournal) << "record" << id << "answered:" << journal::orderStateName(order.state);
    emit entryChanged(id);
    return true;
}

bool OrderJournal::recordFailure(qint64 id, const ApiError &error)
{
    if (m_pending.empty() && m_connected && writeFailure(id, error))
        return true;
    return keepIfDisconnected(id, [this, id, error] { return writeFailure(id, error); });
}

bool OrderJournal::writeFailure(qint64 id, const ApiError &error)
{
    const JournalState state
        = error.serverMayHaveActed() ? JournalState::OutcomeUnknown : JournalState::Failed;
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(tr("The failure could not be recorded in the order journal"), db.lastError().text());
    const QString what = tr("The failure could not be recorded in the order journal");
    QSqlQuery query(db);
    QString detail;
    const OpenUpdate updated = updateIfOpen(db, query,
        QStringLiteral("UPDATE requests SET state = ?, http_status = ?, error_kind = ?, error_title = ?,"
                       " error_message = ?, trace_id = ?, updated_at = ? WHERE id = ?"),
        {journalStateName(state), error.httpStatus, journal::errorKindName(error.kind), text(error.title),
            text(error.message), text(error.traceId), journal::storedTime(now()), id},
        id, &detail);
    if (updated == OpenUpdate::AlreadySettled || updated == OpenUpdate::NoRecord) {
        db.rollback();
        if (updated == OpenUpdate::NoRecord)
            return fail(what, tr("no record %1").arg(id));
        qCInfo(lcJournal) << "record" << id << "was settled already; the failure is not recorded over it";
        return true;
    }
    bool ok = updated == OpenUpdate::Changed;
    // Failed for sure: nothing was changed, the numbers are free. An unknown outcome keeps its claims
    // until someone resolves it.
    if (ok && state == JournalState::Failed) {
        const QSqlError releaseError = journal::releaseClaims(db, id);
        ok = releaseError.type() == QSqlError::NoError;
        detail = releaseError.text();
    }
    if (!ok || !db.commit()) {
        const QString reason = ok ? db.lastError().text() : detail;
        db.rollback();
        return fail(what, reason);
    }
    qCInfo(lcJournal) << "record" << id << journalStateName(state) << journal::errorKindName(error.kind);
    emit entryChanged(id);
    return true;
}

bool OrderJournal::resolve(qint64 id, const QString &finding)
{
    const QString what = tr("The finding could not be recorded in the order journal");
    if (!m_connected)
        return fail(what, tr("the team journal cannot be reached"));
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(what, db.lastError().text());
    // Only an open record: an answer that arrived while the agent was checking says more than the check.
    const QString time = journal::storedTime(now());
    QSqlQuery query(db);
    QString detail;
    const OpenUpdate updated = updateIfOpen(db, query,
        QStringLiteral("UPDATE requests SET state = ?, resolved_at = ?, resolution = ?, resolved_by = ?,"
                       " updated_at = ? WHERE id = ?"),
        {journalStateName(JournalState::Resolved), time, text(finding), m_identity.describe(), time, id}, id,
        &detail);
    if (updated == OpenUpdate::AlreadySettled || updated == OpenUpdate::NoRecord) {
        db.rollback();
        if (updated == OpenUpdate::NoRecord)
            return fail(what, tr("no record %1").arg(id));
        return true; // settled meanwhile (answered or resolved): nothing left to resolve
    }
    bool ok = updated == OpenUpdate::Changed;
    if (ok) {
        const QSqlError releaseError = journal::releaseClaims(db, id);
        ok = releaseError.type() == QSqlError::NoError;
        detail = releaseError.text();
    }
    if (!ok || !db.commit()) {
        const QString reason = ok ? db.lastError().text() : detail;
        db.rollback();
        return fail(what, reason);
    }
    emit entryChanged(id);
    return true;
}

QStringList OrderJournal::liveRunIds() const
{
    if (!isTeam())
        return journal::liveFileRuns(m_location.filePath, m_runId);
    QSqlDatabase db = database();
    QSqlError error;
    QStringList alive = journal::liveServerRuns(db, &error);
    if (error.type() != QSqlError::NoError) {
        // Unknown is not dead: taking every other desk's request for interrupted would be worse.
        qCWarning(lcJournal) << "live runs could not be read:" << error.text();
        return {};
    }
    if (!alive.contains(m_runId))
        alive.append(m_runId); // this run is alive whatever the server's lock table says
    return alive;
}

QList<JournalEntry> OrderJournal::markInterruptedAsOutcomeUnknown()
{
    QSqlDatabase db = database();
    QSqlError error;
    const QStringList alive = liveRunIds();
    if (alive.isEmpty()) // this run is always among the live ones: empty means they could not be read
        return {};
    QString where = QStringLiteral("r.state = ?");
    QVariantList bindings {journalStateName(JournalState::Sending)};
    if (isTeam()) {
        // A lock can go with a dropped connection while its desk lives on: only a request older than
        // any request can be in flight is taken for interrupted (setInterruptedAfter).
        where += QLatin1String(" AND r.updated_at < ?");
        bindings.append(journal::storedTime(now().addMSecs(-m_interruptedAfterMs)));
    }
    for (const QString &runId : alive) {
        where += QLatin1String(" AND r.run_id <> ?");
        bindings.append(runId);
    }
    QList<JournalEntry> interrupted = journal::readEntries(db, where, bindings, 0, &error);
    if (error.type() != QSqlError::NoError) {
        fail(tr("Interrupted requests could not be read from the order journal"), error.text());
        return {};
    }
    const QString title = tr("NumberDesk stopped while sending");
    const QString message
        = tr("NumberDesk closed before the server answered (a crash, a forced quit or a power "
             "loss). The server may have made the change: look the order up or check the "
             "numbers before sending again.");
    const QString time = journal::storedTime(now());
    QSqlQuery query(db);
    QList<JournalEntry> converted;
    for (JournalEntry entry : interrupted) {
        query.prepare(QStringLiteral("UPDATE requests SET state = ?, error_kind = ?, error_title = ?,"
                                     " error_message = ?, updated_at = ? WHERE id = ? AND state = ?"));
        query.addBindValue(journalStateName(JournalState::OutcomeUnknown));
        query.addBindValue(journal::errorKindName(ApiError::Kind::OutcomeUnknown));
        query.addBindValue(title);
        query.addBindValue(message);
        query.addBindValue(time);
        query.addBindValue(entry.id);
        query.addBindValue(journalStateName(JournalState::Sending));
        if (!query.exec()) {
            fail(tr("An interrupted request could not be marked in the order journal"),
                query.lastError().text());
            continue;
        }
        if (query.numRowsAffected() != 1)
            continue; // answered, or marked by another desk, since it was read
        entry.state = JournalState::OutcomeUnknown;
        entry.errorKind = ApiError::Kind::OutcomeUnknown;
        entry.errorTitle = title;
        entry.errorMessage = message;
        entry.updatedAt = QDateTime::fromString(time, Qt::ISODateWithMs);
        converted.append(entry);
        qCWarning(lcJournal) << "record" << entry.id
                             << "was in flight when NumberDesk stopped: outcome unknown";
        emit entryChanged(entry.id);
    }
    return converted;
}

QList<JournalEntry> OrderJournal::adoptUnresolved(
    const QList<JournalEntry> &entries, const QString &asidePath)
{
    const QString title = tr("Unresolved in a damaged journal");
    const QString message = tr("This request had no known outcome in the order journal that was found "
                               "damaged (kept as %1). The server may have made the change: look the order "
                               "up or check the numbers before sending again.")
                                .arg(QDir::toNativeSeparators(asidePath));
    QList<JournalEntry> adopted;
    QSqlDatabase db = database();
    QSqlQuery query(db);
    for (const JournalEntry &entry : entries) {
        // One transaction per record: one that cannot be copied does not cost the others.
        if (!db.transaction()) {
            fail(tr("A request from the damaged journal could not be copied"), db.lastError().text());
            continue;
        }
        const QString time = journal::storedTime(now());
        query.prepare(QStringLiteral(
            "INSERT INTO requests (created_at, updated_at, profile_name, base_url, account_key, change_type,"
            " effective_date, area_code, zip_code, state, run_id, order_id, server_status, http_status,"
            " error_kind, error_title, error_message, trace_id, agent, desk)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(journal::storedTime(entry.createdAt));
        query.addBindValue(time);
        query.addBindValue(text(entry.context.profileName));
        query.addBindValue(text(storedBaseUrl(entry.context.baseUrl)));
        query.addBindValue(text(entry.context.accountKey));
        query.addBindValue(wireName(entry.changeType));
        query.addBindValue(
            entry.effectiveDate.isValid() ? QVariant(entry.effectiveDate.toString(Qt::ISODate)) : QVariant());
        query.addBindValue(text(entry.areaCode));
        query.addBindValue(text(entry.zipCode));
        query.addBindValue(journalStateName(JournalState::OutcomeUnknown));
        query.addBindValue(text(m_runId));
        query.addBindValue(text(entry.orderId));
        query.addBindValue(text(entry.serverStatus));
        query.addBindValue(entry.httpStatus);
        query.addBindValue(journal::errorKindName(ApiError::Kind::OutcomeUnknown));
        query.addBindValue(title);
        query.addBindValue(message);
        query.addBindValue(text(entry.traceId));
        query.addBindValue(text(entry.agent));
        query.addBindValue(text(entry.desk));
        bool ok = query.exec();
        const qint64 id = query.lastInsertId().toLongLong(); // damaged files are SQLite's only
        for (int i = 0; ok && i < entry.numbers.size(); ++i) {
            const JournalNumber &number = entry.numbers.at(i);
            query.prepare(QStringLiteral(
                "INSERT INTO request_numbers (request_id, position, requested_number, iccid, returned_number,"
                " original_number, qr_url, fee, number_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            query.addBindValue(id);
            query.addBindValue(i);
            query.addBindValue(text(number.requestedNumber));
            query.addBindValue(text(number.iccid));
            query.addBindValue(text(number.returnedNumber));
            query.addBindValue(text(number.originalNumber));
            query.addBindValue(text(number.qrCodeUrl.toString(QUrl::FullyEncoded)));
            query.addBindValue(number.fee ? QVariant(*number.fee) : QVariant());
            query.addBindValue(text(number.status));
            ok = query.exec();
        }
        QString detail = query.lastError().text();
        query.finish();
        if (ok) {
            QStringList numbers;
            for (const JournalNumber &number : entry.numbers)
                numbers.append(number.requestedNumber);
            const QSqlError claimError = journal::claimFreeNumbers(db, id, numbers, time);
            ok = claimError.type() == QSqlError::NoError;
            detail = claimError.text();
        }
        if (!ok || !db.commit()) {
            const QString reason = ok ? db.lastError().text() : detail;
            db.rollback();
            fail(tr("A request from the damaged journal could not be copied"), reason);
            continue;
        }
        qCWarning(lcJournal) << "record" << entry.id << "of the damaged journal was open: kept as record"
                             << id;
        if (const std::optional<JournalEntry> stored = this->entry(id))
            adopted.append(*stored);
    }
    return adopted;
}

QList<JournalEntry> OrderJournal::unresolved() const
{
    QSqlDatabase db = database();
    QSqlError error;
    QVariantList bindings;
    const QString where = journal::unresolvedCondition(QStringLiteral("r.state"), bindings);
    QList<JournalEntry> found = journal::readEntries(db, where, bindings, 0, &error);
    if (error.type() != QSqlError::NoError)
        qCWarning(lcJournal) << "unresolved records could not be read:" << error.text();
    return found;
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

QList<JournalEntry> OrderJournal::unresolvedInvolving(const QStringList &e164Numbers) const
{
    const QSet<QString> wanted(e164Numbers.cbegin(), e164Numbers.cend());
    QList<JournalEntry> involved;
    const QList<JournalEntry> all = unresolved();
    for (const JournalEntry &entry : all) {
        const bool touches
            = std::any_of(entry.numbers.cbegin(), entry.numbers.cend(), [&](const JournalNumber &n) {
                  return wanted.contains(n.requestedNumber) || wanted.contains(n.returnedNumber);
              });
        if (touches)
            involved.append(entry);
    }
    return involved;
}

std::optional<JournalEntry> OrderJournal::entry(qint64 id) const
{
    QSqlDatabase db = database();
    QSqlError error;
    const QList<JournalEntry> found = journal::readEntries(db, QStringLiteral("r.id = ?"), {id}, 1, &error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<JournalEntry> OrderJournal::search(const HistoryQuery &query) const
{
    QSqlDatabase db = database();
    QSqlError error;
    QList<JournalEntry> found = journal::searchEntries(db, query, &error);
    if (error.type() != QSqlError::NoError)
        qCWarning(lcJournal) << "history search failed:" << error.text();
    return found;
}

QStringList OrderJournal::agents() const
{
    QSqlDatabase db = database();
    QSqlError error;
    return journal::distinctValues(db, QStringLiteral("agent"), &error);
}

QStringList OrderJournal::desks() const
{
    QSqlDatabase db = database();
    QSqlError error;
    return journal::distinctValues(db, QStringLiteral("desk"), &error);
}

QList<JournalEntry> OrderJournal::entries(const QList<qint64> &ids) const
{
    QSqlDatabase db = database();
    QSqlError error;
    QList<JournalEntry> found = journal::readEntriesById(db, ids, &error);
    if (error.type() != QSqlError::NoError)
        qCWarning(lcJournal) << "history rows could not be read:" << error.text();
    return found;
}

} // namespace nd
