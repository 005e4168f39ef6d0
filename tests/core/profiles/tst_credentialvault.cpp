// CredentialVault's choices, with a scripted stand-in for the OS credential store: keep using it while
// it works, switch to session memory for good once it is unavailable, keep the sandbox in memory, pass
// other failures through, and never call back a caller that has gone.

#include "SecretTestSupport.h"
#include "profiles/ConnectionProfile.h"
#include "profiles/CredentialVault.h"

#include <QHash>
#include <QMetaObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace nd;

namespace {
// Answers every operation with `nextStatus` (from the event loop), remembering what it was asked.
class ScriptedStore final : public SecretStore
{
public:
    SecretStatus nextStatus = SecretStatus::Ok;
    QHash<QString, QString> saved;
    int calls = 0;

    void readSecret(const QString &profileId, QObject *context, SecretCallback done) override
    {
        answer(context, std::move(done),
            {nextStatus, nextStatus == SecretStatus::Ok ? saved.value(profileId) : QString(), message()});
    }
    void writeSecret(
        const QString &profileId, const QString &secret, QObject *context, SecretCallback done) override
    {
        if (nextStatus == SecretStatus::Ok)
            saved.insert(profileId, secret);
        answer(context, std::move(done), {nextStatus, {}, message()});
    }
    void deleteSecret(const QString &profileId, QObject *context, SecretCallback done) override
    {
        if (nextStatus == SecretStatus::Ok)
            saved.remove(profileId);
        answer(context, std::move(done), {nextStatus, {}, message()});
    }

private:
    QString message() const
    {
        return nextStatus == SecretStatus::Unavailable
            ? QStringLiteral("The credential store is unavailable (D-Bus is not running).")
            : QString();
    }
    void answer(QObject *context, SecretCallback done, SecretResult result)
    {
        ++calls;
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result = std::move(result)] { done(result); },
            Qt::QueuedConnection);
    }
};

const QString profileId = QStringLiteral("9b0c6f0e-1111-4c1e-8a53-2f1f6c1e0001");
const QString secret = QStringLiteral("vault-secret-Zr81");
} // namespace

class tst_CredentialVault final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void availableStore_keepsTheSecretThere();
    void unavailableStore_onWrite_switchesToSessionMemory_andStillKeepsTheSecret();
    void unavailableStore_onRead_switchesAndReportsNothingSaved();
    void afterTheSwitch_theStoreIsNotAskedAgain();
    void sandbox_isAlwaysKeptInSessionMemory();
    void refusedAccess_isReported_withoutSwitching();
    void deleteSecret_removesIt();
    void callerGone_isNotCalledBack_butTheWriteHappens();
    void logs_neverContainTheSecret();

private:
    std::optional<SecretResult> write(const QString &id, const QString &value)
    {
        return test::waitForResult(
            [&](QObject *context, SecretCallback done) { m_vault->writeSecret(id, value, context, done); });
    }
    std::optional<SecretResult> read(const QString &id)
    {
        return test::waitForResult(
            [&](QObject *context, SecretCallback done) { m_vault->readSecret(id, context, done); });
    }
    std::optional<SecretResult> remove(const QString &id)
    {
        return test::waitForResult(
            [&](QObject *context, SecretCallback done) { m_vault->deleteSecret(id, context, done); });
    }

    ScriptedStore *m_store = nullptr; // owned by m_vault
    std::unique_ptr<CredentialVault> m_vault;
};

void tst_CredentialVault::init()
{
    auto store = std::make_unique<ScriptedStore>();
    m_store = store.get();
    m_vault = std::make_unique<CredentialVault>(std::move(store));
}

void tst_CredentialVault::cleanup()
{
    m_vault.reset();
    m_store = nullptr;
}

void tst_CredentialVault::availableStore_keepsTheSecretThere()
{
    QVERIFY(write(profileId, secret)->ok());
    QCOMPARE(m_store->saved.value(profileId), secret);
    const auto result = read(profileId);
    QVERIFY(result->ok());
    QCOMPARE(result->secret, secret);
    QVERIFY(m_vault->isPersistent());
    QVERIFY(m_vault->sessionOnlyExplanation().isEmpty());
}

