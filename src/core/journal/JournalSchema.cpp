#include "journal/JournalSchema.h"

#include "journal/JournalDialect.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStringList>

namespace nd::journal {
namespace {
Q_LOGGING_CATEGORY(lcSchema, "numberdesk.core.journal.schema")

// Version 1: the first release. Never edit: files in the field were created with exactly this.
const char *const Version1[] = {
    "CREATE TABLE requests ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL,"
    " profile_name TEXT NOT NULL DEFAULT '',"
    " base_url TEXT NOT NULL DEFAULT '',"
    " account_key TEXT NOT NULL DEFAULT '',"
    " change_type TEXT NOT NULL,"
    " effective_date TEXT,"
    " area_code TEXT NOT NULL DEFAULT '',"
    " zip_code TEXT NOT NULL DEFAULT '',"
    " state TEXT NOT NULL,"
    " order_id TEXT NOT NULL DEFAULT '',"
    " server_status TEXT NOT NULL DEFAULT '',"
    " order_state TEXT,"
    " status_message TEXT NOT NULL DEFAULT '',"
    " http_status INTEGER NOT NULL DEFAULT 0,"
    " error_kind TEXT,"
    " error_title TEXT NOT NULL DEFAULT '',"
    " error_message TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE request_numbers ("
    " request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " requested_number TEXT NOT NULL,"
    " iccid TEXT NOT NULL DEFAULT '',"
    " returned_number TEXT NOT NULL DEFAULT '',"
    " original_number TEXT NOT NULL DEFAULT '',"
    " qr_url TEXT NOT NULL DEFAULT '',"
    " fee REAL,"
    " number_status TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (request_id, position))",
    "CREATE INDEX requests_by_created_at ON requests(created_at)",
    "CREATE INDEX requests_by_state ON requests(state)",
};

// Version 2: trace ids of failed calls, which run of the app wrote a record (so a second running
// instance's in-flight requests are not mistaken for a crash), and how an unknown outcome was resolved.
const char *const Version2[] = {
    "ALTER TABLE requests ADD COLUMN trace_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE requests ADD COLUMN run_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE requests ADD COLUMN resolved_at TEXT",
    "ALTER TABLE requests ADD COLUMN resolution TEXT NOT NULL DEFAULT ''",
};

// Version 3: covering indexes for History's searches over large journals (docs/journal.md, "History at
// scale"). A part of a number ("609-38") cannot use an index's order, so the search scans: these make it
// scan narrow index entries (the numbers and the record id) instead of whole rows with their QR URLs,
// about 7x less to read, and OrderId searches scan (order_id, created_at) instead of the requests table.
const char *const Version3[] = {
    "CREATE INDEX request_numbers_by_number"
    " ON request_numbers(requested_number, returned_number, original_number, request_id)",
    "CREATE INDEX requests_by_order_id ON requests(order_id, created_at)",
};

// Version 4: the team journal (issue #14). Who sent each record and from which computer; who resolved an
// unknown outcome; the claims that let at most one status change per number be in flight (a number is
// claimed in the same transaction that records `sending`, and released when the answer is recorded or the
// outcome resolved; see docs/journal.md, "Claims"); and the runs of the desks using a team journal. A
// journal that already holds unresolved records claims their numbers here, newest record first.
const char *const Version4[] = {
    "ALTER TABLE requests ADD COLUMN agent TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE requests ADD COLUMN desk TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE requests ADD COLUMN resolved_by TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX requests_by_agent ON requests(agent, created_at)",
    "CREATE INDEX requests_by_desk ON requests(desk, created_at)",
    "CREATE TABLE number_claims ("
    " number TEXT PRIMARY KEY,"
    " request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,"
    " claimed_at TEXT NOT NULL)",
    "CREATE INDEX number_claims_by_request ON number_claims(request_id)",
    "INSERT INTO number_claims (number, request_id, claimed_at)"
    " SELECT n.requested_number, r.id, r.created_at FROM requests r"
    " JOIN request_numbers n ON n.request_id = r.id"
    " WHERE r.state IN ('sending', 'outcome_unknown') AND n.requested_number <> ''"
    " ORDER BY r.created_at DESC, r.id DESC"
    " ON CONFLICT DO NOTHING",
    "CREATE TABLE journal_runs ("
    " run_id TEXT PRIMARY KEY,"
    " agent TEXT NOT NULL DEFAULT '',"
    " desk TEXT NOT NULL DEFAULT '',"
    " started_at TEXT NOT NULL,"
    " lock_key INTEGER NOT NULL DEFAULT 0)",
};

// PostgreSQL only, with version 4: a part of a number is found through trigram indexes (pg_trgm, a
// trusted extension a database owner may create), which serve LIKE '%…%' (issue #14: 1,000,000 records).
// The returned number is nearly always the one sent: its index holds only the rows where it differs,
// which halves the index and the search (JournalReader's condition repeats the predicate).
const char *const Version4Postgres[] = {
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX request_numbers_by_number_part ON request_numbers USING gin"
    " (requested_number gin_trgm_ops, original_number gin_trgm_ops)",
    "CREATE INDEX request_numbers_by_returned_part ON request_numbers USING gin"
    " (returned_number gin_trgm_ops) WHERE returned_number <> requested_number",
    "CREATE INDEX requests_by_order_id_part ON requests USING gin (order_id gin_trgm_ops)",
    // History lists every record's id newest first: SQLite's index on created_at holds the rowid already,
    // PostgreSQL's must name the id to be read without the table (an index-only scan, no sort).
    "CREATE INDEX requests_by_created_at_id ON requests (created_at, id)",
};

// Version 5 (issue #13, goal 3): History's search by part of a number reads one short text per record,
// every number it sent, got back or replaced ("+12016093801 +12125550000 ..."), instead of three numbers
// on every number row: a third of the rows, one instr() each. On 100,000 orders of 3 numbers the scan
// went from ~32 to ~11 ms. The text is written with the rows (JournalNumberRows::refreshNumberText,
// the same expression as here). The v3 index on the numbers only served that scan; writing a 5,000-number
// answer kept it up to date row by row, so it goes, on PostgreSQL too (its searches use the trigram
// indexes of v4).
const char *const Version5[] = {
    "DROP INDEX IF EXISTS request_numbers_by_number",
};

const char *const Version5Sqlite[] = {
    "CREATE TABLE request_number_text ("
    " request_id INTEGER PRIMARY KEY REFERENCES requests(id) ON DELETE CASCADE,"
    " numbers TEXT NOT NULL)",
    "INSERT INTO request_number_text (request_id, numbers)"
    " SELECT n.request_id, group_concat(n.requested_number"
    " || CASE WHEN n.returned_number NOT IN ('', n.requested_number) THEN ' ' || n.returned_number ELSE '' "
    "END"
    " || CASE WHEN n.original_number NOT IN ('', n.requested_number, n.returned_number)"
    " THEN ' ' || n.original_number ELSE '' END, ' ')"
    // Joined to its record: a row without one (foreign keys are on) would fail the whole step.
    " FROM request_numbers n JOIN requests r ON r.id = n.request_id GROUP BY n.request_id",
};

struct Step
{
    const char *const *statements;
    std::size_t count;
    const char *const *postgresStatements = nullptr;
    std::size_t postgresCount = 0;
    const char *const *sqliteStatements = nullptr;
    std::size_t sqliteCount = 0;
};

template<std::size_t N> constexpr Step step(const char *const (&statements)[N])
{
    return {statements, N};
}

template<std::size_t N, std::size_t P>
constexpr Step step(const char *const (&statements)[N], const char *const (&postgres)[P])
{
    return {statements, N, postgres, P};
}

template<std::size_t N, std::size_t S>
constexpr Step stepWithSqlite(const char *const (&statements)[N], const char *const (&sqlite)[S])
{
    return {statements, N, nullptr, 0, sqlite, S};
}

// Steps[i] takes a journal from version i to version i + 1.
const Step Steps[] = {step(Version1), step(Version2), step(Version3), step(Version4, Version4Postgres),
    stepWithSqlite(Version5, Version5Sqlite)};
static_assert(sizeof(Steps) / sizeof(Steps[0]) == CurrentSchemaVersion, "one step per version");

// Any constant shared by every NumberDesk: desks migrating one server at once take turns on it.
constexpr int MigrationLock = 0x4e44'0001;

QSqlError runStep(QSqlDatabase &db, const Step &step, int toVersion)
{
    const SqlDialect dialect = dialectOf(db);
    if (!db.transaction())
        return db.lastError();
    QSqlQuery query(db);
    if (dialect == SqlDialect::Postgres) {
        // Another desk may have migrated while this one waited for the lock: then nothing is left to do.
        QSqlError error;
        // SET LOCAL, for this step only: its IF NOT EXISTS notices are not the user's business.
        if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLock))
            || !query.exec(QStringLiteral("SET LOCAL client_min_messages = warning"))
            // A step may build an index over every record: not bounded like a desk's statements.
            || !query.exec(QStringLiteral("SET LOCAL statement_timeout = 0"))) {
            error = query.lastError();
            db.rollback();
            return error;
        }
        const int current = schemaVersion(db, &error);
        if (current < 0 || current >= toVersion) {
            db.rollback();
            return error;
        }
    }
    QStringList statements;
    for (std::size_t i = 0; i < step.count; ++i)
        statements.append(schemaStatement(dialect, step.statements[i]));
    if (dialect == SqlDialect::Postgres) {
        for (std::size_t i = 0; i < step.postgresCount; ++i)
            statements.append(QString::fromLatin1(step.postgresStatements[i]));
        // PostgreSQL's DDL is transactional: the version row commits or rolls back with the step.
        statements << QStringLiteral(
            "CREATE TABLE IF NOT EXISTS numberdesk_schema (version INTEGER NOT NULL)")
                   << QStringLiteral("DELETE FROM numberdesk_schema")
                   << QStringLiteral("INSERT INTO numberdesk_schema (version) VALUES (%1)").arg(toVersion);
    } else {
        for (std::size_t i = 0; i < step.sqliteCount; ++i)
            statements.append(QString::fromLatin1(step.sqliteStatements[i]));
        // user_version is part of the file header, so it commits or rolls back with the step.
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(toVersion));
    }
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            QSqlError error = query.lastError();
            query.finish();
            db.rollback();
            return error;
        }
    }
    query.finish();
    if (!db.commit()) {
        QSqlError error = db.lastError();
        db.rollback();
        return error;
    }
    return {};
}

} // namespace

