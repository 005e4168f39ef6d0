#pragma once

// Test helpers for the journal: requests to record, and a second connection to the journal file that
// looks at it the way another process would (not through OrderJournal).

#include "request/StatusChangeRequest.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace journaltest {

inline nd::ValidatedRequest makeRequest(
    nd::ChangeType type, const QStringList &numbers, const QStringList &iccids = {})
{
    nd::ValidatedRequest request;
    request.changeType = type;
    request.effectiveDate = QDate(2024, 5, 17);
    for (int i = 0; i < numbers.size(); ++i)
        request.numbers.append({numbers.at(i), iccids.value(i), i});
    return request;
}

class RawConnection final
{
public:
    explicit RawConnection(const QString &path) : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        m_open = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString name() const { return m_name; } // the QSqlDatabase connection's

    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        const bool ok = query.exec(sql);
        if (!ok)
            m_lastError = query.lastError().text();
        return ok;
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next()) {
            m_lastError = query.lastError().text();
            return {};
        }
        return query.value(0);
    }

    QString lastError() const { return m_lastError; }

private:
    QString m_name;
    bool m_open = false;
    QString m_lastError;
};

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Overwrites one page of the index on created_at in the closed journal at `path`: integrity_check then
// fails, while the requests table itself can still be read (and salvaged). False if it cannot.
inline bool damageTheDateIndex(const QString &path)
{
    int indexPage = 0;
    {
        RawConnection raw(path);
        indexPage
            = raw.scalar(QStringLiteral(
                             "SELECT rootpage FROM sqlite_master WHERE name = 'requests_by_created_at'"))
                  .toInt();
    }
    QByteArray bytes = fileBytes(path);
    if (indexPage < 2 || bytes.size() < indexPage * 4096)
        return false;
    for (int i = (indexPage - 1) * 4096; i < indexPage * 4096; ++i)
        bytes[i] = char(0xA5);
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace journaltest