void tst_CredentialVault::unavailableStore_onWrite_switchesToSessionMemory_andStillKeepsTheSecret()
{
    QSignalSpy switched(m_vault.get(), &CredentialVault::sessionOnlyStarted);
    m_store->nextStatus = SecretStatus::Unavailable;
    QVERIFY(write(profileId, secret)->ok());
    QVERIFY(!m_vault->isPersistent());
    QCOMPARE(switched.size(), 1);
    const QString explanation = m_vault->sessionOnlyExplanation();
    QCOMPARE(switched.at(0).at(0).toString(), explanation);
    QVERIFY(explanation.contains(QStringLiteral(
        "The credential store is unavailable (D-Bus is not running)."))); // the store's own reason
    QVERIFY(explanation.contains(QStringLiteral("this session only")));
    QVERIFY(!explanation.contains(secret));

    const auto result = read(profileId);
    QVERIFY(result->ok());
    QCOMPARE(result->secret, secret);
}

void tst_CredentialVault::unavailableStore_onRead_switchesAndReportsNothingSaved()
{
    m_store->nextStatus = SecretStatus::Unavailable;
    const auto result = read(profileId);
    QCOMPARE(result->status, SecretStatus::NotFound); // so the app asks for the secret
    QVERIFY(!m_vault->isPersistent());
}

void tst_CredentialVault::afterTheSwitch_theStoreIsNotAskedAgain()
{
    QSignalSpy switched(m_vault.get(), &CredentialVault::sessionOnlyStarted);
    m_store->nextStatus = SecretStatus::Unavailable;
    QVERIFY(write(profileId, secret)->ok());
    const int callsBefore = m_store->calls;
    m_store->nextStatus = SecretStatus::Ok; // came back: still not used for the rest of the run
    QVERIFY(write(QStringLiteral("other"), secret)->ok());
    QVERIFY(read(profileId)->ok());
    QVERIFY(remove(profileId)->ok());
    QCOMPARE(m_store->calls, callsBefore);
    QVERIFY(m_store->saved.isEmpty());
    QCOMPARE(switched.size(), 1);
    QVERIFY(!m_vault->isPersistent());
}

void tst_CredentialVault::sandbox_isAlwaysKeptInSessionMemory()
{
    QVERIFY(write(ConnectionProfile::sandboxId(), QStringLiteral("sandbox-secret-0001"))->ok());
    QCOMPARE(read(ConnectionProfile::sandboxId())->secret, QStringLiteral("sandbox-secret-0001"));
    QCOMPARE(m_store->calls, 0);
    QVERIFY(m_vault->isPersistent());
}

void tst_CredentialVault::refusedAccess_isReported_withoutSwitching()
{
    m_store->nextStatus = SecretStatus::Failed;
    QCOMPARE(write(profileId, secret)->status, SecretStatus::Failed);
    QVERIFY(m_vault->isPersistent());

    m_vault->useSessionMemoryOnly(QStringLiteral("The keyring stayed locked."));
    QVERIFY(!m_vault->isPersistent());
    QVERIFY(m_vault->sessionOnlyExplanation().contains(QStringLiteral("The keyring stayed locked.")));
    QVERIFY(write(profileId, secret)->ok());
    QCOMPARE(read(profileId)->secret, secret);
}

void tst_CredentialVault::deleteSecret_removesIt()
{
    QVERIFY(write(profileId, secret)->ok());
    QVERIFY(remove(profileId)->ok());
    QVERIFY(!m_store->saved.contains(profileId));

    QVERIFY(write(ConnectionProfile::sandboxId(), secret)->ok());
    QVERIFY(remove(ConnectionProfile::sandboxId())->ok());
    QCOMPARE(read(ConnectionProfile::sandboxId())->status, SecretStatus::NotFound);
}

void tst_CredentialVault::callerGone_isNotCalledBack_butTheWriteHappens()
{
    m_store->nextStatus = SecretStatus::Unavailable;
    bool calledBack = false;
    {
        QObject caller;
        m_vault->writeSecret(
            profileId, secret, &caller, [&calledBack](const SecretResult &) { calledBack = true; });
    }
    QTRY_VERIFY(!m_vault->isPersistent()); // the store's answer arrived and the fallback ran
    QCOMPARE(read(profileId)->secret, secret);
    QVERIFY(!calledBack);
}

void tst_CredentialVault::logs_neverContainTheSecret()
{
    test::LogCapture log;
    QVERIFY(write(profileId, secret)->ok());
    m_store->nextStatus = SecretStatus::Unavailable;
    QVERIFY(write(profileId, secret)->ok());
    QCOMPARE(read(profileId)->secret, secret);
    QVERIFY(remove(profileId)->ok());
    QVERIFY(!log.messages().isEmpty());
    QVERIFY(log.messagesContaining(secret).isEmpty());
}

QTEST_GUILESS_MAIN(tst_CredentialVault)
#include "tst_credentialvault.moc"
