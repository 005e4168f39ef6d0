#pragma once

// Opening the journal's SQLite file safely: reads it, checks its integrity, switches it to WAL with
// synchronous=FULL, migrates it, and proves it can be written. Says which way it failed, because a
// damaged file is set aside while a locked one is left alone. Also moves a damaged file aside.
// Used by OrderJournal::open only.

#include <QDateTime>
#include <QString>
#include <optional>

namespace nd::journal {

enum class FileProblem {
    None,
    Corrupt, // not a database, or integrity_check failed
    Locked, // another connection holds a lock longer than the busy timeout
    TooNew, // written by a newer NumberDesk: left untouched
    Unavailable // cannot be created or written (permissions, disk full, ...)
};

struct PreparedFile
{
    FileProblem problem = FileProblem::None;
    QString detail; // SQLite's words, for the log and the message
    int foundVersion = 0; // schema version of the file before migrating
};

// Adds the connection `connectionName` (the caller removes it) and prepares the file behind it.
PreparedFile prepareJournalFile(const QString &connectionName, const QString &path, int busyTimeoutMs);

// Moves `path` and its -wal/-shm/-journal companions to "<path>.broken-YYYYMMDD-HHMMSS" (local time,
// with "-2", "-3", ... if taken). Returns the new path of the main file, or nullopt if it could not be moved.
std::optional<QString> setAsideBrokenFile(const QString &path, const QDateTime &now);

} // namespace nd::journal
