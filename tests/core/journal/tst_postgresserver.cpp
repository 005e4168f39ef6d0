// The throw-away PostgreSQL server the team journal's tests use (fixture "postgres",
// scripts/pg-test-cluster.sh): it is real -- TLS verified against its own CA and host name, SCRAM
// passwords checked, pg_trgm installable in a fresh database -- and it can be stopped and started under a
// test. Registered with STOPS_SERVER: it runs alone, no other test loses the server under it.

#include "../../support/PostgresTestServer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using nd::test::PostgresTestServer;

namespace {

// A CA that signed nothing the server has: verify-full against it must refuse the server.
constexpr const char unrelatedCa[] = R"(-----BEGIN CERTIFICATE-----
MIIBvzCCAWWgAwIBAgIUQHSdlm+Qhs9gjq75LGcTvAHpw7QwCgYIKoZIzj0EAwIw
NDEyMDAGA1UEAwwpTnVtYmVyRGVzayB0ZXN0OiBhIENBIHRoYXQgc2lnbmVkIG5v
dGhpbmcwIBcNMjYxMjAyMDUxOTQwWhgPMjEyNjExMDgwNTE5NDBaMDQxMjAwBgNV
BAMMKU51bWJlckRlc2sgdGVzdDogYSBDQSB0aGF0IHNpZ25lZCBub3RoaW5nMFkw
EwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAERVJaoH/pMQvEtbBHtLiiyPjFZ7qiohf3
W17LsR2C5luP2JIfBMxjZxTxSUwGTr2S6ojeZOgJYsHdUj6sbo0kNqNTMFEwHQYD
VR0OBBYEFDS3g5TvrpSqFiIP02Q58VPQMnzNMB8GA1UdIwQYMBaAFDS3g5TvrpSq
FiIP02Q58VPQMnzNMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIh
APvMEGb9vLx99ZkIWA01R0+Oau2BGMfzRi3K571yizzoAiBIJnNYTvQrqNNv6wib
zLPAuxsxAED6IqC5s6bHUSbYdg==
-----END CERTIFICATE-----
)";

// Runs `sql` on a new connection to `database` and returns the first column of the first row.
QVariant scalar(const PostgresTestServer &server, const QString &database, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = server.connect(QStringLiteral("scalar"), database);
        if (db.isOpen()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scalar"));
    return value;
}

} // namespace

class PostgresServerTest : public QObject
{
    Q_OBJECT

    PostgresTestServer m_server;

    // Opens a connection like PostgresTestServer::connect with one thing changed; returns the error, or
    // an empty string when the server let it in.
    QString refusedWith(const PostgresTestServer &server, const QString &options = {})
    {
        QString error;
        {
            QSqlDatabase db = server.connect(QStringLiteral("refused"), QStringLiteral("postgres"));
            if (!options.isEmpty()) {
                db.close();
                db.setConnectOptions(options);
                db.open();
            }
            error = db.isOpen() ? QString() : db.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("refused"));
        return error;
    }

private slots:
    void initTestCase() { ND_REQUIRE_POSTGRES(m_server); }

    void cleanupTestCase()
    {
        // A failure halfway through stopAndStart must not leave the server down for the tests after this one.
        if (!m_server.binDir.isEmpty()
            && scalar(m_server, QStringLiteral("postgres"), QStringLiteral("SELECT 1")).toInt() != 1) {
            QString why;
            QVERIFY2(m_server.start(&why), qPrintable(why));
        }
    }

    void connect_isTlsVerifiedAgainstTheTestCa()
    {
        QCOMPARE(m_server.host, QStringLiteral("localhost"));
        QVERIFY(QFile::exists(m_server.rootCertPath));
        {
            QSqlDatabase db = m_server.connect(QStringLiteral("tls"), QStringLiteral("postgres"));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QVERIFY(db.connectOptions().contains(QStringLiteral("sslmode=verify-full")));
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("SELECT version()")), qPrintable(query.lastError().text()));
            QVERIFY(query.next());
            QVERIFY2(query.value(0).toString().startsWith(QStringLiteral("PostgreSQL ")),
                qPrintable(query.value(0).toString()));
            // The server's own view: this session is encrypted, as the admin role.
            QVERIFY(query.exec(QStringLiteral(
                "SELECT s.ssl, current_user FROM pg_stat_ssl s WHERE s.pid = pg_backend_pid()")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toBool(), true);
            QCOMPARE(query.value(1).toString(), m_server.user);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tls"));
    }

