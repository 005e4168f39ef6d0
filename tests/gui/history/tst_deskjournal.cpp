// The main window wired to profiles and the order journal: a request is in the journal as 'sending'
// when it reaches the sandbox, then gets its answer; without a journal the desk says why and sends
// nothing; requests a dead run left in flight are shown at startup.

#include "../../core/journal/JournalTestSupport.h"
#include "../accounts/AccountsTestSupport.h"
#include "../form/FormDriver.h"
#include "HistoryTestSupport.h"
#include "gui/MainWindow.h"
#include "gui/accounts/FirstRunDialog.h"
#include "gui/accounts/ProfileSwitcher.h"
#include "gui/common/UserPrompts.h"
#include "gui/history/DeskJournal.h"
#include "gui/history/HistoryWindow.h"
#include "gui/history/InterruptedRequestsDialog.h"
#include "gui/results/HistoryEntryDialog.h"
#include "gui/results/ResultsPanel.h"
#include "journal/HistoryModel.h"
#include "network/ApiClient.h"
#include "sandbox/SandboxMagic.h"
#include "sandbox/SandboxServer.h"
#include "session/OrderFollower.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace nd;

class TestDeskJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void submit_isRecordedAsSendingBeforeItArrives_thenAnswered();
    void historyFromTheWindow_opensARecordInTheResultsDialog();
    void noJournal_desksSaysWhy_andSendsNothing();
    void interruptedRequests_areShownAtStartup_data();
    void interruptedRequests_areShownAtStartup();
    void firstRunDialog_waitsUntilTheInterruptedRequestsAreClosed_data();
    void firstRunDialog_waitsUntilTheInterruptedRequestsAreClosed();
    void openInBackground_sendsNothingUntilTheCheckIsDone_thenOpens();
    void openInBackground_damagedFile_isSetAsideAndSaysSo();
    void openInBackground_windowClosedDuringTheCheck();
    void openInBackground_windowClosedWhileADamagedJournalIsSetAside_keepsGuardingItsRequests();
    void afterAnUnknownOutcome_sendingTheSameNumberAgainAsksFirst();
    void switchingAccount_stopsFollowingAPendingOrder();
    void pendingOrder_lookupsAreWrittenToItsRecord();
    void answerTheJournalCannotWrite_holdsSendingUntilAcknowledged_andGuardsTheNumber();

private:
    void startWindow();
    void openJournal(const QString &path); // at once or in the background, as the data row says
    void submitOneNumber(const QString &number);

    std::unique_ptr<accountstest::Accounts> m_accounts;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDeskJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deskjournal"));
}

void TestDeskJournal::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_accounts = std::make_unique<accountstest::Accounts>();
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_sandbox->start(0));
    m_accounts->store->setSandboxConnection(m_sandbox->baseUrl(), m_sandbox->options().accountKey);
    m_accounts->vault->writeSecret(ConnectionProfile::sandboxId(), m_sandbox->options().accountSecret,
        m_accounts->store.get(), [](const SecretResult &) {});
    m_client = std::make_unique<ApiClient>();
}

void TestDeskJournal::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_sandbox.reset();
    m_accounts.reset();
    m_dir.reset();
}

void TestDeskJournal::startWindow()
{
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->setSandboxBaseUrl(m_sandbox->baseUrl());
    m_window->setAccounts(m_accounts->store.get(), m_accounts->vault.get());
    m_window->show();
    m_accounts->store->setActiveProfile(ConnectionProfile::sandboxId());
    QTRY_VERIFY(m_window->profileSwitcher()->isReady());
}

void TestDeskJournal::openJournal(const QString &path)
{
    QFETCH(bool, background);
    if (background)
        m_window->openJournalInBackground(path);
    else
        m_window->openJournal(path);
}

void TestDeskJournal::submitOneNumber(const QString &number)
{
    test::FormDriver driver(m_window->form());
    driver.chooseChangeType(ChangeType::Activate);
    driver.pasteNumbers({number});
    QTRY_VERIFY(driver.submitButton()->isEnabled());
    QTest::mouseClick(driver.submitButton(), Qt::LeftButton);
}

