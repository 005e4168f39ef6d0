// ProfileStore over a temporary ini file: saving, reloading, the built-in sandbox, the first-run rule,
// refused base URLs, the --api-base temporary profile (active for one run, never saved), and that no
// secret ever reaches the settings file.

#include "SecretTestSupport.h"
#include "network/ApiEndpoints.h"
#include "profiles/CredentialVault.h"
#include "profiles/ProfileStore.h"
#include "profiles/SessionSecretStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace nd;

namespace {
ConnectionProfile draft(const QString &name,
    const QString &baseUrl = QStringLiteral("https://api.telegent.com/v1.0"),
    const QString &accountKey = QStringLiteral("DID-TEST-0001"))
{
    ConnectionProfile profile;
    profile.name = name;
    profile.baseUrl = QUrl(baseUrl);
    profile.accountKey = accountKey;
    return profile;
}
} // namespace

class tst_ProfileStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void newFile_isFirstRun_andListsOnlyTheSandbox();
    void add_thenReload_keepsEveryField();
    void add_assignsDistinctStableIds();
    void update_changesTheProfile_andSurvivesReload();
    void remove_forgetsTheProfile_andClearsItIfActive();
    void activeProfile_survivesReload_andEndsFirstRun();
    void choosingTheSandbox_endsFirstRun();
    void setActiveProfile_unknownId_isRefused();
    void sandbox_cannotBeRemovedOrEdited();
    void sandbox_baseUrlIsFilledAtRunTime_andNeverSaved();
    void add_badProfile_isRefusedWithAReason_data();
    void add_badProfile_isRefusedWithAReason();
    void update_badBaseUrl_keepsTheOldOne();
    void sharedSettings_otherKeysAreLeftAlone();
    void settingsFile_neverContainsTheSecret_evenAfterTheVaultStoredIt();
    void temporaryProfile_isListedLastAndActive_butNeverSaved();
    void temporaryProfile_keepsTheSavedActiveProfileForTheNextStart();
    void temporaryProfile_switchingToASavedOneWorks_andBackAgain();
    void temporaryProfile_removingTheSavedActiveOne_isNoConnectionChange();
    void temporaryProfile_badBaseUrl_isRefused_data();
    void temporaryProfile_badBaseUrl_isRefused();
    void temporaryProfile_cannotBeEditedOrRemoved_butTakesItsAccountKey();
    void temporaryProfile_secretStaysInSessionMemory();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("numberdesk.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ProfileStore::newFile_isFirstRun_andListsOnlyTheSandbox()
{
    ProfileStore store(iniPath());
    QVERIFY(store.isFirstRun());
    QCOMPARE(store.profiles().size(), 1);
    QVERIFY(store.profiles().constFirst().isSandbox);
    QCOMPARE(store.profiles().constFirst().id, ConnectionProfile::sandboxId());
    QVERIFY(!store.activeProfileId());
    QVERIFY(!store.activeProfile());
}

void tst_ProfileStore::add_thenReload_keepsEveryField()
{
    ConnectionProfile saved;
    {
        ProfileStore store(iniPath());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        const ProfileStore::AddResult result = store.add(draft(QStringLiteral("  Production  ")));
        QVERIFY2(result.profile, qPrintable(result.problem));
        saved = *result.profile;
        QCOMPARE(changed.size(), 1);
        QCOMPARE(saved.name, QStringLiteral("Production"));
        QVERIFY(!saved.isSandbox);
        QVERIFY(!store.isFirstRun());
    }
    ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.profiles().size(), 2);
    QCOMPARE(reloaded.profiles().at(1), saved);
    QCOMPARE(reloaded.profile(saved.id).value(), saved);
    QVERIFY(!reloaded.isFirstRun());
}

void tst_ProfileStore::add_assignsDistinctStableIds()
{
    ProfileStore store(iniPath());
    ConnectionProfile withId = draft(QStringLiteral("One"));
    withId.id = ConnectionProfile::sandboxId(); // ignored: the store assigns ids
    const auto one = store.add(withId).profile;
    const auto two = store.add(draft(QStringLiteral("Two"))).profile;
    QVERIFY(one && two);
    QVERIFY(one->id != two->id);
    QVERIFY(one->id != ConnectionProfile::sandboxId());
    QVERIFY(!QUuid::fromString(one->id).isNull());

    ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.profiles().at(1).id, one->id);
    QCOMPARE(reloaded.profiles().at(2).id, two->id);
}

