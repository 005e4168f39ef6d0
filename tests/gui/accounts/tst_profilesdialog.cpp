// The accounts dialog on real widgets: add, edit and remove a profile (the secret going to the vault,
// never to the settings file), "Test connection" against the in-process sandbox with the right and a
// wrong secret, the built-in sandbox profile, what it says when there is no credential store, and the
// "this session only" offer when the credential store refuses a secret.

#include "../../core/profiles/SecretTestSupport.h"
#include "AccountsTestSupport.h"
#include "gui/accounts/ProfilesDialog.h"
#include "gui/common/UserPrompts.h"
#include "sandbox/SandboxServer.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace nd;
using accountstest::Accounts;

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { UserPrompts::clearNextAnswers(); }

    void sandbox_isListedFirst_andCannotBeEditedOrRemoved();
    void addEditRemove_roundTrip_secretInVaultOnly();
    void addedSecret_isNotInTheSettingsFileOrLogs();
    void testConnection_rightSecret_saysConnected();
    void testConnection_wrongSecret_showsServersMessage();
    void testConnection_savedProfile_usesTheVaultsSecret();
    void savedProfile_movedToAnotherServer_needsTheSecretTypedAgain();
    void noCredentialStore_saysSessionOnlyPlainly();
    void closingWhileTestingTheConnection_isSafe();
    void secretRefused_offersThisSessionOnly_andKeepsItThere();
    void removeDeclined_keepsTheProfileAndItsSecret();

private:
    static QLineEdit *edit(QWidget &dialog, const char *name)
    {
        return dialog.findChild<QLineEdit *>(QLatin1String(name));
    }
    static QPushButton *button(QWidget &dialog, const char *name)
    {
        return dialog.findChild<QPushButton *>(QLatin1String(name));
    }
    static QString label(QWidget &dialog, const char *name)
    {
        return dialog.findChild<QLabel *>(QLatin1String(name))->text();
    }
    static void fill(ProfilesDialog &dialog, const QString &name, const QString &url, const QString &key,
        const QString &secret)
    {
        QTest::mouseClick(button(dialog, "addButton"), Qt::LeftButton);
        QTest::keyClicks(edit(dialog, "nameEdit"), name);
        edit(dialog, "baseUrlEdit")->clear();
        QTest::keyClicks(edit(dialog, "baseUrlEdit"), url);
        QTest::keyClicks(edit(dialog, "accountKeyEdit"), key);
        QTest::keyClicks(edit(dialog, "accountSecretEdit"), secret);
    }
    static bool save(ProfilesDialog &dialog)
    {
        QSignalSpy finished(&dialog, &ProfilesDialog::saveFinished);
        QTest::mouseClick(button(dialog, "saveButton"), Qt::LeftButton);
        if (finished.isEmpty() && !finished.wait())
            return false;
        return finished.first().first().toBool();
    }
    static std::optional<SecretResult> read(CredentialVault &vault, const QString &id)
    {
        return test::waitForResult(
            [&vault, id](QObject *context, SecretCallback done) { vault.readSecret(id, context, done); });
    }
};

void TestProfilesDialog::sandbox_isListedFirst_andCannotBeEditedOrRemoved()
{
    Accounts accounts;
    ProfilesDialog dialog(accounts.store.get(), accounts.vault.get());
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("profilesList"));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QLatin1String("built in")));
    QCOMPARE(dialog.editedProfileId(), ConnectionProfile::sandboxId());
    QVERIFY(edit(dialog, "nameEdit")->isReadOnly());
    QVERIFY(!button(dialog, "saveButton")->isEnabled());
    QVERIFY(!button(dialog, "removeButton")->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("storageNote"))->isHidden());
}