// History → a row: the history feature does not know the results feature; the window's wiring hands it
// the dialog that shows the record with the desk's own results view.
void TestDeskJournal::historyFromTheWindow_opensARecordInTheResultsDialog()
{
    startWindow();
    m_window->openJournal(m_dir->filePath(QStringLiteral("journal.sqlite")));
    submitOneNumber(QStringLiteral("(201) 609-3862"));
    OrderJournal *journal = m_window->deskJournal()->journal();
    QTRY_COMPARE(journal->search({}).value(0).state, JournalState::Answered);

    m_window->findChild<QAction *>(QStringLiteral("actionHistory"))->trigger();
    auto *history = m_window->findChild<HistoryWindow *>();
    QVERIFY(history);
    QTRY_COMPARE(history->model()->rowCount(), 1);
    auto *dialog = qobject_cast<HistoryEntryDialog *>(history->openRow(0));
    QVERIFY(dialog);
    QCOMPARE(dialog->journalId(), journal->search({}).first().id);
    QVERIFY(dialog->results());
    QCOMPARE(dialog->results()->findChild<QLabel *>(QStringLiteral("orderIdLabel"))->text(),
        journal->search({}).first().orderId);
    dialog->close();
    history->close();
}

void TestDeskJournal::submit_isRecordedAsSendingBeforeItArrives_thenAnswered()
{
    startWindow();
    m_window->openJournal(m_dir->filePath(QStringLiteral("journal.sqlite")));
    OrderJournal *journal = m_window->deskJournal()->journal();
    QVERIFY(journal);

    std::optional<JournalState> stateOnArrival;
    connect(m_sandbox.get(), &sandbox::SandboxServer::requestReceived, this,
        [&](const QString &, const QString &path) {
            if (path.endsWith(QLatin1String("/numbers/status")) && !stateOnArrival) {
                const QList<JournalEntry> entries = journal->search({});
                if (!entries.isEmpty())
                    stateOnArrival = entries.first().state;
            }
        });
    submitOneNumber(QStringLiteral("(201) 609-3861"));
    QTRY_VERIFY(stateOnArrival.has_value());
    QCOMPARE(*stateOnArrival, JournalState::Sending);
    QTRY_COMPARE(journal->search({}).value(0).state, JournalState::Answered);
    const JournalEntry entry = journal->search({}).first();
    QVERIFY(!entry.orderId.isEmpty());
    QCOMPARE(entry.numbers.first().requestedNumber, QStringLiteral("+12016093861"));
    QCOMPARE(entry.context.profileName, m_accounts->store->profile(ConnectionProfile::sandboxId())->name);
}

void TestDeskJournal::noJournal_desksSaysWhy_andSendsNothing()
{
    startWindow();
    // A journal path under a regular file cannot be created.
    const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    m_window->openJournal(blocker + QStringLiteral("/journal.sqlite"));
    QVERIFY(!m_window->deskJournal()->isOpen());
    QMessageBox *box = nullptr;
    QTRY_VERIFY(
        (box = m_window->findChild<QMessageBox *>(QStringLiteral("journalProblemBox"))) && box->isVisible());
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("retryButton")));
    box->findChild<QPushButton *>(QStringLiteral("continueButton"))->click();
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("sendingOffLabel"))->isVisible());

    submitOneNumber(QStringLiteral("+12016093862"));
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("errorBox"))->isVisible());
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("/v1.0/numbers/status")), 0);
}

void TestDeskJournal::interruptedRequests_areShownAtStartup_data()
{
    QTest::addColumn<bool>("background");
    QTest::newRow("at once") << false;
    QTest::newRow("in the background") << true; // the app's start
}

void TestDeskJournal::interruptedRequests_areShownAtStartup()
{
    const QString path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    {
        JournalOpenResult previous = OrderJournal::open(path);
        QVERIFY(previous.journal->recordSending(historytest::context(),
            historytest::request(ChangeType::Cancel, {QStringLiteral("+12016093863")})));
    } // that run "dies": its lock goes, the record stays 'sending'
    startWindow();
    openJournal(path);
    InterruptedRequestsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<InterruptedRequestsDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->recordCount(), 1);
    QCOMPARE(m_window->deskJournal()->journal()->unresolved().size(), 1);
}

