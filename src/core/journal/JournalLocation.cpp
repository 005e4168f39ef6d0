#include "journal/JournalLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QSqlDatabase>
#include <QSqlError>

namespace nd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JournalLocation", text);
}

// libpq reads values in single quotes with backslash escapes; a path may hold spaces.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

bool TeamServer::isLoopback() const
{
    const QString name = host.trimmed();
    if (name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

QString TeamServer::problem() const
{
    if (host.trimmed().isEmpty())
        return tr("Enter the team journal's server (host name or address).");
    if (port < 1 || port > 65535)
        return tr("The team journal's port must be between 1 and 65535.");
    if (database.trimmed().isEmpty())
        return tr("Enter the team journal's database name.");
    if (user.trimmed().isEmpty())
        return tr("Enter the user name NumberDesk signs in to the team journal with.");
    if (tls == TeamTlsMode::Off && !isLoopback())
        return tr("The team journal is on another computer: its connection must be encrypted and its "
                  "certificate checked (verify-full). Turning TLS off is only allowed for a server on "
                  "this computer.");
    return {};
}

QString TeamServer::displayName() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host, QString::number(port), database);
}

QString TeamServer::connectOptions(int connectTimeoutSeconds) const
{
    // Qt's QPSQL driver turns ';' into the spaces libpq separates its keywords with.
    // The journal is written on the GUI thread (a round trip on a LAN), so a server or network that
    // stops answering without closing the connection must fail a statement within seconds, not when TCP
    // gives up (many minutes): keepalives and tcp_user_timeout notice a dead peer, the server-side
    // timeouts bound a statement or a wait for another desk's claim.
    QStringList options {QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds),
        QStringLiteral("application_name=NumberDesk"), QStringLiteral("keepalives=1"),
        QStringLiteral("keepalives_idle=5"), QStringLiteral("keepalives_interval=2"),
        QStringLiteral("keepalives_count=3"), QStringLiteral("tcp_user_timeout=10000"),
        QStringLiteral("options='-c statement_timeout=15000 -c lock_timeout=10000'")};
    if (tls == TeamTlsMode::VerifyFull) {
        options << QStringLiteral("sslmode=verify-full");
        if (!rootCertificate.isEmpty())
            options << QStringLiteral("sslrootcert=") + quoted(QDir::toNativeSeparators(rootCertificate));
    } else {
        options << QStringLiteral("sslmode=disable");
    }
    return options.join(QLatin1Char(';'));
}

JournalLocation JournalLocation::localFile(const QString &path)
{
    JournalLocation location;
    location.kind = Kind::LocalFile;
    location.filePath = path;
    return location;
}

JournalLocation JournalLocation::teamServer(const TeamServer &server, const QString &password)
{
    JournalLocation location;
    location.kind = Kind::TeamServer;
    location.server = server;
    location.password = password;
    return location;
}

QString JournalLocation::displayName() const
{
    return isTeam() ? server.displayName() : QDir::toNativeSeparators(filePath);
}

namespace journal {

bool openConnection(const JournalLocation &location, const QString &connectionName, QString *error,
    const QString &sqliteOptions)
{
    if (!location.isTeam()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(location.filePath);
        db.setConnectOptions(sqliteOptions);
        if (db.open())
            return true;
        *error = db.lastError().text();
        return false;
    }
    if (const QString problem = location.server.problem(); !problem.isEmpty()) {
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        *error = problem;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid()) {
        *error = tr("this NumberDesk has no PostgreSQL driver (Qt's QPSQL plugin)");
        return false;
    }
    db.setHostName(location.server.host.trimmed());
    db.setPort(location.server.port);
    db.setDatabaseName(location.server.database.trimmed());
    db.setUserName(location.server.user.trimmed());
    db.setPassword(location.password);
    db.setConnectOptions(location.server.connectOptions(TeamConnectTimeoutSeconds));
    if (db.open())
        return true;
    const QSqlError failure = db.lastError();
    *error = failure.databaseText().trimmed().isEmpty() ? failure.text() : failure.databaseText().trimmed();
    return false;
}

} // namespace journal
} // namespace nd
