#pragma once

// The journal's tables and the forward migrations that bring any older journal up to date, for both
// databases (a desk's SQLite file, a team's PostgreSQL server): one set of steps, their dialect
// differences in JournalDialect. A new journal is built by the same steps (0 -> 1 -> 2 ...), so every
// migration runs on every install. Used by JournalFile and the team journal's opening; the history of
// each version is in docs/journal.md.

#include <QSqlDatabase>
#include <QSqlError>

namespace nd::journal {

inline constexpr int CurrentSchemaVersion = 5;

// SQLite: PRAGMA user_version. PostgreSQL: the row of numberdesk_schema (0 when the table does not
// exist yet). -1 with the error when it cannot be read.
int schemaVersion(QSqlDatabase &db, QSqlError *error);

// Runs every step from `fromVersion` to CurrentSchemaVersion, each in its own transaction that also
// sets the version, so an interrupted upgrade resumes where it stopped. On PostgreSQL each step first
// takes a transaction lock and re-reads the version, so desks starting together migrate once.
// NoError on success.
QSqlError migrateToCurrent(QSqlDatabase &db, int fromVersion);

} // namespace nd::journal
