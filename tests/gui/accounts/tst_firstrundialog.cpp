// The first-run dialog: "Use the sandbox" makes the sandbox the active profile and ends the first run;
// "Add an account" opens the accounts dialog on a new profile that becomes active once saved.

#include "AccountsTestSupport.h"
#include "gui/accounts/FirstRunDialog.h"
#include "gui/accounts/ProfilesDialog.h"

#include <QCommandLinkButton>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace nd;
using accountstest::Accounts;

class TestFirstRunDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sandboxChoice_makesSandboxActive_andEndsFirstRun();
    void addAccountChoice_opensProfilesOnANewProfile_thatBecomesActive();
    void enter_choosesTheSandbox();
};

void TestFirstRunDialog::sandboxChoice_makesSandboxActive_andEndsFirstRun()
{
    Accounts accounts;
    QVERIFY(accounts.store->isFirstRun());
    FirstRunDialog dialog(accounts.store.get(), accounts.vault.get());
    dialog.show();
    QSignalSpy chosen(&dialog, &FirstRunDialog::sandboxChosen);
    QTest::mouseClick(
        dialog.findChild<QCommandLinkButton *>(QStringLiteral("sandboxButton")), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(accounts.store->activeProfileId(), ConnectionProfile::sandboxId());
    QVERIFY(!accounts.store->isFirstRun());
    // Remembered: the next start is not a first run.
    ProfileStore again(accounts.iniPath);
    QVERIFY(!again.isFirstRun());
}

void TestFirstRunDialog::addAccountChoice_opensProfilesOnANewProfile_thatBecomesActive()
{
    Accounts accounts;
    QWidget window;
    window.show();
    auto *dialog = new FirstRunDialog(accounts.store.get(), accounts.vault.get(), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    QPointer<ProfilesDialog> profiles;
    connect(dialog, &FirstRunDialog::profilesDialogOpened, this,
        [&profiles](ProfilesDialog *opened) { profiles = opened; });
    QTest::mouseClick(
        dialog->findChild<QCommandLinkButton *>(QStringLiteral("addAccountButton")), Qt::LeftButton);
    QVERIFY(profiles);
    QVERIFY(profiles->isVisible());
    QVERIFY(!profiles->editedProfileId()); // a new profile
    QVERIFY(accounts.store->isFirstRun()); // nothing chosen yet

    QTest::keyClicks(profiles->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Acme"));
    QTest::keyClicks(
        profiles->findChild<QLineEdit *>(QStringLiteral("accountKeyEdit")), QStringLiteral("DID-9"));
    QTest::keyClicks(
        profiles->findChild<QLineEdit *>(QStringLiteral("accountSecretEdit")), QStringLiteral("s"));
    QSignalSpy saved(profiles.data(), &ProfilesDialog::saveFinished);
    QTest::mouseClick(profiles->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(saved.wait());
    QVERIFY(saved.first().first().toBool());
    const QString id = saved.first().at(1).toString();
    QCOMPARE(accounts.store->activeProfileId(), id);
    QVERIFY(!accounts.store->isFirstRun());
    profiles->close();
    QTRY_VERIFY(profiles.isNull()); // deleted on close
}

void TestFirstRunDialog::enter_choosesTheSandbox()
{
    Accounts accounts;
    FirstRunDialog dialog(accounts.store.get(), accounts.vault.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(accounts.store->activeProfileId(), ConnectionProfile::sandboxId());
}

QTEST_MAIN(TestFirstRunDialog)
#include "tst_firstrundialog.moc"
