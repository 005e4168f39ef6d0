#include "journal/JournalRuns.h"

#include "journal/JournalPermissions.h"
#include "journal/JournalReader.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace nd::journal {
namespace {
Q_LOGGING_CATEGORY(lcRuns, "numberdesk.core.journal.runs")

// The first key of every NumberDesk run lock ("ND"): the second is the run's own lock_key. Another
// program's advisory locks on the same database use other first keys.
constexpr int RunLockClass = 0x4e44;

QString runLockPath(const QString &journalPath, const QString &runId)
{
    return journalPath + QLatin1String(".run-") + runId + QLatin1String(".lock");
}

} // namespace

std::unique_ptr<QLockFile> markFileRunAlive(const QString &journalPath, const QString &runId)
{
    auto runLock = std::make_unique<QLockFile>(runLockPath(journalPath, runId));
    runLock->setStaleLockTime(0); // stale only when its process is gone, however long it ran
    if (!runLock->tryLock(0))
        qCWarning(lcRuns) << "could not mark this run as alive; a second instance may report its "
                             "requests as interrupted";
    restrictToOwner(runLockPath(journalPath, runId)); // QLockFile creates it with the umask's mode
    return runLock;
}

QStringList liveFileRuns(const QString &journalPath, const QString &ownRunId)
{
    // Each running instance holds "<journal>.run-<id>.lock"; a lock whose process is gone is stale.
    const QFileInfo journalFile(journalPath);
    const QString prefix = journalFile.fileName() + QLatin1String(".run-");
    const QDir dir = journalFile.absoluteDir();
    QStringList alive;
    const QStringList lockFiles = dir.entryList({prefix + QLatin1String("*.lock")}, QDir::Files);
    for (const QString &name : lockFiles) {
        const QString runId = name.mid(prefix.size(), name.size() - prefix.size() - 5);
        if (runId == ownRunId)
            continue; // added below, whether or not its lock file could be made
        QLockFile probe(dir.filePath(name));
        probe.setStaleLockTime(0);
        if (probe.tryLock(0))
            probe.unlock(); // removes the stale file: that run is over
        else if (probe.error() == QLockFile::LockFailedError)
            alive.append(runId);
    }
    alive.append(ownRunId);
    return alive;
}

bool markServerRunAlive(QSqlDatabase &db, const QString &runId, const JournalIdentity &who, QSqlError *error)
{
    QSqlQuery query(db);
    // A key no live run holds: two desks drawing the same one would make one of them look dead.
    int key = 0;
    for (int attempt = 0; attempt < 8 && key == 0; ++attempt) {
        const int candidate = int(QRandomGenerator::global()->bounded(1, 0x7fffffff));
        if (!query.exec(
                QStringLiteral("SELECT pg_try_advisory_lock(%1, %2)").arg(RunLockClass).arg(candidate))
            || !query.next()) {
            *error = query.lastError();
            return false;
        }
        if (query.value(0).toBool())
            key = candidate;
    }
    if (key == 0) {
        *error = QSqlError(
            QStringLiteral("no free run lock key after 8 draws"), QString(), QSqlError::UnknownError);
        qCWarning(lcRuns) << "no free run lock key after 8 draws";
        return false;
    }
    query.prepare(QStringLiteral("INSERT INTO journal_runs (run_id, agent, desk, started_at, lock_key)"
                                 " VALUES (?, ?, ?, ?, ?)"
                                 " ON CONFLICT (run_id) DO UPDATE SET lock_key = excluded.lock_key"));
    query.addBindValue(runId);
    query.addBindValue(who.agent.isNull() ? QStringLiteral("") : who.agent);
    query.addBindValue(who.desk.isNull() ? QStringLiteral("") : who.desk);
    query.addBindValue(storedTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(key);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    return true;
}

QStringList liveServerRuns(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT r.run_id FROM journal_runs r JOIN pg_locks l ON l.locktype = 'advisory'"
            " AND l.classid::bigint = %1 AND l.objid::bigint = r.lock_key AND l.objsubid = 2 AND l.granted"
            " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")
                        .arg(RunLockClass))) {
        *error = query.lastError();
        return {};
    }
    QStringList alive;
    while (query.next())
        alive.append(query.value(0).toString());
    return alive;
}

QStringList liveRuns(const JournalLocation &location, QSqlDatabase &db, const QString &ownRunId)
{
    if (!location.isTeam())
        return liveFileRuns(location.filePath, ownRunId);
    QSqlError error;
    QStringList alive = liveServerRuns(db, &error);
    if (error.type() != QSqlError::NoError) {
        // Unknown is not dead: taking every other desk's request for interrupted would be worse.
        qCWarning(lcRuns) << "live runs could not be read:" << error.text();
        return {};
    }
    if (!alive.contains(ownRunId))
        alive.append(ownRunId);
    return alive;
}

} // namespace nd::journal
