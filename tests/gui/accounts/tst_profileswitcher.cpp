// The profile switcher: choosing a profile points the ApiClient at its server and account, with the
// secret read from the vault (proved by a real token from the sandbox); a profile without a secret
// asks for it and can keep it for this session only; the banner says where requests go.

#include "../../core/profiles/SecretTestSupport.h"
#include "AccountsTestSupport.h"
#include "gui/accounts/ProfileSecretPrompt.h"
#include "gui/accounts/ProfileSwitcher.h"
#include "gui/accounts/ProfilesDialog.h"
#include "network/ApiClient.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace nd;
using accountstest::Accounts;

class TestProfileSwitcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void choosingAProfile_configuresTheClientWithItsSavedSecret();
    void sandboxProfile_showsTheSandboxBanner();
    void profileWithoutSecret_asks_andKeepsItForTheSessionOnly();
    void sandboxWithoutAddress_asksForASandbox();
    void sandboxThatFailed_saysWhy_andRestartsOnlyWhenAsked();
    void activeProfileMovedToAnotherServer_usesOnlyTheNewServersSecret();

private:
    static bool connects(ApiClient &client)
    {
        ApiCall *call = client.testConnection();
        QSignalSpy verified(call, &ApiCall::connectionVerified);
        QSignalSpy finished(call, &ApiCall::finished);
        finished.wait();
        return verified.size() == 1;
    }
    static QString addProfile(Accounts &accounts, const sandbox::SandboxServer &server, const QString &name)
    {
        ConnectionProfile draft;
        draft.name = name;
        draft.baseUrl = server.baseUrl();
        draft.accountKey = server.options().accountKey;
        return accounts.store->add(draft).profile->id;
    }
};

void TestProfileSwitcher::choosingAProfile_configuresTheClientWithItsSavedSecret()
{
    sandbox::SandboxServer server;
    QVERIFY(server.start(0));
    Accounts accounts;
    const QString id = addProfile(accounts, server, QStringLiteral("Local account"));
    QVERIFY(test::waitForResult([&](QObject *context, SecretCallback done) {
        accounts.vault->writeSecret(id, server.options().accountSecret, context, done);
    })->ok());
    ApiClient client;
    ProfileSwitcher switcher(accounts.store.get(), accounts.vault.get(), &client);
    switcher.show();
    QCOMPARE(switcher.chooser()->count(), 2);

    emit switcher.chooser()->activated(1);
    QCOMPARE(accounts.store->activeProfileId(), id);
    QCOMPARE(client.baseUrl(), server.baseUrl());
    QCOMPARE(client.accountKey(), server.options().accountKey);
    QTRY_VERIFY(switcher.isReady()); // the secret arrives from the vault asynchronously
    QVERIFY(connects(client));
    QCOMPARE(switcher.summary().kind, ConnectionKind::Production);
    QVERIFY(switcher.summary().text.contains(QLatin1String("Local account")));
}

void TestProfileSwitcher::sandboxProfile_showsTheSandboxBanner()
{
    sandbox::SandboxServer server;
    QVERIFY(server.start(0));
    Accounts accounts;
    accounts.store->setSandboxConnection(server.baseUrl(), server.options().accountKey);
    QVERIFY(test::waitForResult([&](QObject *context, SecretCallback done) {
        accounts.vault->writeSecret(
            ConnectionProfile::sandboxId(), server.options().accountSecret, context, done);
    })->ok());
    ApiClient client;
    ProfileSwitcher switcher(accounts.store.get(), accounts.vault.get(), &client);
    accounts.store->setActiveProfile(ConnectionProfile::sandboxId());
    QTRY_VERIFY(switcher.isReady());
    QCOMPARE(switcher.summary().kind, ConnectionKind::Sandbox);
    QVERIFY(switcher.summary().text.startsWith(QLatin1String("SANDBOX")));
    QCOMPARE(switcher.chooser()->currentIndex(), 0);
    QVERIFY(connects(client));
}

void TestProfileSwitcher::profileWithoutSecret_asks_andKeepsItForTheSessionOnly()
{
    sandbox::SandboxServer server;
    QVERIFY(server.start(0));
    Accounts accounts;
    const QString id = addProfile(accounts, server, QStringLiteral("No secret yet"));
    ApiClient client;
    QWidget window;
    ProfileSwitcher switcher(accounts.store.get(), accounts.vault.get(), &client, &window);
    window.show();
    accounts.store->setActiveProfile(id);

    ProfileSecretPrompt *prompt = nullptr;
    QTRY_VERIFY((prompt = window.findChild<ProfileSecretPrompt *>()) && prompt->isVisible());
    QVERIFY(!switcher.isReady());
    QCOMPARE(switcher.summary().kind, ConnectionKind::NotConfigured);
    QVERIFY(client.configurationProblem()); // nothing can be sent meanwhile
    QCOMPARE(prompt->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->echoMode(), QLineEdit::Password);
    QTest::keyClicks(
        prompt->findChild<QLineEdit *>(QStringLiteral("secretEdit")), server.options().accountSecret);
    prompt->findChild<QCheckBox *>(QStringLiteral("saveCheck"))->setChecked(false);
    QTest::mouseClick(prompt->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);

    QVERIFY(switcher.isReady());
    QVERIFY(connects(client));
    // For this session only: the vault was not given it.
    QCOMPARE(test::waitForResult([&](QObject *context, SecretCallback done) {
        accounts.vault->readSecret(id, context, done);
    })->status,
        SecretStatus::NotFound);
    // Switching away and back uses the session's secret without asking again.
    accounts.store->setActiveProfile(ConnectionProfile::sandboxId());
    accounts.store->setActiveProfile(id);
    QVERIFY(switcher.isReady());
    QVERIFY(!window.findChild<ProfileSecretPrompt *>()
        || !window.findChild<ProfileSecretPrompt *>()->isVisible());
}

