#include "journal/JournalSalvage.h"

#include "journal/JournalReader.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace nd::journal {
namespace {
Q_LOGGING_CATEGORY(lcSalvage, "numberdesk.core.journal.salvage")

// The ids of the open records, as far as the file can be read. A damaged page stops the scan with an
// error part-way; the ids read before it are still good.
QList<qint64> openRecordIds(QSqlDatabase &db, SalvagedRecords &result)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QList<qint64> ids;
    QVariantList bindings; // the journal's own rule for "open", not a copy of it
    query.prepare(QLatin1String("SELECT id FROM requests WHERE ")
        + unresolvedCondition(QStringLiteral("state"), bindings));
    for (const QVariant &state : std::as_const(bindings))
        query.addBindValue(state);
    if (!query.exec()) {
        result.detail = query.lastError().text();
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (query.lastError().type() != QSqlError::NoError)
        result.detail = query.lastError().text();
    return ids;
}

} // namespace

SalvagedRecords salvageUnresolved(const QString &path)
{
    SalvagedRecords result;
    const QString connectionName = QLatin1String("numberdesk-salvage-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=0"));
        if (!db.open()) {
            result.detail = db.lastError().text();
        } else {
            const QList<qint64> ids = openRecordIds(db, result);
            bool allRead = result.detail.isEmpty();
            const QString columns = requestColumnsOf(db); // the file may be of an older version
            for (const qint64 id : ids) {
                QSqlError error;
                const QList<JournalEntry> read
                    = readEntries(db, columns, QStringLiteral("r.id = ?"), {id}, 1, &error);
                if (error.type() != QSqlError::NoError || read.isEmpty()) {
                    allRead = false; // this record sits on a damaged page: the rest may still be readable
                    if (result.detail.isEmpty())
                        result.detail = error.text();
                    continue;
                }
                result.unresolved.append(read.first());
            }
            result.complete = allRead;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    qCInfo(lcSalvage) << "read" << result.unresolved.size() << "open records from the damaged journal;"
                      << (result.complete ? "complete" : "incomplete");
    return result;
}

} // namespace nd::journal
