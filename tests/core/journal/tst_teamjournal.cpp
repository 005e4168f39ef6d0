// The team journal (issue #14) against a real PostgreSQL server: the throw-away cluster the test suite
// starts (scripts/pg-test-cluster.sh, fixture "postgres"). Each test works in a database of its own.
// Two OrderJournal objects with different identities are two desks: each has its own connection, run
// and advisory lock, exactly as two NumberDesk processes would (tst_teamrace does it with processes).

#include "JournalTestSupport.h"
#include "PostgresTestServer.h"
#include "journal/HistorySearch.h"
#include "journal/JournalLocation.h"
#include "journal/OrderJournal.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace nd;
using journaltest::makeRequest;

namespace {

Order answeredOrder(const QString &number)
{
    Order order;
    order.orderId = QStringLiteral("ORD-") + number.right(4);
    order.serverStatus = QStringLiteral("Completed");
    order.state = OrderState::Done;
    OrderNumber answered;
    answered.number = number;
    answered.qrCodeUrl = QUrl(QStringLiteral("https://qr.example/") + number.mid(1));
    order.numbers.append(answered);
    return order;
}

ApiError lostAnswer()
{
    ApiError error;
    error.kind = ApiError::Kind::OutcomeUnknown;
    error.title = QStringLiteral("No answer");
    return error;
}

} // namespace

class TeamJournalTest final : public QObject
{
    Q_OBJECT

    std::optional<test::PostgresTestServer> m_server;

    JournalLocation freshTeam(const QString &prefix)
    {
        const QString database = m_server->freshDatabase(prefix);
        if (database.isEmpty())
            return {};
        TeamServer server;
        server.host = m_server->host;
        server.port = m_server->port;
        server.database = database;
        server.user = m_server->user;
        server.tls = TeamTlsMode::VerifyFull;
        server.rootCertificate = m_server->rootCertPath;
        return JournalLocation::teamServer(server, m_server->password);
    }

    static JournalIdentity desk(const QString &agent, const QString &desk) { return {agent, desk}; }

    // The connection the test looks at the server with, not through OrderJournal.
    QSqlDatabase look(const JournalLocation &location)
    {
        const QString name = QStringLiteral("look-") + location.server.database;
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        return m_server->connect(name, location.server.database);
    }

