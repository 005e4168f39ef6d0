#include "journal/JournalReadConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace nd::journal {

JournalReadConnection::JournalReadConnection(const JournalLocation &location)
    : m_name(QLatin1String("numberdesk-journal-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    // Not SQLITE_OPEN_READONLY: a read-only connection cannot create the WAL index (-shm) should it be
    // missing. query_only (SQLite) and a read-only session (PostgreSQL) make sure it never writes.
    m_open = openConnection(location, m_name, &m_error, QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!m_open)
        return;
    QSqlDatabase db = database();
    const QString readOnly = location.isTeam()
        ? QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        : QStringLiteral("PRAGMA query_only = 1");
    QSqlQuery query(db);
    if (!query.exec(readOnly)) {
        m_open = false;
        m_error = query.lastError().text();
    }
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
