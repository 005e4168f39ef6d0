// `numberdesk --api-base URL` as main.cpp wires it: the real MainWindow with a temporary profile for a
// real sandbox over loopback. The agent types the AccountKey and AccountSecret into the real prompt, sends
// an activate and sees the order; the switcher lists the profile as this session's only and switches to a
// saved one; nothing of it reaches the settings file, and the next start opens the saved active profile.

#include "../../core/profiles/SecretTestSupport.h"
#include "../form/FormDriver.h"
#include "AccountsTestSupport.h"
#include "gui/MainWindow.h"
#include "gui/accounts/ProfileSecretPrompt.h"
#include "gui/accounts/ProfileSwitcher.h"
#include "gui/accounts/ProfilesDialog.h"
#include "session/StatusChangeSession.h"
#include "gui/results/ResultsPanel.h"
#include "network/ApiClient.h"
#include "response/Order.h"
#include "sandbox/SandboxServer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace nd;
using accountstest::Accounts;

namespace {
const QString NumberA = QStringLiteral("+12016093801");
const QString StatusPath = QStringLiteral("/v1.0/numbers/status");
} // namespace

class TestApiBaseProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void accountTypedAtThePrompt_sendsAnActivate_andShowsTheOrder();
    void prompt_refusesOkUntilKeyAndSecret_andNeverOffersToSave();
    void prompt_showsTheKeyTypedBefore_soAMistypedOneCanBeCorrected();
    void switcher_listsItForThisSession_andSwitchesToASavedProfile();
    void nothingOfIt_isSaved_andTheNextStartOpensTheSavedProfile();
    void profilesDialog_showsIt_butCannotEditOrRemoveIt();

private:
    // As main.cpp does with --api-base: the temporary profile before the switcher exists, applied after
    // the window is up.
    void startWithApiBase(const QUrl &apiBase);
    ProfileSecretPrompt *prompt() const;
    void answerPrompt(const QString &accountKey, const QString &secret);
    QString addSavedProfile(const QString &name);

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_journalDir;
};

void TestApiBaseProfile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_apibaseprofile"));
    QVERIFY(m_journalDir.isValid());
}

void TestApiBaseProfile::init()
{
    QSettings().clear();
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_sandbox->start(0));
    m_accounts = std::make_unique<Accounts>();
    m_client = std::make_unique<ApiClient>();
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->openJournal(m_journalDir.filePath(QStringLiteral("journal.sqlite")));
}

void TestApiBaseProfile::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_accounts.reset();
    m_sandbox.reset();
}

