#pragma once

// Which runs of NumberDesk are alive, so that at startup only the `sending` records of a run that died
// (crash, kill, power loss) are taken for interrupted, never those of a desk still waiting for its answer.
// A desk's own file: each run holds a QLockFile "<journal>.run-<id>.lock", stale only when its process is
// gone. A team journal: each run holds a PostgreSQL session advisory lock, which the server releases when
// the desk's connection ends however it ends, and names it in journal_runs. Used by OrderJournal.

#include "journal/JournalEntry.h"
#include "journal/JournalLocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <memory>

class QLockFile;

namespace nd::journal {

// File journals: takes this run's lock file (0600). Never fails: a run that cannot mark itself alive
// only risks a second instance taking its in-flight requests for interrupted (logged).
std::unique_ptr<QLockFile> markFileRunAlive(const QString &journalPath, const QString &runId);
// The runs whose lock file is held by a live process (stale lock files are removed); includes `ownRunId`.
QStringList liveFileRuns(const QString &journalPath, const QString &ownRunId);

// Team journals: takes this run's advisory lock on the connection's session and records the run (again
// after a reconnect: a new session holds no lock). False with the reason when the server refused.
bool markServerRunAlive(QSqlDatabase &db, const QString &runId, const JournalIdentity &who, QSqlError *error);
// The runs whose desks hold their lock now, read from the server's own lock table.
QStringList liveServerRuns(QSqlDatabase &db, QSqlError *error);

// Either kind: the runs alive now, always with `ownRunId` among them (this run is alive whatever a
// server's lock table says); empty when a server's could not be read.
QStringList liveRuns(const JournalLocation &location, QSqlDatabase &db, const QString &ownRunId);

} // namespace nd::journal