void TestDeskJournal::firstRunDialog_waitsUntilTheInterruptedRequestsAreClosed_data()
{
    interruptedRequests_areShownAtStartup_data();
}

void TestDeskJournal::firstRunDialog_waitsUntilTheInterruptedRequestsAreClosed()
{
    const QString path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    {
        JournalOpenResult previous = OrderJournal::open(path);
        QVERIFY(previous.journal->recordSending(historytest::context(),
            historytest::request(ChangeType::Park, {QStringLiteral("+12016093864")})));
    }
    startWindow();
    openJournal(path);
    m_window->showFirstRun();
    InterruptedRequestsDialog *interrupted = nullptr;
    QTRY_VERIFY(
        (interrupted = m_window->findChild<InterruptedRequestsDialog *>()) && interrupted->isVisible());
    QCoreApplication::processEvents();
    QVERIFY(!m_window->findChild<FirstRunDialog *>()); // one dialog at a time
    interrupted->close();
    FirstRunDialog *firstRun = nullptr;
    QTRY_VERIFY((firstRun = m_window->findChild<FirstRunDialog *>()) && firstRun->isVisible());
}

void TestDeskJournal::afterAnUnknownOutcome_sendingTheSameNumberAgainAsksFirst()
{
    startWindow();
    m_window->openJournal(m_dir->filePath(QStringLiteral("journal.sqlite")));
    OrderJournal *journal = m_window->deskJournal()->journal();
    const QString number = QString::fromLatin1(sandbox::magic::DropConnection);
    submitOneNumber(number); // an activation: normally sent without a question
    QTRY_COMPARE(journal->search({}).value(0).state, JournalState::OutcomeUnknown);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("/v1.0/numbers/status")), 1);

    UserPrompts::clearAskedPrompts();
    UserPrompts::setNextAnswer(UserPrompts::Answer::Reject);
    test::FormDriver driver(m_window->form());
    QTRY_VERIFY(driver.submitButton()->isEnabled());
    QTest::mouseClick(driver.submitButton(), Qt::LeftButton); // the form still holds the same number
    QTRY_COMPARE(UserPrompts::askedPrompts(), QStringList {QStringLiteral("confirmChangeDialog")});
    // A resend would have written its 'sending' record before leaving: there is still only the first.
    QCOMPARE(journal->search({}).size(), 1);
    QVERIFY(
        !m_window->findChild<QWidget *>(QStringLiteral("abandonButton"))->isVisible()); // nothing in flight
    UserPrompts::clearNextAnswers();
}

void TestDeskJournal::switchingAccount_stopsFollowingAPendingOrder()
{
    startWindow();
    m_window->openJournal(m_dir->filePath(QStringLiteral("journal.sqlite")));
    auto *tracker = m_window->findChild<OrderFollower *>(QStringLiteral("orderFollower"));
    QVERIFY(tracker);
    tracker->setBackoff(60000, 60000, 5); // no lookup happens during the test
    submitOneNumber(QString::fromLatin1(sandbox::magic::PendingThenComplete));
    QTRY_VERIFY(tracker->isFollowing());

    ConnectionProfile other;
    other.name = QStringLiteral("Branch office");
    other.baseUrl = QUrl(QStringLiteral("https://api.telegent.com/v1.0"));
    other.accountKey = QStringLiteral("DID-1001");
    const ProfileStore::AddResult added = m_accounts->store->add(other);
    QVERIFY2(added.profile, qPrintable(added.problem));
    m_accounts->store->setActiveProfile(added.profile->id);
    // Lookups would now go to another account: the panel stops and says why.
    QTRY_VERIFY(!tracker->isFollowing());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("pollLabel"))
                ->text()
                .contains(QLatin1String("connection changed")));
}