void TestProfilesDialog::addEditRemove_roundTrip_secretInVaultOnly()
{
    Accounts accounts;
    ProfilesDialog dialog(accounts.store.get(), accounts.vault.get());
    dialog.show();
    fill(dialog, QStringLiteral("Acme production"), QStringLiteral("https://api.example.com/v1.0"),
        QStringLiteral("DID-1001"), QStringLiteral("first-secret-1"));
    QVERIFY(save(dialog));
    QCOMPARE(accounts.store->profiles().size(), 2);
    const ConnectionProfile added = accounts.store->profiles().at(1);
    QCOMPARE(added.name, QStringLiteral("Acme production"));
    QCOMPARE(added.baseUrl, QUrl(QStringLiteral("https://api.example.com/v1.0")));
    QCOMPARE(added.accountKey, QStringLiteral("DID-1001"));
    QCOMPARE(dialog.editedProfileId(), added.id);
    QCOMPARE(read(*accounts.vault, added.id)->secret, QStringLiteral("first-secret-1"));
    QVERIFY(edit(dialog, "accountSecretEdit")->text().isEmpty()); // not kept in the widget

    // Edit: a new name, no secret typed: the saved secret stays.
    edit(dialog, "nameEdit")->clear();
    QTest::keyClicks(edit(dialog, "nameEdit"), QStringLiteral("Acme (prod)"));
    QVERIFY(save(dialog));
    QCOMPARE(accounts.store->profile(added.id)->name, QStringLiteral("Acme (prod)"));
    QCOMPARE(read(*accounts.vault, added.id)->secret, QStringLiteral("first-secret-1"));

    // A duplicate name is refused, with the reason.
    fill(dialog, QStringLiteral("acme (PROD)"), QStringLiteral("https://api.example.com/v1.0"),
        QStringLiteral("DID-2"), QStringLiteral("x"));
    QVERIFY(!button(dialog, "saveButton")->isEnabled());
    QVERIFY(label(dialog, "problemLabel").contains(QLatin1String("already exists")));

    // Remove (confirmed): the profile and its secret go.
    dialog.selectProfile(added.id);
    UserPrompts::setNextAnswer(UserPrompts::Answer::Accept);
    QTest::mouseClick(button(dialog, "removeButton"), Qt::LeftButton);
    QCOMPARE(accounts.store->profiles().size(), 1);
    QTRY_COMPARE(read(*accounts.vault, added.id)->status, SecretStatus::NotFound);
}

void TestProfilesDialog::addedSecret_isNotInTheSettingsFileOrLogs()
{
    test::LogCapture logs;
    Accounts accounts;
    const QString secret = QStringLiteral("Very-Secret-7f3a9c");
    {
        ProfilesDialog dialog(accounts.store.get(), accounts.vault.get());
        dialog.show();
        fill(dialog, QStringLiteral("Audit"), QStringLiteral("https://api.example.com/v1.0"),
            QStringLiteral("DID-77"), secret);
        QVERIFY(save(dialog));
    }
    accounts.store.reset(); // flushes the settings
    QFile ini(accounts.iniPath);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(bytes.contains("DID-77")); // the file is the right one
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(!bytes.contains(secret.toUtf8().toBase64()));
    QVERIFY(logs.messagesContaining(secret).isEmpty());
}

void TestProfilesDialog::testConnection_rightSecret_saysConnected()
{
    sandbox::SandboxServer server;
    QVERIFY(server.start(0));
    Accounts accounts;
    ProfilesDialog dialog(accounts.store.get(), accounts.vault.get());
    dialog.show();
    fill(dialog, QStringLiteral("Local"), server.baseUrl().toString(), server.options().accountKey,
        server.options().accountSecret);
    QSignalSpy finished(&dialog, &ProfilesDialog::testFinished);
    QTest::mouseClick(button(dialog, "testButton"), Qt::LeftButton);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(label(dialog, "testResultLabel").startsWith(QLatin1String("Connected")),
        qPrintable(label(dialog, "testResultLabel")));
    QCOMPARE(server.tokensIssued(), 1);
    QVERIFY(button(dialog, "testButton")->isEnabled());
}