    void connect_refusesAServerItCannotVerify()
    {
        // Another CA: the server's certificate does not chain to it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile ca(dir.filePath(QStringLiteral("other-ca.crt")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(unrelatedCa);
        ca.close();
        PostgresTestServer otherCa = m_server;
        otherCa.rootCertPath = ca.fileName();
        const QString wrongCa = refusedWith(otherCa);
        QVERIFY2(!wrongCa.isEmpty(), "verify-full accepted a server its CA did not sign");
        QVERIFY2(wrongCa.contains(QStringLiteral("certificate"), Qt::CaseInsensitive), qPrintable(wrongCa));

        // Another name: the certificate is for localhost and 127.0.0.1 only.
        PostgresTestServer otherName = m_server;
        otherName.host = QStringLiteral("journal.numberdesk.invalid");
        const QString wrongName = refusedWith(otherName);
        QVERIFY2(!wrongName.isEmpty(), "verify-full accepted a certificate for another name");
        QVERIFY2(wrongName.contains(QStringLiteral("journal.numberdesk.invalid")), qPrintable(wrongName));
    }

    void wrongPassword_isRefused()
    {
        PostgresTestServer wrong = m_server;
        wrong.password = m_server.password + QStringLiteral("x");
        const QString error = refusedWith(wrong);
        QVERIFY2(!error.isEmpty(), "the server let a wrong password in");
        QVERIFY2(error.contains(QStringLiteral("password authentication failed")), qPrintable(error));
        // Without TLS too (allowed on loopback), the password is checked.
        QVERIFY(refusedWith(m_server, QStringLiteral("sslmode=disable;hostaddr=127.0.0.1")).isEmpty());
        const QString plain = refusedWith(wrong, QStringLiteral("sslmode=disable;hostaddr=127.0.0.1"));
        QVERIFY2(plain.contains(QStringLiteral("password authentication failed")), qPrintable(plain));
    }

    void freshDatabase_isNewAndEmptyAndTakesPgTrgm()
    {
        const QString first = m_server.freshDatabase(QStringLiteral("Smoke Test"));
        const QString second = m_server.freshDatabase(QStringLiteral("Smoke Test"));
        QVERIFY(!first.isEmpty());
        QVERIFY(!second.isEmpty());
        QVERIFY(first != second);
        QVERIFY2(first.startsWith(QStringLiteral("smoke_test_")), qPrintable(first));
        QCOMPARE(scalar(m_server, first,
                     QStringLiteral(
                         "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                         "WHERE n.nspname = 'public'"))
                     .toInt(),
            0);
        {
            QSqlDatabase db = m_server.connect(QStringLiteral("trgm"), first);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QCOMPARE(db.databaseName(), first);
            QSqlQuery query(db);
            QVERIFY2(
                query.exec(QStringLiteral("CREATE EXTENSION pg_trgm")), qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("SELECT similarity('+12016093801', '+12016093807'), "
                                              "'+12016093801' % '+12016093801', current_database()")));
            QVERIFY(query.next());
            QVERIFY(query.value(0).toDouble() > 0.5);
            QCOMPARE(query.value(1).toBool(), true);
            QCOMPARE(query.value(2).toString(), first);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("trgm"));
        // The extension went into that database only.
        QCOMPARE(scalar(m_server, second,
                     QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'"))
                     .toInt(),
            0);
    }

    void stopAndStart_takeTheServerAwayAndBack()
    {
        const QString database = m_server.freshDatabase(QStringLiteral("stopstart"));
        QVERIFY(!database.isEmpty());
        {
            QSqlDatabase db = m_server.connect(QStringLiteral("held"), database);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE kept (n int)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO kept VALUES (7)")));

            QString why;
            QVERIFY2(m_server.stop(&why), qPrintable(why));
            // The open connection's next query fails, and so does a new connection.
            QVERIFY(!query.exec(QStringLiteral("SELECT n FROM kept")));
            QVERIFY(!refusedWith(m_server).isEmpty());
            QVERIFY(!m_server.stop(&why)); // already stopped: pg_ctl says so
            QVERIFY(!why.isEmpty());

            QVERIFY2(m_server.start(&why), qPrintable(why));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("held"));
        // Back, with what was committed before it went away.
        QCOMPARE(scalar(m_server, database, QStringLiteral("SELECT n FROM kept")).toInt(), 7);
    }
};

QTEST_GUILESS_MAIN(PostgresServerTest)
#include "tst_postgresserver.moc"
