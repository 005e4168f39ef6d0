// The desk starting on a team journal, the way main.cpp opens it (TeamJournalSettings from QSettings,
// the password from the secret store, DeskJournal on a worker thread): a server that cannot be reached
// shows "Team journal cannot be reached" with Try again and sending stays off; a password missing from
// the keychain says so the same way. In neither case does the desk fall back to the local file.

#include "HistoryTestSupport.h"
#include "gui/MainWindow.h"
#include "gui/history/DeskJournal.h"
#include "network/ApiClient.h"
#include "profiles/SessionSecretStore.h"
#include "profiles/TeamJournalSettings.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace nd;

class TestTeamJournalStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NumberDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teamjournalstartup"));
    }
    void init();
    void cleanup();
    void unreachableServer_saysSo_offersTryAgain_andSendsNothing();
    void noPasswordInTheKeychain_saysSo_andSendsNothing();

private:
    // What main.cpp does once the window is up.
    void openAsTheAppDoes()
    {
        const TeamJournalSettings chosen = TeamJournalSettings::load(QSettings());
        m_window->openJournalInBackground(chosen.location(localPath()), chosen.identity());
    }
    QMessageBox *problemBox()
    {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    box = m_window->findChild<QMessageBox *>(QStringLiteral("journalProblemBox"));
                    return box && box->isVisible();
                },
                20000)) {
            return nullptr;
        }
        return box;
    }
    void checkSendingIsOff()
    {
        DeskJournal *desk = m_window->deskJournal();
        QVERIFY(!desk->isOpen());
        QVERIFY(!desk->isOpening());
        // A complete connection: what refuses is the missing journal.
        m_client->setCredentials({QStringLiteral("DID-1001"), QStringLiteral("team-startup-secret")});
        const historytest::SessionSend refused = historytest::submitThrough(
            *m_window->session(), historytest::typed(ChangeType::Activate, {QStringLiteral("+12016093865")}));
        QVERIFY(!refused.sent);
        QCOMPARE(refused.refusal, StatusChangeSession::Refusal::NoJournal);
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("sendingOffLabel"))->isVisible());
        QVERIFY2(!QFile::exists(localPath()), "fell back to the local file");
    }
    QString localPath() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionSecretStore> m_secrets;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    TeamJournalSettings m_settings;
};

void TestTeamJournalStartup::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<SessionSecretStore>();
    m_client = std::make_unique<ApiClient>();
    // Nothing listens on port 1; TLS off is allowed for this computer only.
    m_settings.agentName = QStringLiteral("Ana");
    m_settings.useTeamJournal = true;
    m_settings.server.host = QStringLiteral("127.0.0.1");
    m_settings.server.port = 1;
    m_settings.server.database = QStringLiteral("journal");
    m_settings.server.user = QStringLiteral("desk");
    m_settings.server.tls = TeamTlsMode::Off;
    QVERIFY(m_settings.server.problem().isEmpty());
    QSettings settings;
    m_settings.save(settings);
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->setJournalSecretStore(m_secrets.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTeamJournalStartup::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_secrets.reset();
    m_dir.reset();
}

void TestTeamJournalStartup::unreachableServer_saysSo_offersTryAgain_andSendsNothing()
{
    bool written = false;
    m_secrets->writeSecret(m_settings.passwordKey(), QStringLiteral("pw-not-used"), m_window.get(),
        [&written](const SecretResult &result) { written = result.ok(); });
    QTRY_VERIFY(written);

    openAsTheAppDoes();
    QVERIFY(m_window->deskJournal()->isOpening());
    QMessageBox *box = problemBox();
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), QStringLiteral("Team journal cannot be reached"));
    QVERIFY2(!box->text().contains(QLatin1String("pw-not-used")), qPrintable(box->text()));
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("retryButton")));
    box->findChild<QPushButton *>(QStringLiteral("continueButton"))->click();
    checkSendingIsOff();
}

void TestTeamJournalStartup::noPasswordInTheKeychain_saysSo_andSendsNothing()
{
    openAsTheAppDoes();
    QMessageBox *box = problemBox();
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), QStringLiteral("Team journal cannot be reached"));
    QVERIFY2(box->text().contains(QLatin1String("keychain")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QLatin1String("desk@127.0.0.1:1/journal")));
    box->findChild<QPushButton *>(QStringLiteral("continueButton"))->click();
    checkSendingIsOff();
    QVERIFY(m_window->deskJournal()->problem().contains(QLatin1String("keychain")));
}

QTEST_MAIN(TestTeamJournalStartup)
#include "tst_teamjournalstartup.moc"
