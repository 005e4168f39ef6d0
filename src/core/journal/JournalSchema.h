#pragma once

// The journal's tables and the forward migrations that bring any older journal file up to date.
// A new file is built by the same steps (0 -> 1 -> 2 ...), so every migration runs on every install.
// Used by JournalFile when a journal is opened; the history of each version is in docs/journal.md.

#include <QSqlDatabase>
#include <QSqlError>

namespace nd::journal {

inline constexpr int CurrentSchemaVersion = 3;

// PRAGMA user_version; -1 with the error when the file cannot be read.
int schemaVersion(QSqlDatabase &db, QSqlError *error);

// Runs every step from `fromVersion` to CurrentSchemaVersion, each in its own transaction that also
// sets user_version, so an interrupted upgrade resumes where it stopped. NoError on success.
QSqlError migrateToCurrent(QSqlDatabase &db, int fromVersion);

} // namespace nd::journal