void tst_ProfileStore::update_changesTheProfile_andSurvivesReload()
{
    ConnectionProfile profile;
    {
        ProfileStore store(iniPath());
        profile = store.add(draft(QStringLiteral("Staging"))).profile.value();
        profile.name = QStringLiteral("Staging EU");
        profile.baseUrl = QUrl(QStringLiteral("https://eu.api.example.com/v1.0"));
        profile.accountKey = QStringLiteral("DID-TEST-0002");
        const std::optional<QString> problem = store.update(profile);
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    }
    ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.profiles().size(), 2);
    QCOMPARE(reloaded.profile(profile.id).value(), profile);
}

void tst_ProfileStore::remove_forgetsTheProfile_andClearsItIfActive()
{
    QString keptId;
    {
        ProfileStore store(iniPath());
        const QString goneId = store.add(draft(QStringLiteral("Old"))).profile->id;
        keptId = store.add(draft(QStringLiteral("Kept"))).profile->id;
        QVERIFY(store.setActiveProfile(goneId));
        QSignalSpy activeChanged(&store, &ProfileStore::activeProfileChanged);
        QVERIFY(store.remove(goneId));
        QCOMPARE(activeChanged.size(), 1);
        QVERIFY(!store.activeProfileId());
        QVERIFY(!store.profile(goneId));
        QVERIFY(!store.remove(goneId));
    }
    ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.profiles().size(), 2);
    QCOMPARE(reloaded.profiles().at(1).id, keptId);
    QVERIFY(!reloaded.activeProfileId());
}

void tst_ProfileStore::activeProfile_survivesReload_andEndsFirstRun()
{
    QString id;
    {
        ProfileStore store(iniPath());
        id = store.add(draft(QStringLiteral("Production"))).profile->id;
        QSignalSpy activeChanged(&store, &ProfileStore::activeProfileChanged);
        QVERIFY(store.setActiveProfile(id));
        QCOMPARE(activeChanged.size(), 1);
        QCOMPARE(activeChanged.at(0).at(0).toString(), id);
    }
    ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.activeProfileId().value(), id);
    QCOMPARE(reloaded.activeProfile()->name, QStringLiteral("Production"));
    QVERIFY(!reloaded.isFirstRun());
}

void tst_ProfileStore::choosingTheSandbox_endsFirstRun()
{
    {
        ProfileStore store(iniPath());
        QVERIFY(store.isFirstRun());
        QVERIFY(store.setActiveProfile(ConnectionProfile::sandboxId()));
        QVERIFY(!store.isFirstRun());
    }
    ProfileStore reloaded(iniPath());
    QVERIFY(!reloaded.isFirstRun());
    QCOMPARE(reloaded.activeProfileId().value(), ConnectionProfile::sandboxId());
    QVERIFY(reloaded.activeProfile()->isSandbox);
}

void tst_ProfileStore::setActiveProfile_unknownId_isRefused()
{
    ProfileStore store(iniPath());
    QVERIFY(!store.setActiveProfile(QStringLiteral("no-such-profile")));
    QVERIFY(store.isFirstRun());
}

void tst_ProfileStore::sandbox_cannotBeRemovedOrEdited()
{
    ProfileStore store(iniPath());
    QVERIFY(!store.remove(ConnectionProfile::sandboxId()));
    ConnectionProfile sandbox = store.profile(ConnectionProfile::sandboxId()).value();
    sandbox.name = QStringLiteral("Renamed");
    QVERIFY(store.update(sandbox));
    QVERIFY(store.add(sandbox).problem.size() > 0); // isSandbox set
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().constFirst().id, ConnectionProfile::sandboxId());
    QVERIFY(store.profiles().constFirst().name != QStringLiteral("Renamed"));
}

void tst_ProfileStore::sandbox_baseUrlIsFilledAtRunTime_andNeverSaved()
{
    const QUrl sandboxUrl(QStringLiteral("http://127.0.0.1:45123/v1.0"));
    {
        ProfileStore store(iniPath());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        store.setSandboxConnection(sandboxUrl, QStringLiteral("DID-SANDBOX-0001"));
        QCOMPARE(changed.size(), 1);
        const ConnectionProfile sandbox = store.profile(ConnectionProfile::sandboxId()).value();
        QCOMPARE(sandbox.baseUrl, sandboxUrl);
        QCOMPARE(sandbox.accountKey, QStringLiteral("DID-SANDBOX-0001"));
        store.add(draft(QStringLiteral("Production"))); // forces a write
    }
    QFile ini(iniPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("45123"));
    ProfileStore reloaded(iniPath());
    QVERIFY(reloaded.profile(ConnectionProfile::sandboxId())->baseUrl.isEmpty());
}