int schemaVersion(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (dialectOf(db) == SqlDialect::Postgres) {
        // Read from pg_class with the statement's own snapshot, not through to_regclass(): that looks in
        // this session's catalog cache, which taking an advisory lock does not refresh, so a desk that
        // waited for another's migration would not see the table it has just created (tst_teamrace).
        if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN"
                                       " pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE"
                                       " c.relname = 'numberdesk_schema' AND n.nspname = current_schema())"))
            || !query.next()) {
            *error = query.lastError();
            return -1;
        }
        if (!query.value(0).toBool())
            return 0; // an empty database: the team journal is created in it
        if (!query.exec(QStringLiteral("SELECT max(version) FROM numberdesk_schema")) || !query.next()) {
            *error = query.lastError();
            return -1;
        }
        return query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = query.lastError();
        return -1;
    }
    return query.value(0).toInt();
}

QSqlError migrateToCurrent(QSqlDatabase &db, int fromVersion)
{
    for (int version = fromVersion; version < CurrentSchemaVersion; ++version) {
        qCInfo(lcSchema) << "migrating the journal from schema" << version << "to" << version + 1;
        QSqlError error = runStep(db, Steps[version], version + 1);
        if (error.type() != QSqlError::NoError)
            return error;
    }
    return {};
}

} // namespace nd::journal
