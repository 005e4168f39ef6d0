#include "journal/JournalServer.h"

#include "journal/JournalSchema.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace nd::journal {
namespace {
Q_LOGGING_CATEGORY(lcServer, "numberdesk.core.journal.server")

QString detailOf(const QSqlError &error)
{
    const QString database = error.databaseText().trimmed();
    return database.isEmpty() ? error.text().trimmed() : database;
}

// SQLSTATE classes: 08 connection exceptions, 28 invalid authorization, 57P0x the server shutting down.
FileProblem problemOf(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state.isEmpty() || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("28"))
        || state.startsWith(QLatin1String("57P")))
        return FileProblem::Unreachable;
    return FileProblem::Unavailable;
}

} // namespace

PreparedFile prepareJournalServer(const QString &connectionName, const JournalLocation &location)
{
    QString why;
    if (!openConnection(location, connectionName, &why)) {
        qCWarning(lcServer).noquote() << "the team journal cannot be reached:" << why;
        return {FileProblem::Unreachable, why, 0};
    }
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlError error;
    const int version = schemaVersion(db, &error);
    if (version < 0)
        return {problemOf(error), detailOf(error), 0};
    if (version > CurrentSchemaVersion)
        //: Fills %2 of "The order journal %1 was written by a newer version of NumberDesk (%2)": %1 is
        //: the journal's format number.
        return {FileProblem::TooNew,
            QCoreApplication::translate("JournalFile", "schema version %1").arg(version), version};
    error = migrateToCurrent(db, version);
    if (error.type() != QSqlError::NoError)
        return {problemOf(error), detailOf(error), version};
    // Reading is not enough: a role with SELECT only would fail at the first send. Prove it may write
    // the tables a send writes, without leaving anything behind.
    QSqlQuery probe(db);
    if (!db.transaction())
        return {problemOf(db.lastError()), detailOf(db.lastError()), version};
    const bool mayWrite = probe.exec(QStringLiteral("LOCK TABLE requests, request_numbers, number_claims"
                                                    " IN ROW EXCLUSIVE MODE NOWAIT"));
    const QSqlError probeError = probe.lastError();
    probe.finish();
    db.rollback();
    if (!mayWrite && probeError.nativeErrorCode() != QLatin1String("55P03")) // 55P03: busy, so it exists
        return {problemOf(probeError), detailOf(probeError), version};
    return {FileProblem::None, QString(), version};
}

PreparedFile checkJournalServer(const JournalLocation &location)
{
    const QString connectionName
        = QLatin1String("numberdesk-journal-server-check-") + QUuid::createUuid().toString();
    PreparedFile found = prepareJournalServer(connectionName, location);
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
    return found;
}

bool serverAnswers(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

} // namespace nd::journal