void tst_ProfileStore::add_badProfile_isRefusedWithAReason_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("accountKey");

    const QString key = QStringLiteral("DID-TEST-0001");
    const QString goodUrl = QStringLiteral("https://api.telegent.com/v1.0");
    QTest::newRow("plain http to a remote host") << "Remote"
                                                 << "http://api.telegent.com/v1.0" << key;
    QTest::newRow("not a url") << "Broken"
                               << "api telegent" << key;
    QTest::newRow("empty url") << "Empty"
                               << "" << key;
    QTest::newRow("ftp") << "Ftp"
                         << "ftp://api.telegent.com/v1.0" << key;
    QTest::newRow("password in url") << "Userinfo"
                                     << "https://user:pw@api.telegent.com/v1.0" << key;
    QTest::newRow("query in url") << "Query"
                                  << "https://api.telegent.com/v1.0?x=1" << key;
    QTest::newRow("no name") << "   " << goodUrl << key;
    QTest::newRow("sandbox's name") << "Sandbox (this computer)" << goodUrl << key;
    QTest::newRow("no account key") << "Keyless" << goodUrl << " ";
}

void tst_ProfileStore::add_badProfile_isRefusedWithAReason()
{
    QFETCH(QString, name);
    QFETCH(QString, baseUrl);
    QFETCH(QString, accountKey);
    ProfileStore store(iniPath());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    const ProfileStore::AddResult result = store.add(draft(name, baseUrl, accountKey));
    QVERIFY(!result.profile);
    QVERIFY(!result.problem.isEmpty());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(store.profiles().size(), 1);
    QVERIFY(store.isFirstRun());
}

void tst_ProfileStore::update_badBaseUrl_keepsTheOldOne()
{
    ProfileStore store(iniPath());
    const ConnectionProfile original = store.add(draft(QStringLiteral("Production"))).profile.value();
    QVERIFY(store.add(draft(QStringLiteral("Other"))).profile);
    ConnectionProfile changed = original;
    changed.baseUrl = QUrl(QStringLiteral("http://example.com/v1.0"));
    QVERIFY(store.update(changed));
    changed = original;
    changed.name = QStringLiteral("other"); // names are unique, ignoring case
    QVERIFY(store.update(changed));
    QCOMPARE(store.profile(original.id).value(), original);

    ConnectionProfile local = original; // plain http is fine on this machine
    local.baseUrl = QUrl(QStringLiteral("http://localhost:8080/v1.0"));
    QVERIFY(!store.update(local));
}

void tst_ProfileStore::sharedSettings_otherKeysAreLeftAlone()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), QStringLiteral("kept"));
    {
        ProfileStore store(&settings);
        const QString id = store.add(draft(QStringLiteral("A"))).profile->id;
        store.add(draft(QStringLiteral("B")));
        QVERIFY(store.remove(id));
    }
    QCOMPARE(settings.value(QStringLiteral("window/geometry")).toString(), QStringLiteral("kept"));
    ProfileStore reloaded(&settings);
    QCOMPARE(reloaded.profiles().size(), 2);
    QCOMPARE(reloaded.profiles().at(1).name, QStringLiteral("B"));
}