    QVariant scalar(const JournalLocation &location, const QString &sql)
    {
        QSqlQuery query(look(location));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private slots:
    void initTestCase()
    {
        QString why;
        m_server = test::PostgresTestServer::fromEnvironment(&why);
        ND_REQUIRE_POSTGRES(m_server);
    }

    void open_emptyDatabase_createsTheCurrentSchemaWithTrigramIndexes()
    {
        const JournalLocation team = freshTeam(QStringLiteral("schema"));
        QVERIFY(team.isTeam());
        JournalOpenResult opened
            = OrderJournal::open(team, desk(QStringLiteral("Ana"), QStringLiteral("desk-a")));
        QCOMPARE(opened.status, JournalOpenResult::Status::Opened);
        QVERIFY(opened.journal->isTeam());
        QVERIFY(opened.journal->path().isEmpty());
        QCOMPARE(scalar(team, QStringLiteral("SELECT version FROM numberdesk_schema")).toInt(), 5);
        for (const char *index : {"request_numbers_by_number_part", "request_numbers_by_returned_part",
                 "requests_by_order_id_part", "requests_by_created_at_id", "requests_by_agent",
                 "number_claims_by_request"}) {
            QVERIFY2(scalar(team,
                         QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = '%1'")
                             .arg(QLatin1String(index)))
                         .toInt()
                    == 1,
                index);
        }
        // v5 dropped v3's B-tree on the numbers: nothing searched it on PostgreSQL, and every write paid for
        // it.
        QCOMPARE(scalar(team,
                     QStringLiteral(
                         "SELECT count(*) FROM pg_indexes WHERE indexname = 'request_numbers_by_number'"))
                     .toInt(),
            0);
        // A second desk opening the same database migrates nothing and writes nothing twice.
        JournalOpenResult second
            = OrderJournal::open(team, desk(QStringLiteral("Ben"), QStringLiteral("desk-b")));
        QCOMPARE(second.status, JournalOpenResult::Status::Opened);
        QCOMPARE(scalar(team, QStringLiteral("SELECT count(*) FROM numberdesk_schema")).toInt(), 1);
        QCOMPARE(scalar(team, QStringLiteral("SELECT count(*) FROM journal_runs")).toInt(), 2);
    }

    void open_versionThreeDatabase_migratesAndClaimsWhatWasOpen()
    {
        const JournalLocation team = freshTeam(QStringLiteral("fromthree"));
        {
            // Version 3 as the steps made it, written here with the test's own copy of its SQL.
            QSqlDatabase db = look(team);
            QSqlQuery query(db);
            const QStringList v3 = {
                QStringLiteral(
                    "CREATE TABLE requests (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
                    " profile_name TEXT NOT NULL DEFAULT '', base_url TEXT NOT NULL DEFAULT '',"
                    " account_key TEXT NOT NULL DEFAULT '', change_type TEXT NOT NULL,"
                    " effective_date TEXT, area_code TEXT NOT NULL DEFAULT '',"
                    " zip_code TEXT NOT NULL DEFAULT '', state TEXT NOT NULL,"
                    " order_id TEXT NOT NULL DEFAULT '', server_status TEXT NOT NULL DEFAULT '',"
                    " order_state TEXT, status_message TEXT NOT NULL DEFAULT '',"
                    " http_status BIGINT NOT NULL DEFAULT 0, error_kind TEXT,"
                    " error_title TEXT NOT NULL DEFAULT '', error_message TEXT NOT NULL DEFAULT '',"
                    " trace_id TEXT NOT NULL DEFAULT '', run_id TEXT NOT NULL DEFAULT '',"
                    " resolved_at TEXT, resolution TEXT NOT NULL DEFAULT '')"),
                QStringLiteral(
                    "CREATE TABLE request_numbers (request_id BIGINT NOT NULL REFERENCES requests(id)"
                    " ON DELETE CASCADE, position BIGINT NOT NULL, requested_number TEXT NOT NULL,"
                    " iccid TEXT NOT NULL DEFAULT '', returned_number TEXT NOT NULL DEFAULT '',"
                    " original_number TEXT NOT NULL DEFAULT '', qr_url TEXT NOT NULL DEFAULT '',"
                    " fee DOUBLE PRECISION, number_status TEXT NOT NULL DEFAULT '',"
                    " PRIMARY KEY (request_id, position))"),
                QStringLiteral("CREATE TABLE numberdesk_schema (version INTEGER NOT NULL)"),
                QStringLiteral("INSERT INTO numberdesk_schema VALUES (3)"),
                QStringLiteral("INSERT INTO requests (created_at, updated_at, change_type, state)"
                               " VALUES ('2026-11-30T10:41:00.000Z', '2026-11-30T10:41:05.000Z', 'activate',"
                               " 'outcome_unknown')"),
                QStringLiteral("INSERT INTO request_numbers (request_id, position, requested_number)"
                               " VALUES (1, 0, '+12015550111')"),
                QStringLiteral("INSERT INTO requests (created_at, updated_at, change_type, state)"
                               " VALUES ('2026-11-30T10:42:00.000Z', '2026-11-30T10:42:01.000Z', 'activate',"
                               " 'answered')"),
                QStringLiteral("INSERT INTO request_numbers (request_id, position, requested_number)"
                               " VALUES (2, 0, '+12015550112')"),
            };
            for (const QString &statement : v3)
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        JournalOpenResult opened
            = OrderJournal::open(team, desk(QStringLiteral("Ana"), QStringLiteral("desk-a")));
        QCOMPARE(opened.status, JournalOpenResult::Status::Opened);
        QCOMPARE(scalar(team, QStringLiteral("SELECT version FROM numberdesk_schema")).toInt(), 5);
        QCOMPARE(opened.journal->entry(1)->state, JournalState::OutcomeUnknown);
        QCOMPARE(opened.journal->entry(2)->numbers.first().requestedNumber, QStringLiteral("+12015550112"));
        // The open record's number was claimed by the migration; the answered one's was not.
        const QList<NumberClaim> claims
            = opened.journal->claimsOn({QStringLiteral("+12015550111"), QStringLiteral("+12015550112")});
        QCOMPARE(claims.size(), 1);
        QCOMPARE(claims.first().requestId, 1);
        QVERIFY(!opened.journal->recordSending(
            {}, makeRequest(ChangeType::Cancel, {QStringLiteral("+12015550111")})));
        const std::optional<qint64> id = opened.journal->recordSending(
            {}, makeRequest(ChangeType::Cancel, {QStringLiteral("+12015550112")}));
        QVERIFY(id);
        // New records carry their identity.
        QCOMPARE(opened.journal->entry(*id)->agent, QStringLiteral("Ana"));
        QCOMPARE(opened.journal->entry(*id)->desk, QStringLiteral("desk-a"));
    }

    void twoDesks_oneNumber_theSecondIsRefusedAndToldWhoHoldsIt()
    {
        const JournalLocation team = freshTeam(QStringLiteral("claims"));
        JournalOpenResult a = OrderJournal::open(team, desk(QStringLiteral("Ana"), QStringLiteral("desk-a")));
        JournalOpenResult b = OrderJournal::open(team, desk(QStringLiteral("Ben"), QStringLiteral("desk-b")));
        QVERIFY(a.journal && b.journal);
        const QString number = QStringLiteral("+12015550121");

        const std::optional<qint64> first
            = a.journal->recordSending({}, makeRequest(ChangeType::Activate, {number}));
        QVERIFY2(first, qPrintable(a.journal->lastError()));
        QCOMPARE(a.journal->entry(*first)->desk, QStringLiteral("desk-a"));

        // In flight on desk A: desk B may not send, and is told where and since when.
        QVERIFY(!b.journal->recordSending(
            {}, makeRequest(ChangeType::Cancel, {QStringLiteral("+12015550199"), number})));
        QCOMPARE(b.journal->refusedBy().size(), 1);
        QCOMPARE(b.journal->refusedBy().first().desk, QStringLiteral("desk-a"));
        QCOMPARE(b.journal->refusedBy().first().agent, QStringLiteral("Ana"));
        QCOMPARE(b.journal->refusedBy().first().state, JournalState::Sending);
        QVERIFY2(b.journal->lastError().contains(QStringLiteral("in flight on desk-a")),
            qPrintable(b.journal->lastError()));
        // Refused as a whole: the free number of B's request was not claimed either.
        QCOMPARE(scalar(team, QStringLiteral("SELECT count(*) FROM number_claims")).toInt(), 1);
        QCOMPARE(scalar(team, QStringLiteral("SELECT count(*) FROM requests")).toInt(), 1);

        // The answer releases the number.
        QVERIFY(a.journal->recordOrder(*first, answeredOrder(number)));
        const std::optional<qint64> second
            = b.journal->recordSending({}, makeRequest(ChangeType::Cancel, {number}));
        QVERIFY2(second, qPrintable(b.journal->lastError()));

        // An unknown outcome keeps it until someone resolves it; any desk may, and the journal says who.
        QVERIFY(b.journal->recordFailure(*second, lostAnswer()));
        QVERIFY(!a.journal->recordSending({}, makeRequest(ChangeType::Activate, {number})));
        QCOMPARE(a.journal->refusedBy().first().state, JournalState::OutcomeUnknown);
        QVERIFY2(a.journal->lastError().contains(QStringLiteral("outcome is unknown")),
            qPrintable(a.journal->lastError()));
        QVERIFY(a.journal->resolve(*second, QStringLiteral("Checked with the carrier: cancelled")));
        QCOMPARE(a.journal->entry(*second)->resolvedBy, QStringLiteral("Ana on desk-a"));
        QCOMPARE(a.journal->entry(*second)->agent, QStringLiteral("Ben"));
        QVERIFY(a.journal->recordSending({}, makeRequest(ChangeType::Activate, {number})));

        // A definite failure frees the number at once.
        const QString other = QStringLiteral("+12015550122");
        const std::optional<qint64> refused
            = a.journal->recordSending({}, makeRequest(ChangeType::Activate, {other}));
        ApiError http;
        http.kind = ApiError::Kind::Http;
        http.httpStatus = 422;
        QVERIFY(a.journal->recordFailure(*refused, http));
        QVERIFY(b.journal->recordSending({}, makeRequest(ChangeType::Activate, {other})));
    }

    void unresolvedCheck_seesEveryDesksRecords()
    {
        const JournalLocation team = freshTeam(QStringLiteral("unresolved"));
        JournalOpenResult a = OrderJournal::open(team, desk(QStringLiteral("Ana"), QStringLiteral("desk-a")));
        JournalOpenResult b = OrderJournal::open(team, desk(QStringLiteral("Ben"), QStringLiteral("desk-b")));
        const QString number = QStringLiteral("+12015550131");
        const std::optional<qint64> id
            = a.journal->recordSending({}, makeRequest(ChangeType::Swap, {number}));
        QVERIFY(a.journal->recordFailure(*id, lostAnswer()));
        const QList<JournalEntry> involved = b.journal->unresolvedInvolving({number});
        QCOMPARE(involved.size(), 1);
        QCOMPARE(involved.first().desk, QStringLiteral("desk-a"));
    }

    void deadDesk_itsRequestIsMarkedInterruptedByAnother_andResolvable()
    {
        const JournalLocation team = freshTeam(QStringLiteral("deaddesk"));
        JournalOpenResult b = OrderJournal::open(team, desk(QStringLiteral("Ben"), QStringLiteral("desk-b")));
        const QString number = QStringLiteral("+12015550141");
        qint64 id = 0;
        {
            JournalOpenResult a
                = OrderJournal::open(team, desk(QStringLiteral("Ana"), QStringLiteral("desk-a")));
            id = *a.journal->recordSending({}, makeRequest(ChangeType::Activate, {number}));
            // Desk A is alive: its request is in flight, not interrupted.
            b.journal->setInterruptedAfter(0);
            QVERIFY(b.journal->markInterruptedAsOutcomeUnknown().isEmpty());
            QCOMPARE(b.journal->entry(id)->state, JournalState::Sending);
        } // desk A's connection ends, as when its process dies: the server drops its run lock
        QTRY_VERIFY(scalar(team,
                        QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                                       " AND classid = 20036 AND database = (SELECT oid FROM"
                                       " pg_database WHERE datname = current_database())"))
                        .toInt()
            == 1);
        const QList<JournalEntry> interrupted = b.journal->markInterruptedAsOutcomeUnknown();
        QCOMPARE(interrupted.size(), 1);
        QCOMPARE(interrupted.first().id, id);
        QCOMPARE(interrupted.first().desk, QStringLiteral("desk-a"));
        QCOMPARE(b.journal->entry(id)->state, JournalState::OutcomeUnknown);
        QVERIFY(!b.journal->recordSending({}, makeRequest(ChangeType::Activate, {number})));
        Order found = answeredOrder(number);
        QVERIFY(b.journal->resolve(id, found));
        QCOMPARE(b.journal->entry(id)->resolvedBy, QStringLiteral("Ben on desk-b"));
        QVERIFY(b.journal->recordSending({}, makeRequest(ChangeType::Activate, {number})));
    }

    void serverStoppedMidRequest_theAnswerIsKeptAndWrittenWhenItReturns()
    {
        const JournalLocation team = freshTeam(QStringLiteral("stopped"));
        JournalOpenResult a = OrderJournal::open(team, desk(QStringLiteral("Ana"), QStringLiteral("desk-a")));
        const QString number = QStringLiteral("+12015550151");
        const QString second = QStringLiteral("+12015550152");
        const qint64 first = *a.journal->recordSending({}, makeRequest(ChangeType::Activate, {number}));
        const qint64 other = *a.journal->recordSending({}, makeRequest(ChangeType::Activate, {second}));
        QSignalSpy changed(a.journal.get(), &OrderJournal::connectionChanged);
        {
            // Closes the test's own connection first: the server stops only when nobody is left.
            QSqlDatabase::removeDatabase(QStringLiteral("look-") + team.server.database);
        }
        QString why;
        QVERIFY2(m_server->stop(&why), qPrintable(why));
        // The answers arrive while the team journal is down: kept, in order, and nothing can be sent.
        QVERIFY(a.journal->recordOrder(first, answeredOrder(number)));
        QVERIFY(a.journal->recordFailure(other, lostAnswer()));
        QVERIFY(!a.journal->isConnected());
        QCOMPARE(a.journal->pendingWrites(), 2);
        QVERIFY(changed.count() >= 1);
        QVERIFY(
            !a.journal->recordSending({}, makeRequest(ChangeType::Cancel, {QStringLiteral("+12015550159")})));
        QVERIFY2(a.journal->lastError().contains(QStringLiteral("cannot be reached")),
            qPrintable(a.journal->lastError()));
        QVERIFY(!a.journal->reconnect()); // still down
        QCOMPARE(a.journal->pendingWrites(), 2);

        QVERIFY2(m_server->start(&why), qPrintable(why));
        QVERIFY2(a.journal->reconnect(), qPrintable(a.journal->lastError()));
        QVERIFY(a.journal->isConnected());
        QCOMPARE(a.journal->pendingWrites(), 0);
        QCOMPARE(a.journal->entry(first)->state, JournalState::Answered);
        QCOMPARE(a.journal->entry(first)->numbers.first().qrCodeUrl,
            answeredOrder(number).numbers.first().qrCodeUrl);
        QCOMPARE(a.journal->entry(other)->state, JournalState::OutcomeUnknown);
        // The answered number is free again; the one whose outcome is unknown is not.
        QVERIFY(a.journal->recordSending({}, makeRequest(ChangeType::Cancel, {number})));
        QVERIFY(!a.journal->recordSending({}, makeRequest(ChangeType::Cancel, {second})));
        // After the reconnect this run is alive again for the other desks.
        JournalOpenResult b = OrderJournal::open(team, desk(QStringLiteral("Ben"), QStringLiteral("desk-b")));
        b.journal->setInterruptedAfter(0);
        QVERIFY(b.journal->markInterruptedAsOutcomeUnknown().isEmpty());
    }

    // An answer written in steps (OrderJournal::recordOrderInSteps) keeps its transaction open between
    // them: other desks see the record `sending` until the last step commits. When the server goes away
    // between steps, the whole answer is kept and written once it is back, like any answer.
    void answerInSteps_serverStoppedBetweenSteps_isKeptWhole()
    {
        const JournalLocation team = freshTeam(QStringLiteral("steps"));
        JournalOpenResult a = OrderJournal::open(team, desk(QStringLiteral("Ana"), QStringLiteral("desk-a")));
        a.journal->setRowsPerStep(1);
        const QStringList numbers {
            QStringLiteral("+12015550171"), QStringLiteral("+12015550172"), QStringLiteral("+12015550173")};
        const qint64 id = *a.journal->recordSending({}, makeRequest(ChangeType::Activate, numbers));
        Order answer = answeredOrder(numbers.at(0));
        for (const QString &number : numbers.mid(1)) {
            OrderNumber answered;
            answered.number = number;
            answered.qrCodeUrl = QUrl(QStringLiteral("https://qr.example/") + number.mid(1));
            answer.numbers.append(answered);
        }
        int calls = 0;
        bool written = false;
        a.journal->recordOrderInSteps(id, answer, this, [&](bool isWritten, const QString &) {
            ++calls;
            written = isWritten;
        });
        QCOMPARE(calls, 0);
        QCOMPARE(scalar(team, QStringLiteral("SELECT state FROM requests WHERE id = %1").arg(id)).toString(),
            QStringLiteral("sending"));
        QCOMPARE(
            scalar(team, QStringLiteral("SELECT count(*) FROM request_numbers WHERE qr_url <> ''")).toInt(),
            0);

        QSqlDatabase::removeDatabase(QStringLiteral("look-") + team.server.database);
        QString why;
        QVERIFY2(m_server->stop(&why), qPrintable(why));
        QTRY_COMPARE(calls, 1);
        QVERIFY(written); // kept: it will be written
        QVERIFY(!a.journal->isConnected());
        QCOMPARE(a.journal->pendingWrites(), 1);

        QVERIFY2(m_server->start(&why), qPrintable(why));
        QVERIFY2(a.journal->reconnect(), qPrintable(a.journal->lastError()));
        const JournalEntry entry = *a.journal->entry(id);
        QCOMPARE(entry.state, JournalState::Answered);
        QCOMPARE(entry.numbers.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(entry.numbers.at(i).qrCodeUrl, answer.numbers.at(i).qrCodeUrl);
        QVERIFY(a.journal->claimsOn(numbers).isEmpty());
    }

    // A desk whose connection dropped (server restart, network) loses its run lock but lives on, its
    // request perhaps still on its way to the carrier: other desks must not take it for interrupted
    // (and so let it be resolved and sent again) before any request could still be in flight.
    void droppedConnection_isNotTakenForADeadDesk_untilNoRequestCanBeInFlight()
    {
        const JournalLocation team = freshTeam(QStringLiteral("dropped"));
        JournalOpenResult a = OrderJournal::open(team, desk(QStringLiteral("Ana"), QStringLiteral("desk-a")));
        JournalOpenResult b = OrderJournal::open(team, desk(QStringLiteral("Ben"), QStringLiteral("desk-b")));
        const QString number = QStringLiteral("+12015550181");
        const qint64 id = *a.journal->recordSending({}, makeRequest(ChangeType::Activate, {number}));
        QSqlQuery kill(look(team));
        QVERIFY2(kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE"
                                          " datname = current_database() AND pid <> pg_backend_pid() AND"
                                          " pid IN (SELECT l.pid FROM pg_locks l JOIN journal_runs r ON"
                                          " l.objid::bigint = r.lock_key WHERE l.locktype = 'advisory'"
                                          " AND r.desk = 'desk-a')")),
            qPrintable(kill.lastError().text()));
        QTRY_COMPARE(scalar(team,
                         QStringLiteral("SELECT count(*) FROM pg_locks l JOIN journal_runs r ON"
                                        " l.objid::bigint = r.lock_key WHERE l.locktype = 'advisory'"
                                        " AND r.desk = 'desk-a'"))
                         .toInt(),
            0);
        // Within the wait, desk A's request stays in flight for everyone, and its number stays held.
        QVERIFY(b.journal->markInterruptedAsOutcomeUnknown().isEmpty());
        QCOMPARE(b.journal->entry(id)->state, JournalState::Sending);
        QVERIFY(!b.journal->recordSending({}, makeRequest(ChangeType::Cancel, {number})));
        // Once no request can still be in flight, it is interrupted.
        b.journal->setClock([] {
            return QDateTime::currentDateTimeUtc().addMSecs(OrderJournal::DefaultInterruptedAfterMs + 1000);
        });
        QCOMPARE(b.journal->markInterruptedAsOutcomeUnknown().value(0).id, id);
        // Desk A's answer still arrives, is written after it reconnects, and says what happened.
        QVERIFY(a.journal->recordOrder(id, answeredOrder(number)));
        if (!a.journal->isConnected())
            QVERIFY2(a.journal->reconnect(), qPrintable(a.journal->lastError()));
        QCOMPARE(b.journal->entry(id)->state, JournalState::Answered);
        QVERIFY(b.journal->recordSending({}, makeRequest(ChangeType::Cancel, {number})));
    }

