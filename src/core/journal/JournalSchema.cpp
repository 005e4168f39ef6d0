#include "journal/JournalSchema.h"

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

struct Step
{
    const char *const *statements;
    std::size_t count;
};

template<std::size_t N> constexpr Step step(const char *const (&statements)[N])
{
    return {statements, N};
}

// Steps[i] takes a file from version i to version i + 1.
const Step Steps[] = {step(Version1), step(Version2), step(Version3)};
static_assert(sizeof(Steps) / sizeof(Steps[0]) == CurrentSchemaVersion, "one step per version");

QSqlError runStep(QSqlDatabase &db, const Step &step, int toVersion)
{
    if (!db.transaction())
        return db.lastError();
    QSqlQuery query(db);
    QStringList statements;
    for (std::size_t i = 0; i < step.count; ++i)
        statements.append(QString::fromLatin1(step.statements[i]));
    // user_version is part of the file header, so it commits or rolls back with the step.
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(toVersion));
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
