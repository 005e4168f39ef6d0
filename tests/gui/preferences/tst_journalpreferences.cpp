// The order journal's settings in Preferences, on the real dialog (issue #14): the local file by
// default with the team fields off; choosing the team journal and filling the server in; TLS off for a
// remote host refused inline with OK disabled; OK saving the settings without the password (the
// settings file is read back byte for byte) and the password in the secret store; a second opening
// showing it all again; and a keychain that refuses the password keeping the dialog open and saying so.

#include "../accounts/AccountsTestSupport.h"
#include "gui/preferences/PreferencesDialog.h"
#include "profiles/CredentialVault.h"
#include "profiles/SessionSecretStore.h"
#include "profiles/TeamJournalSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <optional>

using namespace nd;

namespace {

const QString Password = QStringLiteral("pw-5f1c-team-journal");

template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

void typeInto(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// On the round button itself: the label's end leaves empty space that does not click.
void clickRadio(QWidget *parent, const char *name)
{
    auto *radio = child<QRadioButton>(parent, name);
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(radio->height() / 2, radio->height() / 2));
    QVERIFY(radio->isChecked());
}

QPushButton *okButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

std::optional<SecretResult> readBack(SecretStore &store, const QString &key, QObject *context)
{
    std::optional<SecretResult> result;
    store.readSecret(key, context, [&result](const SecretResult &read) { result = read; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }))
        return std::nullopt;
    return result;
}

// A keychain that refuses every write (locked, access denied).
class RefusingStore final : public SecretStore
{
public:
    void readSecret(const QString &, QObject *context, SecretCallback done) override
    {
        answer(context, done);
    }
    void writeSecret(const QString &, const QString &, QObject *context, SecretCallback done) override
    {
        answer(context, done);
    }
    void deleteSecret(const QString &, QObject *context, SecretCallback done) override
    {
        answer(context, done);
    }

private:
    static void answer(QObject *context, const SecretCallback &done)
    {
        QMetaObject::invokeMethod(
            context,
            [done] {
                done({SecretStatus::Failed, QString(), QStringLiteral("The keyring is locked.")});
            },
            Qt::QueuedConnection);
    }
};

TeamServer teamServer()
{
    TeamServer server;
    server.host = QStringLiteral("journal.example.com");
    server.port = 6432;
    server.database = QStringLiteral("desk");
    server.user = QStringLiteral("ana");
    return server;
}

} // namespace

class TestJournalPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NumberDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_journalpreferences"));
    }
    void init() { QSettings().clear(); }

    void byDefault_theLocalFile_withTheTeamFieldsOff();
    void teamJournal_roundTrip_passwordInTheStoreOnly();
    void tlsOffOnARemoteHost_isRefusedInline();
    void anotherServer_needsItsOwnPassword();
    void keychainRefusesThePassword_dialogStaysAndSaysSo();
    void noKeychain_passwordForThisRunOnly_isSaidBeforeClosing();

private:
    // Chooses the team journal and fills every field as an agent would.
    static void fillTeam(PreferencesDialog &dialog, const TeamServer &server)
    {
        clickRadio(&dialog, "teamJournalRadio");
        QVERIFY(child<QWidget>(&dialog, "teamServerFields")->isEnabled());
        typeInto(&dialog, "hostEdit", server.host);
        auto *port = child<QSpinBox>(&dialog, "portSpin");
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, QString::number(server.port));
        typeInto(&dialog, "databaseEdit", server.database);
        typeInto(&dialog, "userEdit", server.user);
    }
};

void TestJournalPreferences::byDefault_theLocalFile_withTheTeamFieldsOff()
{
    SessionSecretStore store;
    PreferencesDialog dialog;
    dialog.setSecretStore(&store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(child<QRadioButton>(&dialog, "localJournalRadio")->isChecked());
    QVERIFY(!child<QWidget>(&dialog, "teamServerFields")->isEnabled());
    QCOMPARE(child<QSpinBox>(&dialog, "portSpin")->value(), 5432);
    QCOMPARE(child<QComboBox>(&dialog, "tlsCombo")->currentText(),
        QStringLiteral("Encrypted, certificate checked (verify-full)"));
    QVERIFY(!child<QLineEdit>(&dialog, "agentNameEdit")->placeholderText().isEmpty()); // the OS user
    QCOMPARE(child<QLabel>(&dialog, "journalRestartHint")->text(),
        QStringLiteral("NumberDesk uses the new journal from its next start."));
    QVERIFY(child<QLabel>(&dialog, "journalRestartHint")->isVisible());
    QVERIFY(!child<QLabel>(&dialog, "journalProblemLabel")->isVisible());
    QVERIFY(okButton(&dialog)->isEnabled());
}

void TestJournalPreferences::teamJournal_roundTrip_passwordInTheStoreOnly()
{
    SessionSecretStore store;
    {
        PreferencesDialog dialog;
        dialog.setSecretStore(&store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, "agentNameEdit", QStringLiteral("Ana Perez"));
        fillTeam(dialog, teamServer());
        // Nothing saved for this server yet: its password is needed.
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "journalProblemLabel")->text().contains(QLatin1String("password")));
        typeInto(&dialog, "passwordEdit", Password);
        QVERIFY(okButton(&dialog)->isEnabled());
        QVERIFY(!child<QLabel>(&dialog, "journalProblemLabel")->isVisible());
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible()); // once the store has the password
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QSettings settings;
    settings.sync();
    TeamJournalSettings expected;
    expected.agentName = QStringLiteral("Ana Perez");
    expected.useTeamJournal = true;
    expected.server = teamServer();
    QCOMPARE(TeamJournalSettings::load(settings), expected);
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("journal.example.com"));
    QVERIFY(!written.contains(Password.toUtf8()));
    QVERIFY(!written.toLower().contains("password"));
    const std::optional<SecretResult> kept = readBack(store, expected.passwordKey(), this);
    QVERIFY(kept && kept->ok());
    QCOMPARE(kept->secret, Password);
    QCOMPARE(expected.passwordKey(), QStringLiteral("team-journal/ana@journal.example.com:6432/desk"));

    // Opened again: everything as saved, the password not shown, and OK needs no new one.
    PreferencesDialog again;
    again.setSecretStore(&store);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(child<QRadioButton>(&again, "teamJournalRadio")->isChecked());
    QVERIFY(child<QWidget>(&again, "teamServerFields")->isEnabled());
    QCOMPARE(child<QLineEdit>(&again, "hostEdit")->text(), QStringLiteral("journal.example.com"));
    QCOMPARE(child<QSpinBox>(&again, "portSpin")->value(), 6432);
    QCOMPARE(child<QLineEdit>(&again, "agentNameEdit")->text(), QStringLiteral("Ana Perez"));
    QVERIFY(child<QLineEdit>(&again, "passwordEdit")->text().isEmpty());
    QVERIFY(okButton(&again)->isEnabled());
}

