// KeychainSecretStore and CredentialVault against a real Secret Service: a private, unlocked
// gnome-keyring on a private D-Bus session (isolated-keyring.sh unlocked), never the user's keyring.

#include "SecretTestSupport.h"
#include "profiles/CredentialVault.h"
#include "profiles/KeychainSecretStore.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace nd;

namespace {
const QString secret = QStringLiteral("keyring-secret-Hq7-\u00e9\u4e2d");
} // namespace

class tst_KeychainAvailable final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void writeReadDelete_roundTrip();
    void readSecret_nothingSaved_isNotFound();
    void deleteSecret_nothingSaved_isOk();
    void vault_staysPersistent_andSettingsHoldNoSecret();

private:
    std::optional<SecretResult> write(SecretStore &store, const QString &id, const QString &value)
    {
        return test::waitForResult(
            [&](QObject *context, SecretCallback done) { store.writeSecret(id, value, context, done); });
    }
    std::optional<SecretResult> read(SecretStore &store, const QString &id)
    {
        return test::waitForResult(
            [&](QObject *context, SecretCallback done) { store.readSecret(id, context, done); });
    }
    std::optional<SecretResult> remove(SecretStore &store, const QString &id)
    {
        return test::waitForResult(
            [&](QObject *context, SecretCallback done) { store.deleteSecret(id, context, done); });
    }

    QString m_scratch;
};

void tst_KeychainAvailable::initTestCase()
{
    m_scratch = qEnvironmentVariable("NUMBERDESK_TEST_SCRATCH");
    if (m_scratch.isEmpty())
        QSKIP("Run through CTest (tests/core/profiles/isolated-keyring.sh): this test writes to the keyring "
              "and must not touch the real user's.");
    const QString skip = qEnvironmentVariable("NUMBERDESK_KEYRING_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("No Secret Service for this test: ") + skip));
    QCOMPARE(qEnvironmentVariable("NUMBERDESK_KEYRING"), QStringLiteral("unlocked"));
    QVERIFY(QDir::homePath().startsWith(m_scratch));
}

void tst_KeychainAvailable::writeReadDelete_roundTrip()
{
    test::LogCapture log;
    KeychainSecretStore store;
    const QString id = QStringLiteral("0f4e3c2a-2222-4d0b-9f00-roundtrip0001");

    const auto written = write(store, id, secret);
    QVERIFY(written);
    QVERIFY2(written->ok(), qPrintable(written->message));
    auto readBack = read(store, id);
    QVERIFY(readBack);
    QVERIFY2(readBack->ok(), qPrintable(readBack->message));
    QCOMPARE(readBack->secret, secret);

    const QString replacement = QStringLiteral("keyring-secret-replaced-55");
    QVERIFY(write(store, id, replacement)->ok());
    QCOMPARE(read(store, id)->secret, replacement);

    const auto deleted = remove(store, id);
    QVERIFY2(deleted->ok(), qPrintable(deleted->message));
    QCOMPARE(read(store, id)->status, SecretStatus::NotFound);

    QVERIFY(!log.messagesContaining(id).isEmpty());
    QVERIFY(log.messagesContaining(secret).isEmpty());
    QVERIFY(log.messagesContaining(replacement).isEmpty());
}

void tst_KeychainAvailable::readSecret_nothingSaved_isNotFound()
{
    KeychainSecretStore store;
    const auto result = read(store, QStringLiteral("never-saved"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretStatus::NotFound);
    QVERIFY(result->secret.isEmpty());
}

void tst_KeychainAvailable::deleteSecret_nothingSaved_isOk()
{
    KeychainSecretStore store;
    const auto result = remove(store, QStringLiteral("never-saved"));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
}

void tst_KeychainAvailable::vault_staysPersistent_andSettingsHoldNoSecret()
{
    test::LogCapture log;
    const QString iniPath = m_scratch + QStringLiteral("/numberdesk.ini");
    ProfileStore profiles(iniPath);
    ConnectionProfile draft;
    draft.name = QStringLiteral("Production");
    draft.baseUrl = QUrl(QStringLiteral("https://api.telegent.com/v1.0"));
    draft.accountKey = QStringLiteral("DID-TEST-0001");
    const ConnectionProfile profile = profiles.add(draft).profile.value();

    {
        CredentialVault vault;
        QVERIFY(write(vault, profile.id, secret)->ok());
        QVERIFY(vault.isPersistent());
    }
    {
        CredentialVault nextRun; // a new vault reads it back: it was saved, not just remembered
        const auto readBack = read(nextRun, profile.id);
        QVERIFY2(readBack->ok(), qPrintable(readBack->message));
        QCOMPARE(readBack->secret, secret);
        QVERIFY(nextRun.isPersistent());
    }
    KeychainSecretStore store;
    QCOMPARE(read(store, profile.id)->secret, secret); // under service "NumberDesk", key = profile id

    QFile ini(iniPath);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(bytes.contains(profile.id.toUtf8()));
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(log.messagesContaining(secret).isEmpty());
    // The keyring file is encrypted, and QtKeychain's plain-text fallback stayed off.
    QCOMPARE(test::filesContaining(m_scratch, secret), QStringList());

    QVERIFY(remove(store, profile.id)->ok());
}

QTEST_GUILESS_MAIN(tst_KeychainAvailable)
#include "tst_keychainavailable.moc"