void TestDeskJournal::pendingOrder_lookupsAreWrittenToItsRecord()
{
    startWindow();
    m_window->openJournal(m_dir->filePath(QStringLiteral("journal.sqlite")));
    OrderJournal *journal = m_window->deskJournal()->journal();
    m_window->findChild<OrderFollower *>(QStringLiteral("orderFollower"))->setBackoff(1, 4, 10);
    submitOneNumber(QString::fromLatin1(sandbox::magic::PendingThenComplete));
    QTRY_COMPARE(journal->search({}).value(0).state, JournalState::Answered);
    // The panel follows the order; every lookup lands on the same record until it is done.
    QTRY_COMPARE_WITH_TIMEOUT(
        journal->search({}).value(0).orderState, std::optional<OrderState>(OrderState::Done), 15000);
    QCOMPARE(journal->search({}).size(), 1);
    QCOMPARE(journal->search({}).first().serverStatus, QStringLiteral("Complete"));
}

void TestDeskJournal::openInBackground_sendsNothingUntilTheCheckIsDone_thenOpens()
{
    startWindow();
    m_window->openJournalInBackground(m_dir->filePath(QStringLiteral("journal.sqlite")));
    DeskJournal *desk = m_window->deskJournal();
    // The check's answer arrives through the event loop, so until it runs the journal is opening.
    QVERIFY(desk->isOpening());
    QVERIFY(!desk->isOpen());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Opening the order journal…"));
    auto *off = m_window->findChild<QLabel *>(QStringLiteral("sendingOffLabel"));
    QVERIFY(!off || !off->isVisible()); // no warning for what is not a problem
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionHistory"))->isEnabled());
    const historytest::SessionSend refused = historytest::submitThrough(
        *m_window->session(), historytest::typed(ChangeType::Activate, {QStringLiteral("+12016093865")}));
    QVERIFY(!refused.sent);
    QCOMPARE(refused.refusal, StatusChangeSession::Refusal::JournalOpening);
    QVERIFY2(refused.reason.contains(QLatin1String("still being opened")), qPrintable(refused.reason));
    QCOMPARE(m_window->statusBar()->currentMessage(), refused.reason); // the agent is told too

    QTRY_VERIFY(desk->isOpen());
    QVERIFY(!desk->isOpening());
    // Opening clears only its own line: the refusal the agent was shown stays until it times out.
    QCOMPARE(m_window->statusBar()->currentMessage(), refused.reason);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionHistory"))->isEnabled());
    off = m_window->findChild<QLabel *>(QStringLiteral("sendingOffLabel"));
    QVERIFY(!off || !off->isVisible());
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("/v1.0/numbers/status")), 0);
    submitOneNumber(QStringLiteral("+12016093865"));
    QTRY_COMPARE(desk->journal()->search({}).value(0).state, JournalState::Answered);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("/v1.0/numbers/status")), 1);
}

void TestDeskJournal::openInBackground_damagedFile_isSetAsideAndSaysSo()
{
    const QString path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    {
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(8192, 'x'));
    }
    startWindow();
    m_window->openJournalInBackground(path);
    QMessageBox *box = nullptr;
    QTRY_VERIFY(
        (box = m_window->findChild<QMessageBox *>(QStringLiteral("journalProblemBox"))) && box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("damaged")), qPrintable(box->text()));
    QVERIFY(m_window->deskJournal()->isOpen()); // a fresh journal: sending goes on
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("journal.sqlite.broken-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(m_dir->filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray(8192, 'x')); // kept, byte for byte
}

void TestDeskJournal::openInBackground_windowClosedDuringTheCheck()
{
    const QString path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    {
        JournalOpenResult previous = OrderJournal::open(path);
        QVERIFY(previous.journal->recordSending(historytest::context(),
            historytest::request(ChangeType::Swap, {QStringLiteral("+12016093866")})));
    }
    startWindow();
    m_window->openJournalInBackground(path);
    QVERIFY(m_window->deskJournal()->isOpening());
    m_window.reset(); // waits for the check, which never touches the window
    JournalOpenResult after = OrderJournal::open(path);
    QCOMPARE(after.status, JournalOpenResult::Status::Opened); // nothing set aside, nothing lost
    QCOMPARE(after.journal->search({}).size(), 1);
}