void tst_ProfileStore::settingsFile_neverContainsTheSecret_evenAfterTheVaultStoredIt()
{
    const QString secret = QStringLiteral("pr0file-store-secret-7Qx");
    test::LogCapture log;
    ProfileStore store(iniPath());
    // A store of our own stands in for the OS credential store: this test is about the settings file.
    CredentialVault vault(std::make_unique<SessionSecretStore>());
    const ConnectionProfile profile = store.add(draft(QStringLiteral("Production"))).profile.value();
    QVERIFY(store.setActiveProfile(profile.id));

    const auto written = test::waitForResult(
        [&](QObject *context, SecretCallback done) { vault.writeSecret(profile.id, secret, context, done); });
    QVERIFY(written && written->ok());
    const auto read = test::waitForResult(
        [&](QObject *context, SecretCallback done) { vault.readSecret(profile.id, context, done); });
    QVERIFY(read && read->ok());
    QCOMPARE(read->secret, secret);

    ConnectionProfile renamed = profile;
    renamed.name = QStringLiteral("Production (renamed)");
    QVERIFY(!store.update(renamed));

    QFile ini(iniPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(bytes.contains(profile.id.toUtf8())); // the file is the one written
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(test::filesContaining(m_dir->path(), secret).isEmpty());

    QVERIFY(!log.messagesContaining(profile.id).isEmpty());
    QVERIFY(log.messagesContaining(secret).isEmpty());
}

void tst_ProfileStore::temporaryProfile_isListedLastAndActive_butNeverSaved()
{
    const QUrl url(QStringLiteral("https://staging.telegent.example/v1.0"));
    {
        ProfileStore store(iniPath());
        store.add(draft(QStringLiteral("Production")));
        QSignalSpy activeChanged(&store, &ProfileStore::activeProfileChanged);
        QCOMPARE(store.useTemporaryProfile(url), std::nullopt);
        QCOMPARE(activeChanged.size(), 1);
        QCOMPARE(store.profiles().size(), 3);
        const ConnectionProfile temporary = store.profiles().constLast();
        QVERIFY(temporary.isTemporary);
        QCOMPARE(temporary.id, ConnectionProfile::temporaryId());
        QCOMPARE(temporary.name, QStringLiteral("Command line: staging.telegent.example"));
        QCOMPARE(temporary.baseUrl, url);
        QVERIFY(temporary.accountKey.isEmpty()); // asked for, like the secret
        QCOMPARE(store.activeProfileId(), temporary.id);
        QCOMPARE(store.activeProfile(), temporary);
        QVERIFY(store.setTemporaryAccountKey(QStringLiteral("DID-STAGING-7")));
        store.add(draft(QStringLiteral("Another"))); // forces a write while it is active
    }
    QFile ini(iniPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(!bytes.contains("staging.telegent.example"));
    QVERIFY(!bytes.contains("DID-STAGING-7"));
    QVERIFY(!bytes.contains(ConnectionProfile::temporaryId().toUtf8()));

    ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.profiles().size(), 3); // the sandbox and the two saved ones
    for (const ConnectionProfile &profile : reloaded.profiles())
        QVERIFY(!profile.isTemporary);
    QVERIFY(!reloaded.profile(ConnectionProfile::temporaryId()));
    QCOMPARE(reloaded.activeProfileId(), std::nullopt);
}

void tst_ProfileStore::temporaryProfile_keepsTheSavedActiveProfileForTheNextStart()
{
    QString savedId;
    {
        ProfileStore store(iniPath());
        savedId = store.add(draft(QStringLiteral("Production"))).profile->id;
        QVERIFY(store.setActiveProfile(savedId));
    }
    {
        ProfileStore store(iniPath()); // started with --api-base
        QCOMPARE(store.useTemporaryProfile(QUrl(QStringLiteral("http://127.0.0.1:8080/v1.0"))), std::nullopt);
        QCOMPARE(store.activeProfileId(), ConnectionProfile::temporaryId());
        QVERIFY(!store.isFirstRun());
        store.add(draft(QStringLiteral("Written meanwhile")));
    }
    ProfileStore nextStart(iniPath());
    QCOMPARE(nextStart.activeProfileId(), savedId);
    QCOMPARE(nextStart.activeProfile()->name, QStringLiteral("Production"));
}

// With --api-base in use, removing the profile saved as active changes nothing the desk sends to: no
// activeProfileChanged (it would stop following the order on screen as if the account had changed).
void tst_ProfileStore::temporaryProfile_removingTheSavedActiveOne_isNoConnectionChange()
{
    ProfileStore store(iniPath());
    const QString savedId = store.add(draft(QStringLiteral("Production"))).profile->id;
    QVERIFY(store.setActiveProfile(savedId));
    QCOMPARE(store.useTemporaryProfile(QUrl(QStringLiteral("http://127.0.0.1:8080/v1.0"))), std::nullopt);
    QSignalSpy activeChanged(&store, &ProfileStore::activeProfileChanged);
    QVERIFY(store.remove(savedId));
    QCOMPARE(activeChanged.size(), 0);
    QCOMPARE(store.activeProfileId(), ConnectionProfile::temporaryId());

    // Without the temporary profile, removing the active one is a change.
    ProfileStore other(iniPath() + QStringLiteral(".other"));
    const QString otherId = other.add(draft(QStringLiteral("Staging"))).profile->id;
    QVERIFY(other.setActiveProfile(otherId));
    QSignalSpy otherChanged(&other, &ProfileStore::activeProfileChanged);
    QVERIFY(other.remove(otherId));
    QCOMPARE(otherChanged.size(), 1);
}

void tst_ProfileStore::temporaryProfile_switchingToASavedOneWorks_andBackAgain()
{
    ProfileStore store(iniPath());
    const QString savedId = store.add(draft(QStringLiteral("Production"))).profile->id;
    QCOMPARE(store.useTemporaryProfile(QUrl(QStringLiteral("https://staging.telegent.example/v1.0"))),
        std::nullopt);
    QSignalSpy activeChanged(&store, &ProfileStore::activeProfileChanged);

    QVERIFY(store.setActiveProfile(savedId));
    QCOMPARE(store.activeProfileId(), savedId);
    QCOMPARE(activeChanged.size(), 1);
    QCOMPARE(store.profiles().size(), 3); // still listed: the agent may go back to it this session
    QVERIFY(store.setActiveProfile(ConnectionProfile::temporaryId()));
    QCOMPARE(store.activeProfileId(), ConnectionProfile::temporaryId());
    QCOMPARE(activeChanged.size(), 2);

    // Only the switch to the saved profile was saved.
    ProfileStore nextStart(iniPath());
    QCOMPARE(nextStart.activeProfileId(), savedId);
}

void tst_ProfileStore::temporaryProfile_badBaseUrl_isRefused_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::newRow("plain http to another computer") << QStringLiteral("http://api.telegent.com/v1.0");
    QTest::newRow("not a web address") << QStringLiteral("ftp://api.telegent.com/v1.0");
    QTest::newRow("empty") << QString();
}