void TestApiBaseProfile::startWithApiBase(const QUrl &apiBase)
{
    QCOMPARE(m_accounts->store->useTemporaryProfile(apiBase), std::nullopt);
    m_window->setAccounts(m_accounts->store.get(), m_accounts->vault.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->profileSwitcher()->applyActiveProfile();
}

ProfileSecretPrompt *TestApiBaseProfile::prompt() const
{
    ProfileSecretPrompt *shown = nullptr;
    [&] { QTRY_VERIFY((shown = m_window->findChild<ProfileSecretPrompt *>()) && shown->isVisible()); }();
    return shown;
}

void TestApiBaseProfile::answerPrompt(const QString &accountKey, const QString &secret)
{
    ProfileSecretPrompt *asked = prompt();
    QVERIFY(asked);
    auto *keyEdit = asked->findChild<QLineEdit *>(QStringLiteral("accountKeyEdit"));
    QVERIFY(keyEdit->isVisible());
    QTest::keyClicks(keyEdit, accountKey);
    QTest::keyClicks(asked->findChild<QLineEdit *>(QStringLiteral("secretEdit")), secret);
    QTest::mouseClick(asked->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
}

QString TestApiBaseProfile::addSavedProfile(const QString &name)
{
    ConnectionProfile draft;
    draft.name = name;
    draft.baseUrl = QUrl(QStringLiteral("https://api.telegent.com/v1.0"));
    draft.accountKey = QStringLiteral("DID-SAVED-1");
    return m_accounts->store->add(draft).profile.value().id;
}

void TestApiBaseProfile::accountTypedAtThePrompt_sendsAnActivate_andShowsTheOrder()
{
    startWithApiBase(m_sandbox->baseUrl());
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("connectionBanner"));
    QVERIFY(m_client->configurationProblem()); // nothing can be sent before the account is typed
    QVERIFY(banner->text().contains(QLatin1String("Command line: 127.0.0.1")));

    answerPrompt(m_sandbox->options().accountKey, m_sandbox->options().accountSecret);
    QTRY_VERIFY(m_window->profileSwitcher()->isReady());
    QCOMPARE(m_client->baseUrl(), m_sandbox->baseUrl());
    QCOMPARE(m_client->accountKey(), m_sandbox->options().accountKey);
    QCOMPARE(banner->property("connectionKind").toString(), QStringLiteral("production"));
    QVERIFY(banner->text().contains(m_sandbox->options().accountKey));
    QVERIFY(!banner->text().contains(m_sandbox->options().accountSecret));

    test::FormDriver driver(m_window->form());
    QSignalSpy orders(m_window->session(), &StatusChangeSession::orderReceived);
    driver.chooseChangeType(ChangeType::Activate);
    driver.pasteNumbers({NumberA});
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(orders.wait());
    QCOMPARE(m_sandbox->requestCount(StatusPath), 1);
    const QString orderId = orders.first().first().value<Order>().orderId;
    QVERIFY(!orderId.isEmpty());
    QTRY_COMPARE(m_window->results()->findChild<QLabel *>(QStringLiteral("orderIdLabel"))->text(), orderId);
}

// The --api-base profile cannot be edited in Accounts: its prompt asks for the key every time, showing
// the one typed before, so a mistyped key is corrected here.
void TestApiBaseProfile::prompt_showsTheKeyTypedBefore_soAMistypedOneCanBeCorrected()
{
    ConnectionProfile temporary;
    temporary.id = ConnectionProfile::temporaryId();
    temporary.name = QStringLiteral("Command line: 127.0.0.1");
    temporary.baseUrl = m_sandbox->baseUrl();
    temporary.accountKey = QStringLiteral("DID-MISTYPED");
    temporary.isTemporary = true;
    ProfileSecretPrompt asked(temporary, true, QString());
    auto *keyEdit = asked.findChild<QLineEdit *>(QStringLiteral("accountKeyEdit"));
    auto *ok = asked.findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(asked.asksForKey());
    QVERIFY(!keyEdit->isHidden());
    QCOMPARE(keyEdit->text(), QStringLiteral("DID-MISTYPED"));
    QTest::keyClicks(asked.findChild<QLineEdit *>(QStringLiteral("secretEdit")), QStringLiteral("s3cret"));
    QVERIFY(ok->isEnabled());
    keyEdit->clear();
    QVERIFY(!ok->isEnabled()); // an empty key is not an answer
    QTest::keyClicks(keyEdit, QStringLiteral("DID-1001"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(asked.accountKey(), QStringLiteral("DID-1001"));

    ConnectionProfile saved = temporary; // a saved profile's key is edited in Accounts, not here
    saved.isTemporary = false;
    ProfileSecretPrompt savedPrompt(saved, true, QString());
    QVERIFY(!savedPrompt.asksForKey());
    QVERIFY(savedPrompt.accountKey().isEmpty());
}

void TestApiBaseProfile::prompt_refusesOkUntilKeyAndSecret_andNeverOffersToSave()
{
    startWithApiBase(m_sandbox->baseUrl());
    ProfileSecretPrompt *asked = prompt();
    QVERIFY(asked);
    auto *ok = asked->findChild<QPushButton *>(QStringLiteral("okButton"));
    auto *secretEdit = asked->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!asked->findChild<QCheckBox *>(QStringLiteral("saveCheck"))->isVisible());
    QVERIFY(!asked->saveInStore());
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(secretEdit, QStringLiteral("only-the-secret"));
    QVERIFY(!ok->isEnabled()); // the account key is missing
    QTest::keyClicks(asked->findChild<QLineEdit *>(QStringLiteral("accountKeyEdit")), QStringLiteral("  "));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(
        asked->findChild<QLineEdit *>(QStringLiteral("accountKeyEdit")), QStringLiteral("DID-1"));
    QVERIFY(ok->isEnabled());
}

void TestApiBaseProfile::switcher_listsItForThisSession_andSwitchesToASavedProfile()
{
    const QString savedId = addSavedProfile(QStringLiteral("Production"));
    QVERIFY(test::waitForResult([&](QObject *context, SecretCallback done) {
        m_accounts->vault->writeSecret(savedId, QStringLiteral("saved-secret"), context, done);
    })->ok());
    startWithApiBase(m_sandbox->baseUrl());
    answerPrompt(m_sandbox->options().accountKey, m_sandbox->options().accountSecret);
    QTRY_VERIFY(m_window->profileSwitcher()->isReady());

    QComboBox *chooser = m_window->profileSwitcher()->chooser();
    QCOMPARE(chooser->count(), 3); // the sandbox, the saved one, this session's
    QCOMPARE(chooser->currentData().toString(), ConnectionProfile::temporaryId());
    QCOMPARE(chooser->currentText(), QStringLiteral("Command line: 127.0.0.1 (this session only)"));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("Command line: 127.0.0.1")));

    // Chosen as the agent chooses: the keyboard on the real combo box.
    chooser->setFocus();
    QTest::keyClick(chooser, Qt::Key_Up);
    QCOMPARE(chooser->currentData().toString(), savedId);
    QCOMPARE(m_accounts->store->activeProfileId(), savedId);
    QTRY_VERIFY(m_window->profileSwitcher()->isReady());
    QCOMPARE(m_client->baseUrl(), QUrl(QStringLiteral("https://api.telegent.com/v1.0")));
    QCOMPARE(m_client->accountKey(), QStringLiteral("DID-SAVED-1"));

    // And back: the account typed this session is still known, nothing is asked again.
    QTest::keyClick(chooser, Qt::Key_Down);
    QCOMPARE(m_accounts->store->activeProfileId(), ConnectionProfile::temporaryId());
    QTRY_VERIFY(m_window->profileSwitcher()->isReady());
    QCOMPARE(m_client->baseUrl(), m_sandbox->baseUrl());
    QCOMPARE(m_client->accountKey(), m_sandbox->options().accountKey);
    QVERIFY(!m_window->findChild<ProfileSecretPrompt *>()
        || !m_window->findChild<ProfileSecretPrompt *>()->isVisible());
}