void TestDeskJournal::openInBackground_windowClosedWhileADamagedJournalIsSetAside_keepsGuardingItsRequests()
{
    const QString path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    const QString number = QStringLiteral("+12016093867");
    {
        JournalOpenResult previous = OrderJournal::open(path);
        QVERIFY(previous.journal->recordSending(
            historytest::context(), historytest::request(ChangeType::Cancel, {number})));
    } // that run "dies" with its cancel in flight, and then the file is damaged
    QVERIFY(journaltest::damageTheDateIndex(path));
    startWindow();
    m_window->openJournalInBackground(path);
    m_window.reset(); // before the check's answer could reach the window
    QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("journal.sqlite.broken-*")});
    aside.removeIf([](const QString &name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    QCOMPARE(aside.size(), 1); // set aside by the check, before the window went
    JournalOpenResult next = OrderJournal::open(path);
    QCOMPARE(next.status, JournalOpenResult::Status::Opened);
    // The cancel whose outcome nobody knows still guards its number in the fresh journal.
    QCOMPARE(next.journal->unresolvedInvolving({number}).size(), 1);
}

QTEST_MAIN(TestDeskJournal)
#include "tst_deskjournal.moc"

void TestDeskJournal::answerTheJournalCannotWrite_holdsSendingUntilAcknowledged_andGuardsTheNumber()
{
    startWindow();
    m_window->openJournal(m_dir->filePath(QStringLiteral("journal.sqlite")));
    OrderJournal *journal = m_window->deskJournal()->journal();
    QVERIFY(journal);
    // Once the request has left, the journal can no longer write (as on a full disk).
    QSqlDatabase db = QSqlDatabase::database(QLatin1String("numberdesk-journal-") + journal->runId(), false);
    connect(m_sandbox.get(), &sandbox::SandboxServer::requestReceived, this,
        [&](const QString &, const QString &path) {
            if (path.endsWith(QLatin1String("/numbers/status")))
                QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = ON"));
        });
    submitOneNumber(QStringLiteral("(201) 609-3871"));

    auto *banner = m_window->findChild<QWidget *>(QStringLiteral("journalWriteBanner"));
    auto *text = m_window->findChild<QLabel *>(QStringLiteral("journalWriteBannerText"));
    auto *acknowledge = m_window->findChild<QPushButton *>(QStringLiteral("acknowledgeJournalButton"));
    QVERIFY(banner && text && acknowledge);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(text->text().contains(QLatin1String("+12016093871")), qPrintable(text->text()));
    QVERIFY2(text->text().contains(QLatin1String("could not be recorded in the order journal")),
        qPrintable(text->text()));
    QCOMPARE(text->textFormat(), Qt::PlainText);
    QVERIFY(acknowledge->hasFocus());
    QCOMPARE(journal->search({}).first().state, JournalState::Sending); // the answer is not in the file

    // Sending is held: the form's button and Ctrl+Enter do nothing; what was typed stays.
    test::FormDriver driver(m_window->form());
    QVERIFY(!driver.submitButton()->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionSubmit"))->isEnabled());
    QVERIFY(m_window->form()->hasContent());
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("/v1.0/numbers/status")), 1);

    QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = OFF"));
    QTest::keyClick(acknowledge, Qt::Key_Space);
    QTRY_VERIFY(!banner->isVisible());
    QTRY_VERIFY(driver.submitButton()->isEnabled());

    // The same number again: the unrecorded answer counts as unresolved, so the desk asks first.
    UserPrompts::clearAskedPrompts();
    UserPrompts::setNextAnswer(UserPrompts::Answer::Reject);
    QTest::mouseClick(driver.submitButton(), Qt::LeftButton);
    QTRY_COMPARE(UserPrompts::askedPrompts(), QStringList {QStringLiteral("confirmChangeDialog")});
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("/v1.0/numbers/status")), 1);
    UserPrompts::clearNextAnswers();
}
