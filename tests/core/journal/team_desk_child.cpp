// A desk for tst_teamrace: a NumberDesk process reduced to what sends (the team journal, the API client
// and JournaledSubmission; no window). It opens the team journal, prints "ready", waits for "go" on
// stdin, then submits the same status change `attempts` times at once, without waiting for answers, and
// prints one line per attempt ("sent <journal id>" or "refused <why>") and then "attempted". It then
// waits, with its requests in flight, until the test kills it.
// Arguments: <sandbox base URL> <account key> <account secret> <number> <attempts> <agent> <desk>.
// The team server comes from ND_TEAM_HOST, ND_TEAM_PORT, ND_TEAM_DATABASE, ND_TEAM_USER, ND_TEAM_CA and
// ND_TEAM_PASSWORD (environment, so the password is not on a command line).

#include "journal/JournaledSubmission.h"
#include "journal/OrderJournal.h"
#include "network/ApiClient.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUrl>
#include <cstdio>
#include <iostream>
#include <string>

namespace {
Q_LOGGING_CATEGORY(lcChild, "numberdesk.test.teamdeskchild")

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 8) {
        qCCritical(lcChild)
            << "usage: team_desk_child <base URL> <key> <secret> <number> <attempts> <agent> <desk>";
        return 2;
    }
    nd::TeamServer server;
    server.host = qEnvironmentVariable("ND_TEAM_HOST");
    server.port = qEnvironmentVariableIntValue("ND_TEAM_PORT");
    server.database = qEnvironmentVariable("ND_TEAM_DATABASE");
    server.user = qEnvironmentVariable("ND_TEAM_USER");
    server.rootCertificate = qEnvironmentVariable("ND_TEAM_CA");
    const nd::JournalLocation team
        = nd::JournalLocation::teamServer(server, qEnvironmentVariable("ND_TEAM_PASSWORD"));
    nd::JournalOpenResult opened = nd::OrderJournal::open(team, {args.at(6), args.at(7)});
    if (!opened.journal) {
        qCCritical(lcChild).noquote() << opened.message;
        return 3;
    }
    nd::ApiClient client;
    client.setBaseUrl(QUrl(args.at(1)));
    client.setCredentials({args.at(2), args.at(3)});
    client.setTransferTimeout(600000);
    nd::JournaledSubmission submission(&client, opened.journal.get());

    say(QStringLiteral("ready"));
    std::string line;
    if (!std::getline(std::cin, line) || line != "go")
        return 4;

    nd::ValidatedRequest request;
    request.changeType = nd::ChangeType::Activate;
    request.effectiveDate = QDate::currentDate();
    request.numbers.append({args.at(4), QString(), 0});
    const int attempts = args.at(5).toInt();
    for (int i = 0; i < attempts; ++i) {
        const nd::JournaledSend send
            = submission.submit(submission.contextFor(QStringLiteral("race")), request);
        say(send.wasSent() ? QStringLiteral("sent %1").arg(*send.journalId)
                           : QStringLiteral("refused ") + send.refusal);
    }
    say(QStringLiteral("attempted"));
    return app.exec();
}