void TestApiBaseProfile::nothingOfIt_isSaved_andTheNextStartOpensTheSavedProfile()
{
    const QString savedId = addSavedProfile(QStringLiteral("Production"));
    QVERIFY(m_accounts->store->setActiveProfile(savedId));
    startWithApiBase(m_sandbox->baseUrl());
    answerPrompt(QStringLiteral("DID-TYPED-ON-THE-PROMPT"), m_sandbox->options().accountSecret);
    QTRY_VERIFY(m_accounts->store->activeProfile()->accountKey == QLatin1String("DID-TYPED-ON-THE-PROMPT"));
    addSavedProfile(QStringLiteral("Written meanwhile")); // the settings are written while it is active
    m_window->close();

    QFile ini(m_accounts->iniPath);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(!bytes.contains("DID-TYPED-ON-THE-PROMPT"));
    QVERIFY(!bytes.contains(m_sandbox->options().accountSecret.toUtf8()));
    QVERIFY(!bytes.contains(ConnectionProfile::temporaryId().toUtf8()));
    QVERIFY(!bytes.contains(QByteArray::number(m_sandbox->baseUrl().port())));

    ProfileStore nextStart(m_accounts->iniPath);
    QCOMPARE(nextStart.profiles().size(), 3);
    QVERIFY(!nextStart.profile(ConnectionProfile::temporaryId()));
    QCOMPARE(nextStart.activeProfileId(), savedId);
}

void TestApiBaseProfile::profilesDialog_showsIt_butCannotEditOrRemoveIt()
{
    startWithApiBase(m_sandbox->baseUrl());
    answerPrompt(m_sandbox->options().accountKey, m_sandbox->options().accountSecret);
    QTRY_VERIFY(m_window->profileSwitcher()->isReady());
    m_window->openAccounts();
    ProfilesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProfilesDialog *>()) && dialog->isVisible());
    // The dialog opens on the active profile: this session's.
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->isReadOnly());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->text(),
        m_sandbox->baseUrl().toString());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("removeButton"))->isEnabled());
    dialog->reject();
}

QTEST_MAIN(TestApiBaseProfile)
#include "tst_apibaseprofile.moc"