void tst_ProfileStore::temporaryProfile_badBaseUrl_isRefused()
{
    QFETCH(QString, baseUrl);
    ProfileStore store(iniPath());
    const std::optional<QString> problem = store.useTemporaryProfile(QUrl(baseUrl));
    QVERIFY(problem && !problem->isEmpty());
    QCOMPARE(problem, ApiEndpoints::problemWithBaseUrl(QUrl(baseUrl))); // the same rule as saved profiles
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.activeProfileId(), std::nullopt);
    QVERIFY(!store.setTemporaryAccountKey(QStringLiteral("DID-1")));
}

void tst_ProfileStore::temporaryProfile_cannotBeEditedOrRemoved_butTakesItsAccountKey()
{
    ProfileStore store(iniPath());
    QCOMPARE(store.useTemporaryProfile(QUrl(QStringLiteral("https://staging.telegent.example/v1.0"))),
        std::nullopt);
    ConnectionProfile temporary = store.activeProfile().value();
    QVERIFY(!store.remove(temporary.id));
    temporary.name = QStringLiteral("Renamed");
    temporary.accountKey = QStringLiteral("DID-1");
    QVERIFY(store.update(temporary).has_value());
    QVERIFY(!store.add(temporary).problem.isEmpty()); // isTemporary set
    QCOMPARE(store.profiles().size(), 2);

    QVERIFY(!store.setTemporaryAccountKey(QStringLiteral("   ")));
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    QVERIFY(store.setTemporaryAccountKey(QStringLiteral(" DID-STAGING-7 ")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.activeProfile()->accountKey, QStringLiteral("DID-STAGING-7"));
    QCOMPARE(store.activeProfile()->name, QStringLiteral("Command line: staging.telegent.example"));
}

void tst_ProfileStore::temporaryProfile_secretStaysInSessionMemory()
{
    // The "operating-system store" is a stand-in we can look into: the secret must not reach it.
    auto persistent = std::make_unique<SessionSecretStore>();
    SessionSecretStore *keychain = persistent.get();
    CredentialVault vault(std::move(persistent));
    const QString id = ConnectionProfile::temporaryId();
    const auto written = test::waitForResult([&](QObject *context, SecretCallback done) {
        vault.writeSecret(id, QStringLiteral("temp-secret"), context, done);
    });
    QVERIFY(written && written->ok());
    const auto read = test::waitForResult(
        [&](QObject *context, SecretCallback done) { vault.readSecret(id, context, done); });
    QVERIFY(read && read->ok());
    QCOMPARE(read->secret, QStringLiteral("temp-secret"));
    const auto inKeychain = test::waitForResult(
        [&](QObject *context, SecretCallback done) { keychain->readSecret(id, context, done); });
    QVERIFY(inKeychain);
    QCOMPARE(inKeychain->status, SecretStatus::NotFound);
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
