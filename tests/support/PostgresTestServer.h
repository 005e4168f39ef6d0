#pragma once

// The throw-away PostgreSQL server of the CTest fixture "postgres" (scripts/pg-test-cluster.sh, registered
// in tests/CMakeLists.txt; README, "Checking it harder"). A test asks for it with
// numberdesk_needs_postgres(<test>), which sets NUMBERDESK_TEST_PG_ENV to the cluster's connection.env, and
// ND_REQUIRE_POSTGRES in its initTestCase. Tests share the one server (ctest --parallel): each works in its
// own freshDatabase().

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QUuid>
#include <atomic>
#include <optional>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace nd::test {

// True when $NUMBERDESK_REQUIRE_POSTGRES is set (and not "0"): a missing server fails the test instead of
// skipping it. scripts/test.sh and the Debian 13 run set it.
inline bool postgresRequired()
{
    const QByteArray value = qgetenv("NUMBERDESK_REQUIRE_POSTGRES");
    return !value.isEmpty() && value != "0";
}

struct PostgresTestServer
{
    QString host; // "localhost": the name the server's certificate is checked against
    int port = 0;
    QString user; // numberdesk_admin: superuser of the throw-away cluster
    QString password;
    QString rootCertPath; // the throw-away CA that signed the server's certificate
    QString binDir; // pg_ctl, psql, ...
    QString dataDir;
    QString runAs; // the system user the server runs as (numberdesk-pg when the tests run as root)

    // Reads $NUMBERDESK_TEST_PG_ENV. When it is unset or the file is missing (or incomplete, or Qt has no
    // QPSQL driver): nullopt, and `why` says so.
    static std::optional<PostgresTestServer> fromEnvironment(QString *why = nullptr)
    {
        const auto fail = [why](const QString &reason) {
            if (why)
                *why = reason;
            return std::optional<PostgresTestServer>();
        };
        const QString path = qEnvironmentVariable("NUMBERDESK_TEST_PG_ENV");
        if (path.isEmpty())
            return fail(QStringLiteral(
                "no PostgreSQL test server: NUMBERDESK_TEST_PG_ENV is not set (register "
                "the test with numberdesk_needs_postgres; see the README, \"Checking it harder\")"));
        QFile file(path);
        if (!file.exists())
            return fail(
                QStringLiteral("no PostgreSQL test server: %1 does not exist (the fixture "
                               "postgres_cluster_start was skipped or failed: is PostgreSQL installed?)")
                    .arg(path));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        QHash<QString, QString> values;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            if (equals > 0)
                values.insert(line.left(equals), line.mid(equals + 1));
        }
        for (const char *key :
            {"PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGSSLROOTCERT", "PGBINDIR", "PGDATA", "PGRUNAS"}) {
            if (values.value(QLatin1String(key)).isEmpty())
                return fail(QStringLiteral("%1 has no %2").arg(path, QLatin1String(key)));
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return fail(
                QStringLiteral("Qt's PostgreSQL driver QPSQL is not installed (Debian: libqt6sql6-psql)"));
        PostgresTestServer server;
        server.host = values.value(QStringLiteral("PGHOST"));
        bool portOk = false;
        server.port = values.value(QStringLiteral("PGPORT")).toInt(&portOk);
        if (!portOk || server.port <= 0 || server.port > 65535)
            return fail(QStringLiteral("%1: PGPORT is not a port").arg(path));
        server.user = values.value(QStringLiteral("PGUSER"));
        server.password = values.value(QStringLiteral("PGPASSWORD"));
        server.rootCertPath = values.value(QStringLiteral("PGSSLROOTCERT"));
        server.binDir = values.value(QStringLiteral("PGBINDIR"));
        server.dataDir = values.value(QStringLiteral("PGDATA"));
        server.runAs = values.value(QStringLiteral("PGRUNAS"));
        return server;
    }

