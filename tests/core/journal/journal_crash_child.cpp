// Helper process for tst_journalcrash: opens the journal, submits one status change through
// JournaledSubmission and waits for an answer that (with the SlowResponse number) does not come before
// the test kills it with SIGKILL.
// Arguments: <journal path> <sandbox base URL> <account key> <account secret> <number>.
// The secret is the throwaway sandbox secret of the test's own in-process sandbox.

#include "journal/JournaledSubmission.h"
#include "journal/OrderJournal.h"
#include "network/ApiClient.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUrl>
#include <cstdio>

namespace {
Q_LOGGING_CATEGORY(lcChild, "numberdesk.test.journalcrashchild")
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        qCCritical(lcChild) << "usage: journal_crash_child <journal> <base URL> <key> <secret> <number>";
        return 2;
    }
    nd::JournalOpenResult opened = nd::OrderJournal::open(args.at(1));
    if (!opened.journal) {
        qCCritical(lcChild).noquote() << opened.message;
        return 3;
    }
    nd::ApiClient client;
    client.setBaseUrl(QUrl(args.at(2)));
    client.setCredentials({args.at(3), args.at(4)});
    client.setTransferTimeout(600000);
    nd::JournaledSubmission submission(&client, opened.journal.get());

    nd::ValidatedRequest request;
    request.changeType = nd::ChangeType::Activate;
    request.effectiveDate = QDate::currentDate();
    request.numbers.append({args.at(5), QString(), 0});
    const nd::JournaledSend send
        = submission.submit(submission.contextFor(QStringLiteral("crash-test")), request);
    if (!send.wasSent()) {
        qCCritical(lcChild).noquote() << send.refusal;
        return 4;
    }
    // Any outcome means the test did not get to kill us in flight.
    QObject::connect(
        &submission, &nd::JournaledSubmission::orderReceived, &app, [] { QCoreApplication::exit(5); });
    QObject::connect(&submission, &nd::JournaledSubmission::failed, &app, [] { QCoreApplication::exit(6); });
    std::fprintf(stdout, "recorded %lld\n", static_cast<long long>(*send.journalId));
    std::fflush(stdout);
    return app.exec();
}
