// The team journal at scale (issue #14): with 1,000,000 records on a PostgreSQL server, how fast
// History's searches answer (by part of a number, by part of an OrderId, by agent) and how soon its
// first page is there, read the way History reads them (journal::searchIds on a connection of its own,
// then a page of entries). The records are written in bulk with SQL (generate_series): through the
// journal's code a million would take most of an hour and measure nothing more. A few are then
// written through OrderJournal on top, to show it works on the bulk schema. Not a test; see README.md.
// Needs a server: NUMBERDESK_TEST_PG_ENV=<connection.env of scripts/pg-test-cluster.sh>
// (benchmarks/run-team-history.sh starts and stops one).

#include "PostgresTestServer.h"
#include "journal/JournalLocation.h"
#include "journal/JournalReadConnection.h"
#include "journal/JournalReader.h"
#include "journal/OrderJournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>

using namespace nd;

namespace {

void printFigure(const QString &name, const QString &value)
{
    std::printf("%s: %s\n", qPrintable(name), qPrintable(value));
    std::fflush(stdout);
}

void printProgress(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
}

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QLatin1String(" ms");
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    printProgress(QLatin1String("failed: ") + sql.left(120) + QLatin1String("… ") + query.lastError().text());
    return false;
}

// `records` answered requests of three numbers each, spread over the year before 2026-12-01, with 12
// agents on 6 desks; numbers +1555 and a 7-digit serial (record g has serials 3g, 3g+1, 3g+2).
bool fillInBulk(QSqlDatabase &db, int records)
{
    // The trigram index is built once after the rows, as a restore would, not updated row by row.
    const QString n = QString::number(records);
    return exec(db, QStringLiteral("DROP INDEX request_numbers_by_number_part"))
        && exec(db, QStringLiteral("DROP INDEX request_numbers_by_returned_part"))
        && exec(db, QStringLiteral("DROP INDEX requests_by_order_id_part"))
        && exec(db, QStringLiteral("SET synchronous_commit = off"))
        && exec(db,
            QStringLiteral(
                "INSERT INTO requests (id, created_at, updated_at, profile_name, base_url, account_key,"
                " change_type, effective_date, state, order_id, server_status, order_state, agent, desk, "
                "run_id)"
                " SELECT g, t, t, 'Sandbox', 'https://api.example.com/v1.0', 'DID-1001',"
                " CASE WHEN g % 2 = 0 THEN 'activate' ELSE 'cancel' END, left(t, 10), 'answered',"
                " 'ORD-' || lpad(g::text, 7, '0'), 'Complete', 'done', 'agent-' || (g % 12), 'desk-' || (g % "
                "6), 'bulk'"
                " FROM (SELECT g, to_char(timestamp '2025-12-01' + g * (interval '1 year' / %1),"
                " 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') AS t FROM generate_series(1, %1) g) s")
                .arg(n))
        && exec(db,
            QStringLiteral(
                "INSERT INTO request_numbers (request_id, position, requested_number, returned_number, "
                "qr_url)"
                " SELECT g, p, num, num, CASE WHEN g % 2 = 0 THEN 'https://api.example.com/v1.0/qr/ORD-'"
                " || lpad(g::text, 7, '0') || '-' || p || '.png' ELSE '' END"
                " FROM (SELECT g, p, '+1555' || lpad(((g * 3 + p) % 10000000)::text, 7, '0') AS num"
                " FROM generate_series(1, %1) g, generate_series(0, 2) p) s")
                .arg(n))
        && exec(db, QStringLiteral("ALTER TABLE requests ALTER COLUMN id RESTART WITH %1").arg(records + 1));
}