    // Creates a new, empty database with a unique name starting with `prefix` (CREATE DATABASE through the
    // admin role) and returns its name; empty on failure (the reason goes to the test's log).
    QString freshDatabase(const QString &prefix) const
    {
        static std::atomic<int> counter {0};
        QString safe;
        for (const QChar c : prefix.toLower())
            safe.append((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                        || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                    ? c
                    : QLatin1Char('_'));
        if (safe.isEmpty() || !safe.front().isLetter())
            safe.prepend(QStringLiteral("nd_"));
        const QString unique
            = QStringLiteral("_%1_%2_%3")
                  .arg(QCoreApplication::applicationPid())
                  .arg(++counter)
                  .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
        const QString name = safe.left(63 - unique.size()) + unique; // PostgreSQL's names have 63 bytes
        const QString connectionName = QStringLiteral("nd-test-admin-") + QUuid::createUuid().toString();
        bool created = false;
        {
            QSqlDatabase admin = connect(connectionName, QStringLiteral("postgres"));
            if (!admin.isOpen()) {
                qWarning("freshDatabase: cannot connect as %s: %s", qPrintable(user),
                    qPrintable(admin.lastError().text()));
            } else {
                QSqlQuery query(admin);
                created = query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
                if (!created)
                    qWarning("freshDatabase: CREATE DATABASE %s failed: %s", qPrintable(name),
                        qPrintable(query.lastError().text()));
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
        return created ? name : QString();
    }

    // Adds a QPSQL connection `connectionName` to `database`, TLS verify-full against rootCertPath, and
    // opens it; check isOpen(). The name checked is `host` (localhost); the address is 127.0.0.1, the only
    // one the server listens on, whatever localhost resolves to.
    QSqlDatabase connect(const QString &connectionName, const QString &database) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(host);
        db.setPort(port);
        db.setUserName(user);
        db.setPassword(password);
        db.setDatabaseName(database);
        db.setConnectOptions(
            QStringLiteral("sslmode=verify-full;sslrootcert=%1;hostaddr=127.0.0.1;connect_timeout=10")
                .arg(conninfoValue(rootCertPath)));
        db.open();
        return db;
    }

    // Stops / starts the server (pg_ctl as runAs; returns once it refuses / accepts connections), for
    // tests of "the server went away mid-request". Every test that uses the fixture shares this server: a
    // test that stops it must be registered with numberdesk_needs_postgres(<test> STOPS_SERVER) (it then
    // runs alone), and should start it again in cleanupTestCase. False with the reason on failure.
    bool stop(QString *why = nullptr) const
    {
        return pgCtl(
            {QStringLiteral("-D"), dataDir, QStringLiteral("-m"), QStringLiteral("fast"),
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("stop")},
            why);
    }
    bool start(QString *why = nullptr) const
    {
        const QString log = QFileInfo(dataDir).absolutePath() + QStringLiteral("/server.log");
        return pgCtl({QStringLiteral("-D"), dataDir, QStringLiteral("-l"), log, QStringLiteral("-w"),
                         QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
            why);
    }

private:
    // A value in libpq's conninfo syntax: quoted, with \ and ' escaped (paths may hold spaces).
    static QString conninfoValue(QString value)
    {
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    }

    // PostgreSQL refuses to run as root: when the tests do (CI), pg_ctl runs as the server's user through
    // setpriv, as scripts/pg-test-cluster.sh does.
    bool pgCtl(const QStringList &arguments, QString *why) const
    {
        QString program = binDir + QStringLiteral("/pg_ctl");
        QStringList args = arguments;
#ifdef Q_OS_UNIX
        const passwd *account = ::getpwnam(runAs.toLocal8Bit().constData());
        if (!account) {
            if (why)
                *why = QStringLiteral("no system user %1 (the server's user)").arg(runAs);
            return false;
        }
        if (account->pw_uid != ::geteuid()) {
            if (::geteuid() != 0) {
                if (why)
                    *why = QStringLiteral("the server runs as %1; only root or %1 can stop or start it")
                               .arg(runAs);
                return false;
            }
            QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                setpriv = QStringLiteral("/usr/bin/setpriv"); // util-linux; PATH may lack it
            args = QStringList {QStringLiteral("--reuid=%1").arg(account->pw_uid),
                       QStringLiteral("--regid=%1").arg(account->pw_gid), QStringLiteral("--clear-groups"),
                       QStringLiteral("--"), program}
                + arguments;
            program = setpriv;
        }
#endif
        QProcess process;
        process.setWorkingDirectory(dataDir); // the server's user may not enter the test's folder
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(program, args);
        const bool finished = process.waitForFinished(90000);
        const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
        if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            if (!finished)
                process.kill();
            if (why)
                *why = QStringLiteral("%1 %2 failed (%3): %4")
                           .arg(program, args.join(QLatin1Char(' ')),
                               finished ? QStringLiteral("exit %1").arg(process.exitCode())
                                        : process.errorString(),
                               output);
            return false;
        }
        return true;
    }
};

} // namespace nd::test

// In a test's initTestCase: fills `server` (a PostgresTestServer, or a std::optional of one) or skips the
// whole test with the reason when there is no server -- unless $NUMBERDESK_REQUIRE_POSTGRES is set, then it
// fails: a run that has the server skips nothing, and CI always has it.
#define ND_REQUIRE_POSTGRES(server)                                                                          \
    do {                                                                                                     \
        QString ndPostgresWhy_;                                                                              \
        const auto ndPostgres_ = ::nd::test::PostgresTestServer::fromEnvironment(&ndPostgresWhy_);           \
        if (!ndPostgres_) {                                                                                  \
            if (::nd::test::postgresRequired())                                                              \
                QFAIL(qPrintable(ndPostgresWhy_ + QStringLiteral(" (NUMBERDESK_REQUIRE_POSTGRES is set)"))); \
            QSKIP(qPrintable(ndPostgresWhy_));                                                               \
        }                                                                                                    \
        (server) = *ndPostgres_;                                                                             \
    } while (false)
