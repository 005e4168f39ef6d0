// With no D-Bus session there is no credential store (isolated-keyring.sh no-dbus): KeychainSecretStore
// says so, CredentialVault falls back to session memory and explains why, the secret still works for the
// session, and nothing reaches the disk or the logs.

#include "SecretTestSupport.h"
#include "profiles/CredentialVault.h"
#include "profiles/KeychainSecretStore.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace nd;

namespace {
const QString secret = QStringLiteral("no-dbus-secret-Kd93-\u00e9");
} // namespace

class tst_KeychainUnavailable final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void keychainStore_reportsUnavailable_data();
    void keychainStore_reportsUnavailable();
    void vault_fallsBackToSessionMemory_andWritesNothingToDisk();

private:
    QString m_scratch;
};

void tst_KeychainUnavailable::initTestCase()
{
    m_scratch = qEnvironmentVariable("NUMBERDESK_TEST_SCRATCH");
    if (m_scratch.isEmpty())
        QSKIP("Run through CTest (tests/core/profiles/isolated-keyring.sh no-dbus): the test needs a process "
              "without a D-Bus session and must not touch the real user's keyring.");
    QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    QVERIFY(QDir::homePath().startsWith(m_scratch));
}

void tst_KeychainUnavailable::keychainStore_reportsUnavailable_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("write") << QStringLiteral("write");
    QTest::newRow("read") << QStringLiteral("read");
    QTest::newRow("delete") << QStringLiteral("delete");
}

void tst_KeychainUnavailable::keychainStore_reportsUnavailable()
{
    QFETCH(QString, operation);
    test::LogCapture log;
    KeychainSecretStore store;
    const QString id = QStringLiteral("5d1c0a9e-3333-4b7a-8c21-unavailable01");
    const auto result = test::waitForResult([&](QObject *context, SecretCallback done) {
        if (operation == QLatin1String("write"))
            store.writeSecret(id, secret, context, done);
        else if (operation == QLatin1String("read"))
            store.readSecret(id, context, done);
        else
            store.deleteSecret(id, context, done);
    });
    QVERIFY(result);
    QCOMPARE(result->status, SecretStatus::Unavailable);
    QVERIFY(result->message.startsWith(QStringLiteral("This computer's credential store is unavailable")));
    QVERIFY(result->secret.isEmpty());
    QVERIFY(!log.messagesContaining(QStringLiteral("credential store unavailable")).filter(id).isEmpty());
    QVERIFY(log.messagesContaining(secret).isEmpty());
}

void tst_KeychainUnavailable::vault_fallsBackToSessionMemory_andWritesNothingToDisk()
{
    test::LogCapture log;
    ProfileStore profiles(m_scratch + QStringLiteral("/numberdesk.ini"));
    ConnectionProfile draft;
    draft.name = QStringLiteral("Production");
    draft.baseUrl = QUrl(QStringLiteral("https://api.telegent.com/v1.0"));
    draft.accountKey = QStringLiteral("DID-TEST-0001");
    const ConnectionProfile profile = profiles.add(draft).profile.value();
    QVERIFY(profiles.setActiveProfile(profile.id));

    CredentialVault vault;
    QSignalSpy switched(&vault, &CredentialVault::sessionOnlyStarted);
    QVERIFY(vault.isPersistent()); // until the store has been tried

    const auto written = test::waitForResult(
        [&](QObject *context, SecretCallback done) { vault.writeSecret(profile.id, secret, context, done); });
    QVERIFY(written);
    QVERIFY2(written->ok(), qPrintable(written->message));
    QVERIFY(!vault.isPersistent());
    QCOMPARE(switched.size(), 1);
    const QString explanation = vault.sessionOnlyExplanation();
    QVERIFY(explanation.contains(QStringLiteral("session only")));
    QVERIFY(explanation.contains(QStringLiteral("never written to disk")));
    QVERIFY(!explanation.contains(secret));

    const auto readBack = test::waitForResult(
        [&](QObject *context, SecretCallback done) { vault.readSecret(profile.id, context, done); });
    QVERIFY(readBack && readBack->ok());
    QCOMPARE(readBack->secret, secret);

    // Another run of the app starts without it: it was never saved anywhere.
    CredentialVault nextRun;
    const auto nextRead = test::waitForResult(
        [&](QObject *context, SecretCallback done) { nextRun.readSecret(profile.id, context, done); });
    QVERIFY(nextRead);
    QCOMPARE(nextRead->status, SecretStatus::NotFound);
    QVERIFY(!nextRun.isPersistent());

    QCOMPARE(test::filesContaining(m_scratch, secret), QStringList());
    QVERIFY(!log.messagesContaining(profile.id).isEmpty());
    QCOMPARE(log.messagesContaining(secret), QStringList());
}

QTEST_GUILESS_MAIN(tst_KeychainUnavailable)
#include "tst_keychainunavailable.moc"
