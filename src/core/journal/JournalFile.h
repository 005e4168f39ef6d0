#pragma once

// Opening the journal's SQLite file safely: reads it, checks its integrity, switches it to WAL with
// synchronous=FULL, migrates it, and proves it can be written. Says which way it failed, because a
// damaged file is set aside while a locked one is left alone. Also moves a damaged file aside.
// The full integrity check is its own step (checkJournalIntegrity) because it reads every page: the app
// runs it on a worker thread at startup, and prepareJournalFile then skips it. Used by JournalOpening only.

#include <QDateTime>
#include <QString>
#include <optional>

namespace nd::journal {

enum class FileProblem {
    None,
    Corrupt, // not a database, or integrity_check failed
    Locked, // another connection holds a lock longer than the busy timeout
    TooNew, // written by a newer NumberDesk: left untouched
    Unavailable, // cannot be created or written (permissions, disk full, ...)
    Unreachable // the team journal's server: cannot connect, or it refused the sign-in (JournalServer)
};

struct PreparedFile
{
    FileProblem problem = FileProblem::None;
    QString detail; // SQLite's words, for the log and the message
    int foundVersion = 0; // schema version of the file before migrating
};

enum class IntegrityCheck {
    Full, // PRAGMA integrity_check: reads every page and index; grows with the file
    AlreadyDone // checkJournalIntegrity() has just checked this file; only the cheap reads remain
};

// Adds the connection `connectionName` (the caller removes it) and prepares the file behind it. Even
// with AlreadyDone a file that is not a database, or whose header or schema page is damaged, is
// reported Corrupt: those are read on every open.
PreparedFile prepareJournalFile(const QString &connectionName, const QString &path, int busyTimeoutMs,
    IntegrityCheck integrity = IntegrityCheck::Full);

// The part of opening that grows with the file: the header check, the schema version and the full
// PRAGMA integrity_check, under a connection of its own that it removes again. Writes nothing (a missing
// file is None: there is nothing to check). Safe on any thread.
PreparedFile checkJournalIntegrity(const QString &path, int busyTimeoutMs);

// Moves `path` and its -wal/-shm/-journal companions to "<path>.broken-YYYYMMDD-HHMMSS" (local time,
// with "-2", "-3", ... if taken). Returns the new path of the main file, or nullopt if it could not be moved.
std::optional<QString> setAsideBrokenFile(const QString &path, const QDateTime &now);

} // namespace nd::journal