void TestJournalPreferences::tlsOffOnARemoteHost_isRefusedInline()
{
    SessionSecretStore store;
    PreferencesDialog dialog;
    dialog.setSecretStore(&store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillTeam(dialog, teamServer());
    typeInto(&dialog, "passwordEdit", Password);
    auto *tls = child<QComboBox>(&dialog, "tlsCombo");
    tls->setFocus();
    QTest::keyClick(tls, Qt::Key_Down);
    QCOMPARE(tls->currentText(), QStringLiteral("Not encrypted (only for a server on this computer)"));

    TeamServer remoteWithoutTls = teamServer();
    remoteWithoutTls.tls = TeamTlsMode::Off;
    QVERIFY(!remoteWithoutTls.problem().isEmpty());
    auto *problem = child<QLabel>(&dialog, "journalProblemLabel");
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), remoteWithoutTls.problem());
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(!child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Apply)->isEnabled());
    dialog.accept(); // even when asked directly (Enter in a field), nothing is saved
    QVERIFY(dialog.isVisible());
    QVERIFY(!QSettings().contains(QStringLiteral("journal/location")));

    // On this computer, no TLS is fine.
    typeInto(&dialog, "hostEdit", QStringLiteral("127.0.0.1"));
    QVERIFY(!problem->isVisible());
    QVERIFY(okButton(&dialog)->isEnabled());
}

void TestJournalPreferences::anotherServer_needsItsOwnPassword()
{
    SessionSecretStore store;
    TeamJournalSettings saved;
    saved.useTeamJournal = true;
    saved.server = teamServer();
    {
        QSettings settings;
        saved.save(settings);
    }
    PreferencesDialog dialog;
    dialog.setSecretStore(&store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(okButton(&dialog)->isEnabled());
    typeInto(&dialog, "hostEdit", QStringLiteral("other.example.com"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(
        child<QLabel>(&dialog, "journalProblemLabel")->text().contains(QLatin1String("other.example.com")));
    // Back to the local file: the team fields no longer count.
    clickRadio(&dialog, "localJournalRadio");
    QVERIFY(!child<QWidget>(&dialog, "teamServerFields")->isEnabled());
    QVERIFY(okButton(&dialog)->isEnabled());
}

void TestJournalPreferences::keychainRefusesThePassword_dialogStaysAndSaysSo()
{
    RefusingStore store;
    PreferencesDialog dialog;
    dialog.setSecretStore(&store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillTeam(dialog, teamServer());
    typeInto(&dialog, "passwordEdit", Password);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    auto *problem = child<QLabel>(&dialog, "journalProblemLabel");
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("The keyring is locked.")), qPrintable(problem->text()));
    QVERIFY(!problem->text().contains(Password));
    QVERIFY(dialog.isVisible());
    QVERIFY(okButton(&dialog)->isEnabled()); // to try again
}

void TestJournalPreferences::noKeychain_passwordForThisRunOnly_isSaidBeforeClosing()
{
    CredentialVault vault(std::make_unique<accountstest::UnavailableStore>());
    PreferencesDialog dialog;
    dialog.setSecretStore(&vault);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillTeam(dialog, teamServer());
    typeInto(&dialog, "passwordEdit", Password);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    auto *problem = child<QLabel>(&dialog, "journalProblemLabel");
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("until NumberDesk quits")), qPrintable(problem->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
    // Read, and accepted: the second OK closes.
    QVERIFY(okButton(&dialog)->isEnabled());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestJournalPreferences)
#include "tst_journalpreferences.moc"
