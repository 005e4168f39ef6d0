#include "journal/JournalReadConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace nd::journal {

JournalReadConnection::JournalReadConnection(const QString &path)
    : m_name(QLatin1String("numberdesk-journal-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    // Not SQLITE_OPEN_READONLY: a read-only connection cannot create the WAL index (-shm) should it be
    // missing. query_only makes sure this connection never writes.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    m_open = db.open();
    if (m_open && !QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = 1")))
        m_open = false;
    if (!m_open)
        m_error = db.lastError().text();
}

JournalReadConnection::~JournalReadConnection()
{
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase JournalReadConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace nd::journal
