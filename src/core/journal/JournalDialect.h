#pragma once

// Every difference between the journal's two databases, SQLite (a desk's own file) and PostgreSQL (the
// team journal), in one place: column types in the schema, where the schema version is kept, how a
// new record's id comes back, substring search, and the claims' locking. Everything else is the same
// SQL for both. Used by JournalSchema, OrderJournal and JournalReader.

#include <QSqlDatabase>
#include <QString>

namespace nd::journal {

enum class SqlDialect { Sqlite, Postgres };

// From the connection's driver (QSQLITE or QPSQL).
SqlDialect dialectOf(const QSqlDatabase &db);

// A schema statement as written for SQLite (the released steps are SQLite's words and never change),
// in the dialect's words: PostgreSQL's ids are BIGINT identities, its numbers BIGINT and DOUBLE PRECISION.
QString schemaStatement(SqlDialect dialect, const char *sqliteStatement);

// Appended to an INSERT INTO requests …: PostgreSQL returns the new id as a row (Qt's QPSQL driver has
// no lastInsertId for tables without OIDs); SQLite has lastInsertId.
QString returningId(SqlDialect dialect);
// The id of the row `query` (prepared with returningId) inserted; 0 when none.
qint64 insertedId(SqlDialect dialect, class QSqlQuery &query);

// A condition true when `column` contains the bound text: SQLite's instr() (bound as it is), or LIKE
// on PostgreSQL, where trigram indexes serve it (bound as likePattern()).
QString containsCondition(SqlDialect dialect, const QString &column);
QString containsBinding(SqlDialect dialect, const QString &text);
// A case-insensitive LIKE (SQLite's LIKE already is for ASCII; PostgreSQL's is not).
QString caseInsensitiveLike(SqlDialect dialect);

// LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally (ESCAPE '\').
QString likePattern(const QString &text);

} // namespace nd::journal