void TestProfilesDialog::closingWhileTestingTheConnection_isSafe()
{
    sandbox::SandboxServer server;
    QVERIFY(server.start(0));
    Accounts accounts;
    auto dialog = std::make_unique<ProfilesDialog>(accounts.store.get(), accounts.vault.get());
    dialog->show();
    fill(*dialog, QStringLiteral("Local"), server.baseUrl().toString(), server.options().accountKey,
        server.options().accountSecret);
    QTest::mouseClick(button(*dialog, "testButton"), Qt::LeftButton);
    QVERIFY(button(*dialog, "testButton")->isEnabled() == false); // the test is still running
    // Destroying the dialog abandons the test; its "failed" answer must not reach the half-destroyed
    // dialog (that used to crash here, inside reset()). Deferred deletions run below.
    dialog.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestProfilesDialog::testConnection_wrongSecret_showsServersMessage()
{
    sandbox::SandboxServer server;
    QVERIFY(server.start(0));
    Accounts accounts;
    ProfilesDialog dialog(accounts.store.get(), accounts.vault.get());
    dialog.show();
    const QString wrong = QStringLiteral("wrong-secret-93");
    fill(dialog, QStringLiteral("Local"), server.baseUrl().toString(), server.options().accountKey, wrong);
    QSignalSpy finished(&dialog, &ProfilesDialog::testFinished);
    QTest::mouseClick(button(dialog, "testButton"), Qt::LeftButton);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), false);
    const QString shown = label(dialog, "testResultLabel");
    QVERIFY2(shown.contains(QLatin1String("Invalid account credentials provided")), qPrintable(shown));
    QVERIFY(!shown.contains(wrong));
}

void TestProfilesDialog::testConnection_savedProfile_usesTheVaultsSecret()
{
    sandbox::SandboxServer server;
    QVERIFY(server.start(0));
    Accounts accounts;
    ProfilesDialog dialog(accounts.store.get(), accounts.vault.get());
    dialog.show();
    fill(dialog, QStringLiteral("Local"), server.baseUrl().toString(), server.options().accountKey,
        server.options().accountSecret);
    QVERIFY(save(dialog));
    QVERIFY(edit(dialog, "accountSecretEdit")->text().isEmpty());
    QSignalSpy finished(&dialog, &ProfilesDialog::testFinished);
    QTest::mouseClick(button(dialog, "testButton"), Qt::LeftButton);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), true);
}

void TestProfilesDialog::savedProfile_movedToAnotherServer_needsTheSecretTypedAgain()
{
    // Two servers that would both accept the secret: only the one it was saved for may receive it.
    sandbox::SandboxServer saved;
    QVERIFY(saved.start(0));
    sandbox::SandboxServer other;
    QVERIFY(other.start(0));
    const QString tokenPath = QStringLiteral("/v1.0/oauth2/tokens");
    Accounts accounts;
    ProfilesDialog dialog(accounts.store.get(), accounts.vault.get());
    dialog.show();
    fill(dialog, QStringLiteral("Local"), saved.baseUrl().toString(), saved.options().accountKey,
        saved.options().accountSecret);
    QVERIFY(save(dialog));
    QVERIFY(edit(dialog, "accountSecretEdit")->text().isEmpty());

    // The host is edited, nothing saved, no secret typed: neither Test nor Save may use the saved secret.
    QLineEdit *url = edit(dialog, "baseUrlEdit");
    url->selectAll();
    QTest::keyClicks(url, other.baseUrl().toString());
    QVERIFY(!button(dialog, "testButton")->isEnabled());
    QVERIFY(!button(dialog, "saveButton")->isEnabled());
    QVERIFY2(label(dialog, "problemLabel").contains(QLatin1String("type the AccountSecret again")),
        qPrintable(label(dialog, "problemLabel")));
    dialog.testConnection(); // even when asked directly
    QCOMPARE(other.requestCount(tokenPath), 0);
    QCOMPARE(saved.requestCount(tokenPath), 0);

    // Back on the saved server, the saved secret may be used again.
    url->selectAll();
    QTest::keyClicks(url, saved.baseUrl().toString());
    QVERIFY(button(dialog, "testButton")->isEnabled());

    // Typed again for the other server: now it goes there.
    url->selectAll();
    QTest::keyClicks(url, other.baseUrl().toString());
    QTest::keyClicks(edit(dialog, "accountSecretEdit"), other.options().accountSecret);
    QVERIFY(button(dialog, "testButton")->isEnabled());
    QSignalSpy finished(&dialog, &ProfilesDialog::testFinished);
    QTest::mouseClick(button(dialog, "testButton"), Qt::LeftButton);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(other.requestCount(tokenPath), 1);
}