    // A kept answer the server refuses once it is back (here: its record was removed meanwhile) is
    // reported, not dropped in silence, and does not hold the writes behind it.
    void keptWriteRefusedOnReconnect_isReported()
    {
        const JournalLocation team = freshTeam(QStringLiteral("keptrefused"));
        JournalOpenResult a = OrderJournal::open(team, desk(QStringLiteral("Ana"), QStringLiteral("desk-a")));
        const qint64 gone = *a.journal->recordSending(
            {}, makeRequest(ChangeType::Activate, {QStringLiteral("+12015550191")}));
        const qint64 kept = *a.journal->recordSending(
            {}, makeRequest(ChangeType::Activate, {QStringLiteral("+12015550192")}));
        QSqlDatabase::removeDatabase(QStringLiteral("look-") + team.server.database);
        QString why;
        QVERIFY2(m_server->stop(&why), qPrintable(why));
        QVERIFY(a.journal->recordOrder(gone, answeredOrder(QStringLiteral("+12015550191"))));
        QVERIFY(a.journal->recordOrder(kept, answeredOrder(QStringLiteral("+12015550192"))));
        QCOMPARE(a.journal->pendingWrites(), 2);
        QVERIFY2(m_server->start(&why), qPrintable(why));
        QSqlQuery remove(look(team));
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM requests WHERE id = %1").arg(gone)));
        QSignalSpy refused(a.journal.get(), &OrderJournal::keptWriteFailed);
        QVERIFY(!a.journal->reconnect());
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.first().at(0).toLongLong(), gone);
        QVERIFY(a.journal->isConnected());
        QCOMPARE(a.journal->pendingWrites(), 0);
        QCOMPARE(a.journal->entry(kept)->state, JournalState::Answered);
    }

    // The claim is taken atomically with the record: a desk whose claim on a number is not committed
    // yet makes another desk's recordSending wait, which is then refused after the commit, or
    // recorded after a rollback. No check-then-insert window.
    void claimUncommittedOnAnotherDesk_waitsThenDecides_data()
    {
        QTest::addColumn<bool>("commit");
        QTest::newRow("holder commits") << true;
        QTest::newRow("holder rolls back") << false;
    }
    void claimUncommittedOnAnotherDesk_waitsThenDecides()
    {
        QFETCH(bool, commit);
        const JournalLocation team = freshTeam(QStringLiteral("atomic"));
        QVERIFY(OrderJournal::open(team, desk(QStringLiteral("Ana"), QStringLiteral("desk-a"))).journal);
        const QString number = QStringLiteral("+12015550195");
        // The holder: a transaction of its own, its record and claim written but not committed.
        QSqlDatabase holder
            = m_server->connect(QStringLiteral("holder-") + team.server.database, team.server.database);
        QVERIFY(holder.isOpen());
        QVERIFY(holder.transaction());
        QSqlQuery hold(holder);
        QVERIFY2(hold.exec(QStringLiteral(
                     "INSERT INTO requests (id, created_at, updated_at, change_type, state, desk)"
                     " VALUES (9001, '2026-12-02T10:41:00.000Z', '2026-12-02T10:41:00.000Z',"
                     " 'activate', 'sending', 'desk-h')")),
            qPrintable(hold.lastError().text()));
        QVERIFY(hold.exec(
            QStringLiteral("INSERT INTO number_claims VALUES ('%1', 9001, '2026-12-02T10:41:00.000Z')")
                .arg(number)));
        // The other desk on a thread of its own, as its own process would be.
        std::optional<qint64> recorded;
        QString refusal;
        QThread *other = QThread::create([&] {
            JournalOpenResult b
                = OrderJournal::open(team, desk(QStringLiteral("Ben"), QStringLiteral("desk-b")));
            recorded = b.journal->recordSending({}, makeRequest(ChangeType::Cancel, {number}));
            refusal = b.journal->lastError();
        });
        other->start();
        // It waits on the holder's claim (the server says so), not on anything else.
        QTRY_VERIFY_WITH_TIMEOUT(
            scalar(team,
                QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE"
                               " datname = current_database() AND wait_event_type = 'Lock'"))
                    .toInt()
                == 1,
            15000);
        QVERIFY(other->isRunning());
        if (commit)
            QVERIFY(holder.commit());
        else
            QVERIFY(holder.rollback());
        QVERIFY(other->wait(15000));
        delete other;
        holder.close();
        QSqlDatabase::removeDatabase(QStringLiteral("holder-") + team.server.database);
        if (commit) {
            QVERIFY(!recorded);
            QVERIFY2(refusal.contains(QStringLiteral("in flight on desk-h")), qPrintable(refusal));
        } else {
            QVERIFY2(recorded, qPrintable(refusal));
        }
    }

    void historySearch_findsEveryDesksRecords_andFiltersByAgentAndDesk()
    {
        const JournalLocation team = freshTeam(QStringLiteral("history"));
        JournalOpenResult a = OrderJournal::open(team, desk(QStringLiteral("Ana"), QStringLiteral("desk-a")));
        JournalOpenResult b = OrderJournal::open(team, desk(QStringLiteral("Ben"), QStringLiteral("desk-b")));
        const qint64 fromA = *a.journal->recordSending(
            {}, makeRequest(ChangeType::Activate, {QStringLiteral("+12015550161")}));
        const qint64 fromB = *b.journal->recordSending(
            {}, makeRequest(ChangeType::Activate, {QStringLiteral("+12015550162")}));
        QVERIFY(a.journal->recordOrder(fromA, answeredOrder(QStringLiteral("+12015550161"))));
        QVERIFY(b.journal->recordOrder(fromB, answeredOrder(QStringLiteral("+12015550162"))));

        HistoryQuery byNumber;
        byNumber.number = QStringLiteral("(201) 555-016");
        QCOMPARE(a.journal->search(byNumber).size(), 2);
        // A swap: found by the number the server returned and by the one it replaced.
        const qint64 swap
            = *a.journal->recordSending({}, makeRequest(ChangeType::Swap, {QStringLiteral("+12015550171")}));
        Order swapped = answeredOrder(QStringLiteral("+13035550999"));
        swapped.numbers.first().originalNumber = QStringLiteral("+12015550171");
        QVERIFY(a.journal->recordOrder(swap, swapped));
        HistoryQuery byReturned;
        byReturned.number = QStringLiteral("303 555 09");
        QCOMPARE(b.journal->search(byReturned).value(0).id, swap);
        HistoryQuery byOriginal;
        byOriginal.number = QStringLiteral("5550171");
        QCOMPARE(b.journal->search(byOriginal).value(0).id, swap);
        HistoryQuery byAgent = byNumber;
        byAgent.agent = QStringLiteral("Ben");
        const QList<JournalEntry> bens = a.journal->search(byAgent);
        QCOMPARE(bens.size(), 1);
        QCOMPARE(bens.first().id, fromB);
        HistoryQuery byDesk;
        byDesk.desk = QStringLiteral("desk-a");
        QCOMPARE(b.journal->search(byDesk).size(), 2); // its activate and its swap
        HistoryQuery byOrder;
        byOrder.orderId = QStringLiteral("ord-0162"); // case-insensitive on PostgreSQL too
        QCOMPARE(a.journal->search(byOrder).size(), 1);
        QCOMPARE(a.journal->agents(), (QStringList {QStringLiteral("Ana"), QStringLiteral("Ben")}));
        QCOMPARE(a.journal->desks(), (QStringList {QStringLiteral("desk-a"), QStringLiteral("desk-b")}));

        // History's worker thread reads the same server on a connection of its own.
        HistorySearch search(team);
        QSignalSpy found(&search, &HistorySearch::found);
        const int number = search.start(byNumber);
        QVERIFY(found.wait(10000));
        QCOMPARE(found.first().at(0).toInt(), number);
        QCOMPARE(found.first().at(1).value<QList<qint64>>(), (QList<qint64> {fromB, fromA}));
        QCOMPARE(found.first().at(2).toString(), QString());
    }

    void open_wrongPassword_isUnreachable_andNothingIsLocal()
    {
        JournalLocation team = freshTeam(QStringLiteral("password"));
        team.password = QStringLiteral("not-the-password");
        JournalOpenResult opened
            = OrderJournal::open(team, desk(QStringLiteral("Ana"), QStringLiteral("desk-a")));
        QCOMPARE(opened.status, JournalOpenResult::Status::Unreachable);
        QVERIFY(!opened.canSend());
        QVERIFY2(opened.message.contains(team.server.displayName()), qPrintable(opened.message));
        QVERIFY2(opened.message.contains(QStringLiteral("password")), qPrintable(opened.message));
        QVERIFY(!opened.message.contains(team.password)); // libpq's words, never the password itself
    }

    void open_certificateFromAnotherAuthority_isRefused()
    {
        JournalLocation team = freshTeam(QStringLiteral("tls"));
        QTemporaryDir dir;
        const QString otherCa = dir.filePath(QStringLiteral("other-ca.crt"));
        QFile::copy(QFINDTESTDATA("../../fixtures/tls/other-ca.crt"), otherCa);
        QVERIFY(QFile::exists(otherCa));
        team.server.rootCertificate = otherCa;
        JournalOpenResult opened
            = OrderJournal::open(team, desk(QStringLiteral("Ana"), QStringLiteral("desk-a")));
        QCOMPARE(opened.status, JournalOpenResult::Status::Unreachable);
        QVERIFY2(opened.message.contains(QStringLiteral("certificate")), qPrintable(opened.message));
        // Without TLS on loopback the same server is reachable (allowed: nothing crosses a network).
        team.server.tls = TeamTlsMode::Off;
        QCOMPARE(OrderJournal::open(team, desk(QStringLiteral("Ana"), QStringLiteral("desk-a"))).status,
            JournalOpenResult::Status::Opened);
    }

    void tlsOff_isRefusedForAServerOnAnotherComputer()
    {
        TeamServer remote;
        remote.host = QStringLiteral("journal.example.com");
        remote.database = QStringLiteral("numberdesk");
        remote.user = QStringLiteral("desk");
        QVERIFY(remote.problem().isEmpty());
        remote.tls = TeamTlsMode::Off;
        QVERIFY(remote.problem().contains(QStringLiteral("verify-full")));
        for (const char *loopback : {"localhost", "127.0.0.1", "127.8.0.1", "::1"}) {
            remote.host = QLatin1String(loopback);
            QVERIFY2(remote.problem().isEmpty(), loopback);
        }
        remote.host = QStringLiteral("10.0.0.5");
        QVERIFY(!remote.problem().isEmpty());
        JournalOpenResult opened
            = OrderJournal::open(JournalLocation::teamServer(remote, QStringLiteral("x")),
                desk(QStringLiteral("Ana"), QStringLiteral("desk-a")));
        QCOMPARE(opened.status, JournalOpenResult::Status::Unreachable);
        QVERIFY(opened.message.contains(QStringLiteral("verify-full")));
    }

    void readOnlyRole_isUnavailableWithAMessage()
    {
        const JournalLocation team = freshTeam(QStringLiteral("readonly"));
        QVERIFY(OrderJournal::open(team, desk(QStringLiteral("Ana"), QStringLiteral("desk-a"))).journal);
        QSqlQuery query(look(team));
        const QString role = QStringLiteral("reader_") + team.server.database;
        QVERIFY2(query.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'reader'").arg(role)),
            qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role)));
        JournalLocation reader = team;
        reader.server.user = role;
        reader.password = QStringLiteral("reader");
        JournalOpenResult opened
            = OrderJournal::open(reader, desk(QStringLiteral("Cy"), QStringLiteral("desk-c")));
        QCOMPARE(opened.status, JournalOpenResult::Status::Unavailable);
        QVERIFY2(opened.message.contains(QStringLiteral("rights")), qPrintable(opened.message));
    }
};

QTEST_GUILESS_MAIN(TeamJournalTest)
#include "tst_teamjournal.moc"