void TestProfileSwitcher::sandboxWithoutAddress_asksForASandbox()
{
    Accounts accounts;
    ApiClient client;
    ProfileSwitcher switcher(accounts.store.get(), accounts.vault.get(), &client);
    QSignalSpy needed(&switcher, &ProfileSwitcher::sandboxNeeded);
    accounts.store->setActiveProfile(ConnectionProfile::sandboxId());
    QCOMPARE(needed.size(), 1);
    QVERIFY(!switcher.isReady());
}

void TestProfileSwitcher::sandboxThatFailed_saysWhy_andRestartsOnlyWhenAsked()
{
    Accounts accounts;
    ApiClient client;
    QWidget window;
    auto *switcher = new ProfileSwitcher(accounts.store.get(), accounts.vault.get(), &client, &window);
    window.show();
    QSignalSpy needed(switcher, &ProfileSwitcher::sandboxNeeded);
    accounts.store->setActiveProfile(ConnectionProfile::sandboxId());
    QCOMPARE(needed.size(), 1);
    auto *restart = switcher->findChild<QPushButton *>(QStringLiteral("restartSandboxButton"));
    QVERIFY(restart);
    QVERIFY(!restart->isVisible());

    const QString reason = QStringLiteral("The training sandbox stopped unexpectedly (it crashed).");
    switcher->setSandboxProblem(reason);
    QVERIFY(switcher->summary().text.contains(reason));
    QVERIFY(switcher->summary().text.contains(QStringLiteral("Restart sandbox")));
    QCOMPARE(switcher->summary().kind, ConnectionKind::NotConfigured);
    QVERIFY(restart->isVisible());
    QVERIFY(!switcher->isReady());

    // Re-applying the profile (the store changed) must not start a start-fail-start loop.
    switcher->applyActiveProfile();
    QCOMPARE(needed.size(), 1);
    QVERIFY(switcher->summary().text.contains(reason));

    QTest::mouseClick(restart, Qt::LeftButton);
    QCOMPARE(needed.size(), 2);
    QVERIFY(!restart->isVisible());
    QVERIFY(!switcher->summary().text.contains(reason));
}

void TestProfileSwitcher::activeProfileMovedToAnotherServer_usesOnlyTheNewServersSecret()
{
    sandbox::SandboxServer oldServer;
    QVERIFY(oldServer.start(0));
    sandbox::SandboxOptions newOptions;
    newOptions.accountSecret = QStringLiteral("new-server-secret-7");
    sandbox::SandboxServer newServer(newOptions);
    QVERIFY(newServer.start(0));
    Accounts accounts;
    const QString id = addProfile(accounts, oldServer, QStringLiteral("Moving account"));
    QVERIFY(test::waitForResult([&](QObject *context, SecretCallback done) {
        accounts.vault->writeSecret(id, oldServer.options().accountSecret, context, done);
    })->ok());
    ApiClient client;
    ProfileSwitcher switcher(accounts.store.get(), accounts.vault.get(), &client);
    accounts.store->setActiveProfile(id);
    QTRY_VERIFY(switcher.isReady());

    // The agent moves the active profile to the new server and types that server's secret.
    ProfilesDialog dialog(accounts.store.get(), accounts.vault.get());
    dialog.show();
    dialog.selectProfile(id);
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    url->selectAll();
    QTest::keyClicks(url, newServer.baseUrl().toString());
    QTest::keyClicks(
        dialog.findChild<QLineEdit *>(QStringLiteral("accountSecretEdit")), newOptions.accountSecret);
    QSignalSpy saved(&dialog, &ProfilesDialog::saveFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toBool(), true);

    QTRY_COMPARE(client.baseUrl(), newServer.baseUrl());
    QTRY_VERIFY(switcher.isReady());
    // Signing in works: the client holds the new server's secret, not the old one read back early.
    QVERIFY(connects(client));
    QCOMPARE(newServer.requestCount(QStringLiteral("/v1.0/oauth2/tokens")), 1);
}

QTEST_MAIN(TestProfileSwitcher)
#include "tst_profileswitcher.moc"
