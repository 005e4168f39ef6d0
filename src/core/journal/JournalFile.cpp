#include "journal/JournalFile.h"

#include "journal/JournalPermissions.h"
#include "journal/JournalSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace nd::journal {
namespace {
Q_LOGGING_CATEGORY(lcFile, "numberdesk.core.journal.file")

// SQLite primary result codes (the low byte of extended codes).
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

PreparedFile classify(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    FileProblem problem = FileProblem::Unavailable;
    if (code == SqliteBusy || code == SqliteLocked)
        problem = FileProblem::Locked;
    else if (code == SqliteCorrupt || code == SqliteNotADatabase)
        problem = FileProblem::Corrupt;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return {problem, detail, 0};
}

// Every statement in sequence; the first failure is classified.
std::optional<PreparedFile> execAll(QSqlDatabase &db, std::initializer_list<const char *> statements)
{
    QSqlQuery query(db);
    for (const char *statement : statements) {
        if (!query.exec(QString::fromLatin1(statement)))
            return classify(query.lastError());
        query.finish();
    }
    return std::nullopt;
}

std::optional<PreparedFile> checkIntegrity(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return classify(query.lastError());
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (query.lastError().type() != QSqlError::NoError)
        return classify(query.lastError());
    if (problems.isEmpty())
        return std::nullopt;
    return PreparedFile {FileProblem::Corrupt, problems.first(), 0};
}

std::optional<PreparedFile> enableWal(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next())
        return classify(query.lastError());
    const QString mode = query.value(0).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcFile) << "the journal stays in" << mode << "mode; WAL was refused";
    return std::nullopt;
}

// Checked before SQLite opens the file: SQLite treats a -wal beside any non-empty file as a WAL and
// deletes it on close, which would destroy the companion of a file that is not a database at all.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true; // a new journal
    if (!file.open(QIODevice::ReadOnly))
        return true; // let SQLite report why it cannot be read
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

PreparedFile prepareJournalFile(
    const QString &connectionName, const QString &path, int busyTimeoutMs, IntegrityCheck integrity)
{
    const QFileInfo info(path);
    if (!makePrivateFolder(info.absolutePath()))
        //: Why the order journal cannot be opened; fills %2 of "The order journal %1 cannot be opened (%2)".
        return {FileProblem::Unavailable,
            QCoreApplication::translate("JournalFile", "cannot create the folder"), 0};
    // Before SQLite opens it: it creates -wal and -shm with the database file's mode.
    restrictJournalFiles(path);
    if (!createPrivateFile(path))
        //: Why the order journal cannot be opened; fills %2 of "The order journal %1 cannot be opened (%2)".
        return {FileProblem::Unavailable,
            QCoreApplication::translate("JournalFile", "cannot create the file"), 0};

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!hasSqliteHeader(path))
        //: Why the order journal cannot be read: the file is not a database (SQLite is a database format).
        return {
            FileProblem::Corrupt, QCoreApplication::translate("JournalFile", "not an SQLite database"), 0};
    if (!db.open())
        return classify(db.lastError());

    // The first read of the header: a file that is not a database fails here, before anything is written.
    QSqlError error;
    const int version = schemaVersion(db, &error);
    if (version < 0)
        return classify(error);
    if (version > CurrentSchemaVersion)
        //: Fills %2 of "The order journal %1 was written by a newer version of NumberDesk (%2)": %1 is
        //: the journal file's format number.
        return {FileProblem::TooNew,
            QCoreApplication::translate("JournalFile", "schema version %1").arg(version), version};
    if (integrity == IntegrityCheck::Full) {
        if (auto problem = checkIntegrity(db))
            return *problem;
    }
    if (auto problem = enableWal(db))
        return *problem;
    // FULL: every commit (above all the 'sending' record) is on disk before the request leaves.
    if (auto problem = execAll(db, {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}))
        return *problem;
    const QSqlError migrationError = migrateToCurrent(db, version);
    if (migrationError.type() != QSqlError::NoError)
        return classify(migrationError);
    // In WAL mode a file another program holds exclusively still reads fine; prove we can write.
    if (auto problem = execAll(db, {"BEGIN IMMEDIATE", "COMMIT"})) {
        db.rollback();
        return *problem;
    }
    return {FileProblem::None, QString(), version};
}

PreparedFile checkJournalIntegrity(const QString &path, int busyTimeoutMs)
{
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0)
        return {}; // a new journal: prepareJournalFile creates it
    if (!hasSqliteHeader(path))
        return {
            FileProblem::Corrupt, QCoreApplication::translate("JournalFile", "not an SQLite database"), 0};
    // Its -wal/-shm are created with the file's mode when a crash left a log to replay.
    restrictJournalFiles(path);
    const QString connectionName
        = QLatin1String("numberdesk-journal-check-") + QUuid::createUuid().toString();
    PreparedFile found;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open()) {
            found = classify(db.lastError());
        } else {
            QSqlError error;
            found.foundVersion = schemaVersion(db, &error);
            if (found.foundVersion < 0)
                found = classify(error);
            else if (found.foundVersion <= CurrentSchemaVersion) // a newer file is left to its own version
                found = checkIntegrity(db).value_or(found);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return found;
}

std::optional<QString> setAsideBrokenFile(const QString &path, const QDateTime &now)
{
    const QString base = path + QLatin1String(".broken-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = base;
    for (int n = 2; QFile::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    // The companions first: a -wal left beside the new, empty file could be replayed into it.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFile::exists(companion) && !QFile::rename(companion, target + QLatin1String(suffix))) {
            qCWarning(lcFile) << "could not move" << suffix << "of the damaged journal aside";
            return std::nullopt;
        }
    }
    if (!QFile::rename(path, target)) {
        qCWarning(lcFile) << "could not move the damaged journal aside";
        return std::nullopt;
    }
    return target;
}

} // namespace nd::journal
