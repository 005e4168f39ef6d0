// Not a test: renders the accounts and history windows to shot-acc-*.png for people to look at.
//   accounts_screenshots <output-dir>

#include "../accounts/AccountsTestSupport.h"
#include "HistoryTestSupport.h"
#include "gui/accounts/FirstRunDialog.h"
#include "gui/accounts/ProfileSwitcher.h"
#include "gui/accounts/ProfilesDialog.h"
#include "HistoryEntryOpening.h"
#include "gui/results/HistoryEntryDialog.h"
#include "gui/history/HistoryWindow.h"
#include "gui/history/InterruptedRequestsDialog.h"
#include "journal/HistoryModel.h"
#include "network/ApiClient.h"

#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace nd;

namespace {
void shoot(QWidget &widget, const QString &dir, const QString &name)
{
    widget.show();
    QTest::qWait(200); // let layouts and images settle; a screenshot tool, not a test
    widget.grab().save(QDir(dir).filePath(QStringLiteral("shot-acc-%1.png").arg(name)));
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();

    {
        accountstest::Accounts accounts(false);
        ConnectionProfile draft;
        draft.name = QStringLiteral("Acme production");
        draft.baseUrl = QUrl(QStringLiteral("https://api.telegent.com/v1.0"));
        draft.accountKey = QStringLiteral("DID-4711");
        const QString id = accounts.store->add(draft).profile->id;
        accounts.store->setActiveProfile(id);
        accounts.vault->useSessionMemoryOnly(
            QStringLiteral("This computer's credential store is unavailable (Cannot autolaunch D-Bus without "
                           "X11 $DISPLAY)."));
        ProfilesDialog profiles(accounts.store.get(), accounts.vault.get());
        profiles.selectProfile(id);
        shoot(profiles, out, QStringLiteral("profiles"));
        // The saved profile pointed at another server: the saved secret may not follow it.
        profiles.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
            ->setText(QStringLiteral("https://api.other-carrier.example/v1.0"));
        shoot(profiles, out, QStringLiteral("profiles-moved"));
        profiles.startNewProfile();
        profiles.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Acme"));
        shoot(profiles, out, QStringLiteral("profiles-new"));

        accountstest::Accounts fresh;
        ProfilesDialog sandbox(fresh.store.get(), fresh.vault.get());
        shoot(sandbox, out, QStringLiteral("profiles-sandbox"));
        FirstRunDialog firstRun(fresh.store.get(), fresh.vault.get());
        shoot(firstRun, out, QStringLiteral("firstrun"));

        ApiClient client;
        ProfileSwitcher switcher(accounts.store.get(), accounts.vault.get(), &client);
        switcher.resize(900, switcher.sizeHint().height());
        switcher.applyActiveProfile();
        shoot(switcher, out, QStringLiteral("switcher"));
    }

    historytest::Journal journal;
    {
        JournalOpenResult previous = OrderJournal::open(journal.dir.filePath(QStringLiteral("old.sqlite")));
        previous.journal->recordSending(historytest::context(),
            historytest::request(
                ChangeType::SwapSim, {QStringLiteral("+12016093801"), QStringLiteral("+12016093802")}));
        previous.journal->recordSending(historytest::context(QStringLiteral("Branch office")),
            historytest::request(ChangeType::Cancel, {QStringLiteral("+13125550100")}));
    }
    JournalOpenResult next = OrderJournal::open(journal.dir.filePath(QStringLiteral("old.sqlite")));
    const QList<JournalEntry> interrupted = next.journal->markInterruptedAsOutcomeUnknown();
    InterruptedRequestsDialog dialog(interrupted, next.journal.get(), nullptr);
    shoot(dialog, out, QStringLiteral("interrupted"));
    dialog.findChild<QPushButton *>(QStringLiteral("checkNumbersButton"))->click();
    shoot(dialog, out, QStringLiteral("interrupted-check"));

    journal.answered(ChangeType::Activate, QStringLiteral("JNUOID-d2862353-fccc-4481-a65a-89dc563bee8e"),
        {QStringLiteral("+12016093801"), QStringLiteral("+12016093802"), QStringLiteral("+12016093803"),
            QStringLiteral("+12016093804")},
        {QUrl(QStringLiteral("http://127.0.0.1:9/sandbox-qr/gone.png"))});
    journal.answered(ChangeType::Cancel, QStringLiteral("JNUOID-9df281cc-82ac-48fc-b8bf-edc0a5547f04"),
        {QStringLiteral("+13125550100")});
    const qint64 failed = *journal.journal->recordSending(
        historytest::context(), historytest::request(ChangeType::Swap, {QStringLiteral("+14155550123")}));
    ApiError error;
    error.httpStatus = 422;
    error.title = QStringLiteral("Number not eligible");
    error.message = QStringLiteral("The number is not active on this account.");
    error.traceId = QStringLiteral("0HMVD3S2Q7K4J:00000002");
    journal.journal->recordFailure(failed, error);
    HistoryWindow history(journal.journal.get(), nullptr);
    history.resize(1100, 480);
    // Searched on a worker thread: the rows come a moment later.
    if (!QTest::qWaitFor([&history] { return history.model()->rowCount() == 3; }, 10000))
        return 1;
    shoot(history, out, QStringLiteral("history"));
    HistoryEntryDialog *errorEntry = historytest::openEntry(history, 0);
    shoot(*errorEntry, out, QStringLiteral("history-entry-error"));
    HistoryEntryDialog *entry = historytest::openEntry(history, 2);
    shoot(*entry, out, QStringLiteral("history-entry"));
    return 0;
}
