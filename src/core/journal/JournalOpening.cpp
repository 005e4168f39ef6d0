#include "journal/JournalOpening.h"

#include "journal/JournalFile.h"
#include "journal/JournalRuns.h"
#include "journal/JournalSalvage.h"
#include "journal/JournalSchema.h"
#include "journal/JournalServer.h"

#include <QDir>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QUuid>

// The messages stay in OrderJournal's translation context, where the catalogues translate them.

namespace nd {
namespace {
Q_LOGGING_CATEGORY(lcOpening, "numberdesk.core.journal.opening")

QString newRunId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString connectionNameFor(const QString &runId)
{
    return QLatin1String("numberdesk-journal-") + runId;
}

void dropConnection(const QString &connectionName)
{
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
}

// The writes a new or older file needs (creating it, switching to WAL, migrating, each committed with
// an fsync) are done by checkFile too, so the thread that then opens the journal waits for none of
// them. Any problem is left for open() to meet again and report.
void prepareAhead(const QString &path, int busyTimeoutMs)
{
    const QString connectionName
        = QLatin1String("numberdesk-journal-prepare-") + QUuid::createUuid().toString();
    journal::prepareJournalFile(connectionName, path, busyTimeoutMs, journal::IntegrityCheck::AlreadyDone);
    dropConnection(connectionName);
}

// A damaged file is moved aside, never deleted, and the records in it whose outcome was still open are
// read back, so their numbers stay guarded in the fresh journal. Fills `check`; one place for both
// checkFile and an open() that meets damage the check could not have seen.
void setAsideAndSalvage(const QString &path, const QString &detail, JournalCheck &check)
{
    qCWarning(lcOpening) << "the journal is damaged:" << detail;
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

QString recoveredMessage(const JournalOpenResult &result)
{
    const QString aside = QDir::toNativeSeparators(result.setAsidePath);
    QString message
        = OrderJournal::tr("The order journal was damaged and could not be read. It has been kept as %1 "
                           "(nothing was deleted) and a new, empty journal has been started. Orders "
                           "recorded before today are in the old file.")
              .arg(aside);
    if (!result.adopted.isEmpty()) {
        //: Follows "The order journal … was damaged…". %n is how many requests in the damaged journal
        //: never got an answer; each was copied into the new journal.
        message += QLatin1Char(' ')
            + OrderJournal::tr("%n request(s) in it had no known outcome. They were copied into the new "
                               "journal: check them before sending to those numbers again.",
                nullptr, int(result.adopted.size()));
    }
    if (!result.damagedFileFullyRead) {
        message += QLatin1Char(' ')
            + OrderJournal::tr("Part of the old file could not be read, so NumberDesk cannot tell whether "
                               "other requests in it were left without an answer. Before sending to a number "
                               "you worked on recently, check its status with the carrier.");
    }
    return message;
}

// The message for a file that could not be opened; sets result.status.
void describeFileProblem(
    const journal::PreparedFile &prepared, const QString &shownPath, JournalOpenResult &result)
{
    using journal::FileProblem;
    switch (prepared.problem) {
    case FileProblem::None:
        break;
    case FileProblem::Locked:
        result.status = JournalOpenResult::Status::Locked;
        result.message
            = OrderJournal::tr("The order journal %1 is in use by another program, perhaps another "
                               "NumberDesk. NumberDesk does not send status changes it cannot "
                               "record: close the other program and try again.")
                  .arg(shownPath);
        break;
    case FileProblem::TooNew:
        result.status = JournalOpenResult::Status::TooNew;
        result.message = OrderJournal::tr("The order journal %1 was written by a newer version of NumberDesk "
                                          "(%2). It has been left as it is. Use the newer version: this one "
                                          "cannot record orders in it.")
                             .arg(shownPath, prepared.detail);
        break;
    case FileProblem::Corrupt: // damaged again right after a fresh start: treat as unusable
    case FileProblem::Unavailable:
    case FileProblem::Unreachable: // a file has no server: never reported for one
        result.status = JournalOpenResult::Status::Unavailable;
        result.message = OrderJournal::tr("The order journal %1 cannot be opened (%2). NumberDesk does not "
                                          "send status changes it cannot record.")
                             .arg(shownPath, prepared.detail);
        break;
    }
}

} // namespace

JournalCheck JournalOpening::checkFile(const QString &path, int busyTimeoutMs)
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

JournalOpenResult JournalOpening::openFile(
    const QString &path, int busyTimeoutMs, const JournalCheck &checked)
{
    using journal::FileProblem;
    const QString runId = newRunId();
    const QString connectionName = connectionNameFor(runId);
    const QString shownPath = QDir::toNativeSeparators(path);
    JournalOpenResult result;
    const auto cannotSetAside = [&result, &shownPath] {
        result.status = JournalOpenResult::Status::Unavailable;
        result.message
            = OrderJournal::tr("The order journal %1 is damaged and could not be moved aside. "
                               "NumberDesk will not send status changes it cannot record. Move the "
                               "file away (do not delete it: it holds earlier orders) and start "
                               "NumberDesk again.")
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
        dropConnection(connectionName);
        setAsideAndSalvage(path, prepared.detail, check);
        if (check.setAsideFailed)
            return cannotSetAside();
        prepared = journal::prepareJournalFile(connectionName, path, busyTimeoutMs);
    }
    result.setAsidePath = check.setAsidePath;
    if (prepared.problem == FileProblem::None && !result.setAsidePath.isEmpty())
        result.status = JournalOpenResult::Status::Recovered;
    describeFileProblem(prepared, shownPath, result);
    if (prepared.problem != FileProblem::None) {
        qCWarning(lcOpening) << "no journal:" << prepared.detail;
        dropConnection(connectionName);
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
    qCInfo(lcOpening) << "journal open, schema" << journal::CurrentSchemaVersion << "(was"
                      << prepared.foundVersion << ")";
    return result;
}

JournalCheck JournalOpening::check(const JournalLocation &location)
{
    if (!location.isTeam())
        return checkFile(location.filePath, OrderJournal::DefaultBusyTimeoutMs);
    JournalCheck check;
    const journal::PreparedFile found = journal::checkJournalServer(location);
    check.serverChecked = true;
    check.serverProblem = int(found.problem);
    check.serverDetail = found.detail;
    return check;
}

JournalOpenResult JournalOpening::open(
    const JournalLocation &location, const JournalIdentity &who, const JournalCheck &checked)
{
    if (location.isTeam())
        return openTeam(location, who, checked);
    JournalOpenResult result = openFile(location.filePath, OrderJournal::DefaultBusyTimeoutMs, checked);
    if (result.journal)
        result.journal->setIdentity(who);
    return result;
}

JournalOpenResult JournalOpening::openTeam(
    const JournalLocation &location, const JournalIdentity &who, const JournalCheck &checked)
{
    using journal::FileProblem;
    const QString runId = newRunId();
    const QString connectionName = connectionNameFor(runId);
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
        qCInfo(lcOpening) << "team journal open, schema" << journal::CurrentSchemaVersion << "(was"
                          << prepared.foundVersion << ")";
        return result;
    case FileProblem::TooNew:
        result.status = JournalOpenResult::Status::TooNew;
        result.message = OrderJournal::tr("The team journal %1 was written by a newer version of NumberDesk "
                                          "(%2). It has been left as it is. Use the newer version: this one "
                                          "cannot record orders in it.")
                             .arg(shown, prepared.detail);
        break;
    case FileProblem::Unreachable:
    case FileProblem::Locked:
        result.status = JournalOpenResult::Status::Unreachable;
        result.message = OrderJournal::tr("The team journal %1 cannot be reached (%2). NumberDesk sends "
                                          "nothing it cannot record in the team journal, and does not switch "
                                          "to a journal on this computer instead. Check the network and the "
                                          "team journal's settings in Preferences, then try again.")
                             .arg(shown, prepared.detail);
        break;
    case FileProblem::Corrupt:
    case FileProblem::Unavailable:
        result.status = JournalOpenResult::Status::Unavailable;
        result.message = OrderJournal::tr("The team journal %1 cannot be used (%2). NumberDesk does not send "
                                          "status changes it cannot record. Ask whoever runs the server to "
                                          "check this user's rights on the database.")
                             .arg(shown, prepared.detail);
        break;
    }
    qCWarning(lcOpening).noquote() << "no team journal:" << prepared.detail;
    dropConnection(connectionName);
    return result;
}

} // namespace nd