void TestProfilesDialog::noCredentialStore_saysSessionOnlyPlainly()
{
    Accounts accounts(false);
    ProfilesDialog dialog(accounts.store.get(), accounts.vault.get());
    dialog.show();
    fill(dialog, QStringLiteral("Acme"), QStringLiteral("https://api.example.com/v1.0"),
        QStringLiteral("DID-5"), QStringLiteral("session-secret-5"));
    QVERIFY(save(dialog));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("storageNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(
                 QLatin1String("kept for this session only; you will be asked again next start")),
        qPrintable(note->text()));
    QVERIFY(note->text().contains(QLatin1String("no D-Bus session"))); // the store's own reason
    QVERIFY(label(dialog, "secretNote").contains(QLatin1String("this session only")));
    // The secret still works for this session.
    QCOMPARE(read(*accounts.vault, *dialog.editedProfileId())->secret, QStringLiteral("session-secret-5"));

    // A dialog opened later in the same run says so before anything is typed.
    ProfilesDialog later(accounts.store.get(), accounts.vault.get());
    later.show();
    QVERIFY(later.findChild<QLabel *>(QStringLiteral("storageNote"))->isVisible());
}

void TestProfilesDialog::secretRefused_offersThisSessionOnly_andKeepsItThere()
{
    bool refuse = true;
    Accounts accounts;
    accounts.vault
        = std::make_unique<CredentialVault>(std::make_unique<accountstest::RefusingStore>(&refuse));
    ProfilesDialog dialog(accounts.store.get(), accounts.vault.get());
    dialog.show();
    QPushButton *sessionOnly = button(dialog, "sessionOnlyButton");
    QVERIFY(sessionOnly->isHidden());
    fill(dialog, QStringLiteral("Acme"), QStringLiteral("https://api.example.com/v1.0"),
        QStringLiteral("DID-8"), QStringLiteral("refused-secret-8"));
    QVERIFY(!save(dialog)); // the profile is saved, its secret is not
    const std::optional<QString> id = dialog.editedProfileId();
    QVERIFY(id && accounts.store->profile(*id));
    QVERIFY2(label(dialog, "secretNote").contains(QLatin1String("did not take the secret")),
        qPrintable(label(dialog, "secretNote")));
    QVERIFY(sessionOnly->isVisible());

    QSignalSpy finished(&dialog, &ProfilesDialog::saveFinished);
    QTest::mouseClick(sessionOnly, Qt::LeftButton);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(sessionOnly->isHidden());
    QVERIFY(label(dialog, "secretNote").contains(QLatin1String("this session only")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("storageNote"))->isVisible());
    QCOMPARE(read(*accounts.vault, *id)->secret, QStringLiteral("refused-secret-8"));
}

void TestProfilesDialog::removeDeclined_keepsTheProfileAndItsSecret()
{
    Accounts accounts;
    ProfilesDialog dialog(accounts.store.get(), accounts.vault.get());
    dialog.show();
    fill(dialog, QStringLiteral("Acme"), QStringLiteral("https://api.example.com/v1.0"),
        QStringLiteral("DID-9"), QStringLiteral("kept-secret-9"));
    QVERIFY(save(dialog));
    const QString id = *dialog.editedProfileId();
    QVERIFY(button(dialog, "removeButton")->isEnabled());
    UserPrompts::setNextAnswer(UserPrompts::Answer::Reject);
    QTest::mouseClick(button(dialog, "removeButton"), Qt::LeftButton);
    QCOMPARE(accounts.store->profiles().size(), 2);
    QCOMPARE(dialog.editedProfileId(), id);
    QCOMPARE(edit(dialog, "nameEdit")->text(), QStringLiteral("Acme"));
    QCOMPARE(read(*accounts.vault, id)->secret, QStringLiteral("kept-secret-9"));
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