bool buildSearchIndexes(QSqlDatabase &db)
{
    // The same statements as schema version 4 (JournalSchema.cpp, Version4Postgres).
    return exec(db, QStringLiteral("SET maintenance_work_mem = '256MB'"))
        && exec(db,
            QStringLiteral("CREATE INDEX request_numbers_by_number_part ON request_numbers USING gin"
                           " (requested_number gin_trgm_ops, original_number gin_trgm_ops)"))
        && exec(db,
            QStringLiteral("CREATE INDEX request_numbers_by_returned_part ON request_numbers USING gin"
                           " (returned_number gin_trgm_ops) WHERE returned_number <> requested_number"))
        && exec(db,
            QStringLiteral(
                "CREATE INDEX requests_by_order_id_part ON requests USING gin (order_id gin_trgm_ops)"))
        // As after a restore: hint bits set and statistics read once, so the figures are the steady
        // state, not the first touch of freshly written pages (nor autovacuum running meanwhile).
        && exec(db, QStringLiteral("VACUUM ANALYZE"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Team journal History searches at scale (PostgreSQL)."));
    parser.addHelpOption();
    QCommandLineOption recordsOption(QStringLiteral("records"), QStringLiteral("Records to generate."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Runs of each search (median printed)."), QStringLiteral("n"), QStringLiteral("7"));
    parser.addOptions({recordsOption, runsOption});
    parser.process(app);
    const int records = parser.value(recordsOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QString why;
    const std::optional<test::PostgresTestServer> server = test::PostgresTestServer::fromEnvironment(&why);
    if (!server) {
        printProgress(why);
        return 2;
    }
    const QString database = server->freshDatabase(QStringLiteral("bench_team_history"));
    TeamServer team;
    team.host = server->host;
    team.port = server->port;
    team.database = database;
    team.user = server->user;
    team.rootCertificate = server->rootCertPath;
    const JournalLocation location = JournalLocation::teamServer(team, server->password);

    QElapsedTimer clock;
    clock.start();
    {
        JournalOpenResult opened
            = OrderJournal::open(location, {QStringLiteral("bench"), QStringLiteral("bench-desk")});
        if (!opened.journal) {
            printProgress(opened.message);
            return 3;
        }
    }
    {
        QSqlDatabase db = server->connect(QStringLiteral("bulk"), database);
        printProgress(QStringLiteral("writing %1 records in bulk…").arg(records));
        if (!fillInBulk(db, records))
            return 4;
        printFigure(QStringLiteral("team bulk write %1").arg(records), ms(clock.elapsed()));
        clock.restart();
        if (!buildSearchIndexes(db))
            return 5;
        printFigure(QStringLiteral("team trigram indexes build %1").arg(records), ms(clock.elapsed()));
        QSqlQuery size(db);
        if (size.exec(QStringLiteral("SELECT pg_database_size(current_database())")) && size.next())
            printFigure(QStringLiteral("team database size %1").arg(records),
                QString::number(size.value(0).toDouble() / 1e6, 'f', 0) + QLatin1String(" MB"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bulk"));

    // Through the journal's own code, on top of the bulk: a desk records, answers and finds its order.
    JournalOpenResult opened
        = OrderJournal::open(location, {QStringLiteral("Ana"), QStringLiteral("desk-a")});
    if (!opened.journal) {
        printProgress(opened.message);
        return 6;
    }
    ValidatedRequest request;
    request.changeType = ChangeType::Activate;
    request.effectiveDate = QDate(2026, 12, 1);
    request.numbers.append({QStringLiteral("+12015550987"), QString(), 0});
    const std::optional<qint64> id = opened.journal->recordSending({}, request);
    if (!id) {
        printProgress(opened.journal->lastError());
        return 7;
    }

    // History's way: a connection of its own, ids of every match, then the first page of 100.
    journal::JournalReadConnection reader(location);
    if (!reader.isOpen()) {
        printProgress(reader.errorText());
        return 8;
    }
    QSqlDatabase db = reader.database();
    const auto measure = [&](const QString &name, const HistoryQuery &query) {
        QList<double> searchMs;
        QList<double> pageMs;
        qsizetype found = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            QSqlError error;
            const QList<qint64> ids = journal::searchIds(db, query, &error);
            searchMs.append(timer.nsecsElapsed() / 1e6);
            if (error.type() != QSqlError::NoError)
                printProgress(name + QLatin1String(": ") + error.text());
            found = ids.size();
            timer.restart();
            const QList<JournalEntry> page = journal::readEntriesById(db, ids.mid(0, 100), &error);
            pageMs.append(timer.nsecsElapsed() / 1e6);
        }
        printFigure(QStringLiteral("team %1 %2").arg(name).arg(records), ms(median(searchMs)));
        printFigure(QStringLiteral("team %1 page %2").arg(name).arg(records), ms(median(pageMs)));
        printFigure(QStringLiteral("team %1 matches %2").arg(name).arg(records), QString::number(found));
    };
    HistoryQuery everything;
    measure(QStringLiteral("all ids"), everything);
    HistoryQuery sevenDigits;
    sevenDigits.number = QStringLiteral("555-0123"); // "5550123": the numbers of a few records
    measure(QStringLiteral("search number part"), sevenDigits);
    HistoryQuery fourDigits;
    fourDigits.number = QStringLiteral("8812"); // a short part: about a thousand records
    measure(QStringLiteral("search short number part"), fourDigits);
    HistoryQuery newNumber;
    newNumber.number = QStringLiteral("201 555 0987"); // the one written through OrderJournal
    measure(QStringLiteral("search new number"), newNumber);
    HistoryQuery orderId;
    orderId.orderId = QStringLiteral("ord-0765432");
    measure(QStringLiteral("search order id part"), orderId);
    HistoryQuery agent;
    agent.agent = QStringLiteral("agent-7");
    agent.from = QDate(2026, 11, 1);
    measure(QStringLiteral("search agent last month"), agent);
    return 0;
}
