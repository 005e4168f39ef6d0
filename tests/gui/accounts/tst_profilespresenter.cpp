// The Accounts dialog's workflows without a widget (ProfilesPresenter): add, edit, cancel an edit by
// moving on, remove (the active profile too), keep a refused secret for this session, and test the
// connection against the in-process sandbox with the right secret, a wrong one and the saved one. Each
// checks the State it passes through and what may be done meanwhile; failures are driven by a credential
// store that refuses (a locked keyring) and by a server that says no.

#include "../../core/profiles/SecretTestSupport.h"
#include "AccountsTestSupport.h"
#include "gui/accounts/ProfilesPresenter.h"
#include "sandbox/SandboxServer.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace nd;
using accountstest::Accounts;
using accountstest::RefusingStore;
using State = ProfilesPresenter::State;
using Target = ProfilesPresenter::Target;
using TestNote = ProfilesPresenter::TestNote;

namespace {

// Every state the presenter moves to from the one it was in when the log started, in order.
class StateLog final
{
public:
    explicit StateLog(const ProfilesPresenter &presenter) : m_last(presenter.state())
    {
        QObject::connect(&presenter, &ProfilesPresenter::stateChanged, &m_context, [this, &presenter] {
            if (presenter.state() == m_last)
                return;
            m_last = presenter.state();
            m_states.append(m_last);
        });
    }
    QList<State> states() const { return m_states; }

private:
    QObject m_context;
    State m_last;
    QList<State> m_states;
};

ProfilesPresenter::Fields fields(
    const QString &name, const QString &url, const QString &key, const QString &secret)
{
    return {name, url, key, secret};
}

// Saves and waits for the answer, secret included: (saved, profile id).
std::pair<bool, QString> save(ProfilesPresenter &presenter)
{
    QSignalSpy finished(&presenter, &ProfilesPresenter::saveFinished);
    presenter.save();
    if (finished.isEmpty() && !finished.wait())
        return {false, QStringLiteral("(no answer)")};
    return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
}

std::optional<SecretResult> read(CredentialVault &vault, const QString &id)
{
    return test::waitForResult(
        [&vault, id](QObject *context, SecretCallback done) { vault.readSecret(id, context, done); });
}

} // namespace

class TestProfilesPresenter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newProfile_saved_secretGoesToTheVaultOnly();
    void newProfile_withoutBaseUrl_cannotBeSavedAndSaysWhy();
    void sandbox_cannotBeSavedOrRemoved();
    void commandLineProfile_isBuiltIn_cannotBeSavedOrRemoved();
    void savedProfile_renamedWithoutSecret_keepsTheSavedSecret();
    void duplicateName_isRefusedWithTheReason();
    void editCancelled_byMovingOn_savesNothing();
    void secretStoreRefuses_offersThisSessionOnly_andKeepsItThere();
    void secretStoreRefuses_thenMovingOn_forgetsTheRefusedSecret();
    void movedToAnotherServer_secretRefused_staysOnTheOldServer();
    void movingOn_whileTheSecretIsSaved_isRefused_andTheMoveIsApplied();
    void removeActiveProfile_showsTheSandbox_andDeletesTheSecret();
    void removeSandbox_isRefused();
    void activate_makesTheEditedProfileActive();
    void testConnection_rightSecret_succeeds_andBlocksOtherWorkMeanwhile();
    void testConnection_wrongSecret_failsWithTheServersWords();
    void testConnection_savedProfile_readsTheSavedSecret();
    void testConnection_savedProfileWithoutSecret_saysSo();
    void savedProfile_movedWithoutSecret_neitherTestsNorSaves();
};

void TestProfilesPresenter::newProfile_saved_secretGoesToTheVaultOnly()
{
    Accounts accounts;
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    QSignalSpy editing(&presenter, &ProfilesPresenter::editingStarted);
    presenter.startNew();
    QCOMPARE(editing.size(), 1);
    QCOMPARE(presenter.target(), Target::NewProfile);
    QCOMPARE(presenter.state(), State::Editing);
    QVERIFY(!presenter.editedProfileId());
    QVERIFY(presenter.isUntouched());
    QVERIFY(!presenter.fields().baseUrl.isEmpty()); // the vendor's address, ready to use
    QVERIFY(!presenter.canRemove());

    presenter.setFields(fields(QStringLiteral("Acme"), QStringLiteral("https://api.example.com/v1.0"),
        QStringLiteral("DID-1001"), QStringLiteral("first-secret-1")));
    QVERIFY(!presenter.isUntouched());
    QVERIFY(presenter.canSave());
    StateLog log(presenter);
    QSignalSpy notes(&presenter, &ProfilesPresenter::secretNoteChanged);
    const auto [saved, id] = save(presenter);
    QVERIFY(saved);
    QCOMPARE(log.states(), (QList<State> {State::SavingSecret, State::Editing}));
    QCOMPARE(accounts.store->profiles().size(), 2);
    QCOMPARE(accounts.store->profile(id)->accountKey, QStringLiteral("DID-1001"));
    QCOMPARE(presenter.editedProfileId(), id);
    QCOMPARE(presenter.target(), Target::SavedProfile);
    QVERIFY(presenter.fields().secret.isEmpty()); // not kept once stored
    QCOMPARE(read(*accounts.vault, id)->secret, QStringLiteral("first-secret-1"));
    QVERIFY(notes.last().at(0).toString().contains(QLatin1String("credential store")));
    QCOMPARE(notes.last().at(1).toBool(), false);
}

void TestProfilesPresenter::newProfile_withoutBaseUrl_cannotBeSavedAndSaysWhy()
{
    Accounts accounts;
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    presenter.startNew();
    presenter.setFields(
        fields(QStringLiteral("Acme"), QString(), QStringLiteral("DID-1"), QStringLiteral("s")));
    QCOMPARE(presenter.problem(), QStringLiteral("Enter the server's base URL."));
    QVERIFY(!presenter.canSave());
    QVERIFY(!presenter.canTest());
    const auto [saved, id] = save(presenter);
    QVERIFY(!saved);
    QVERIFY(id.isEmpty());
    QCOMPARE(accounts.store->profiles().size(), 1);
}

void TestProfilesPresenter::sandbox_cannotBeSavedOrRemoved()
{
    Accounts accounts;
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    QVERIFY(presenter.edit(ConnectionProfile::sandboxId()));
    QCOMPARE(presenter.target(), Target::BuiltIn);
    QVERIFY(!presenter.problem());
    QVERIFY(!presenter.canSave());
    QVERIFY(!presenter.canRemove());
    QVERIFY(!presenter.edit(QStringLiteral("no-such-profile")));
    QCOMPARE(presenter.target(), Target::BuiltIn);
}

// The --api-base profile lives for this run only: the dialog shows it like the sandbox, never edits it.
void TestProfilesPresenter::commandLineProfile_isBuiltIn_cannotBeSavedOrRemoved()
{
    Accounts accounts;
    QCOMPARE(accounts.store->useTemporaryProfile(QUrl(QStringLiteral("https://api.example.com/v1.0"))),
        std::nullopt);
    const std::optional<QString> id = ConnectionProfile::temporaryId();
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    QVERIFY(presenter.edit(*id));
    QCOMPARE(presenter.target(), Target::BuiltIn);
    QVERIFY(!presenter.problem());
    QVERIFY(!presenter.canSave());
    QVERIFY(!presenter.canRemove());
    presenter.setFields(fields(QStringLiteral("Renamed"), QStringLiteral("https://other.example.com"),
        QStringLiteral("DID-9"), QStringLiteral("secret")));
    const auto [saved, savedId] = save(presenter);
    QVERIFY(!saved);
    QVERIFY(savedId.isEmpty());
    QCOMPARE(accounts.store->profile(*id)->baseUrl, QUrl(QStringLiteral("https://api.example.com/v1.0")));
}

void TestProfilesPresenter::savedProfile_renamedWithoutSecret_keepsTheSavedSecret()
{
    Accounts accounts;
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    presenter.startNew();
    presenter.setFields(fields(QStringLiteral("Acme"), QStringLiteral("https://api.example.com/v1.0"),
        QStringLiteral("DID-1"), QStringLiteral("kept-secret")));
    const QString id = save(presenter).second;
    QCOMPARE(presenter.fields().name, QStringLiteral("Acme"));

    QSignalSpy notes(&presenter, &ProfilesPresenter::secretNoteChanged);
    ProfilesPresenter::Fields renamed = presenter.fields();
    renamed.name = QStringLiteral("Acme (prod)");
    presenter.setFields(renamed);
    StateLog log(presenter);
    QCOMPARE(save(presenter), std::make_pair(true, id));
    QVERIFY(!log.states().contains(State::SavingSecret)); // nothing typed: the vault is not asked
    QCOMPARE(accounts.store->profile(id)->name, QStringLiteral("Acme (prod)"));
    QCOMPARE(read(*accounts.vault, id)->secret, QStringLiteral("kept-secret"));
    QVERIFY(notes.last().at(0).toString().contains(QLatin1String("No new secret was typed")));
}

void TestProfilesPresenter::duplicateName_isRefusedWithTheReason()
{
    Accounts accounts;
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    presenter.startNew();
    presenter.setFields(fields(QStringLiteral("Acme"), QStringLiteral("https://api.example.com/v1.0"),
        QStringLiteral("DID-1"), QString()));
    QVERIFY(save(presenter).first);
    presenter.startNew();
    presenter.setFields(fields(QStringLiteral("ACME"), QStringLiteral("https://api.example.com/v1.0"),
        QStringLiteral("DID-2"), QStringLiteral("x")));
    QVERIFY(presenter.problem().value_or(QString()).contains(QLatin1String("already exists")));
    QVERIFY(!presenter.canSave());
    QVERIFY(!save(presenter).first);
    QCOMPARE(accounts.store->profiles().size(), 2);
}

void TestProfilesPresenter::editCancelled_byMovingOn_savesNothing()
{
    Accounts accounts;
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    presenter.startNew();
    presenter.setFields(fields(QStringLiteral("Acme"), QStringLiteral("https://api.example.com/v1.0"),
        QStringLiteral("DID-1"), QStringLiteral("secret-1")));
    const QString id = save(presenter).second;

    presenter.setFields(fields(QStringLiteral("Renamed"), QStringLiteral("https://other.example.com/v1.0"),
        QStringLiteral("DID-9"), QStringLiteral("secret-9")));
    QVERIFY(presenter.edit(ConnectionProfile::sandboxId())); // moving on cancels the edit
    QVERIFY(presenter.edit(id));
    QCOMPARE(presenter.fields().name, QStringLiteral("Acme"));
    QCOMPARE(presenter.fields().accountKey, QStringLiteral("DID-1"));
    QVERIFY(presenter.fields().secret.isEmpty());
    const ConnectionProfile stored = *accounts.store->profile(id);
    QCOMPARE(stored.name, QStringLiteral("Acme"));
    QCOMPARE(stored.baseUrl.host(), QStringLiteral("api.example.com"));
    QCOMPARE(read(*accounts.vault, id)->secret, QStringLiteral("secret-1"));

    // A new profile abandoned half typed leaves nothing behind either.
    presenter.startNew();
    presenter.setFields(
        fields(QStringLiteral("Half"), QStringLiteral("https://api.example.com/v1.0"), QString(), QString()));
    presenter.edit(id);
    QCOMPARE(accounts.store->profiles().size(), 2);
}

void TestProfilesPresenter::secretStoreRefuses_offersThisSessionOnly_andKeepsItThere()
{
    bool refuse = true;
    Accounts accounts;
    accounts.vault = std::make_unique<CredentialVault>(std::make_unique<RefusingStore>(&refuse));
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    presenter.startNew();
    presenter.setFields(fields(QStringLiteral("Acme"), QStringLiteral("https://api.example.com/v1.0"),
        QStringLiteral("DID-1"), QStringLiteral("refused-secret-3")));
    QSignalSpy notes(&presenter, &ProfilesPresenter::secretNoteChanged);
    const auto [saved, id] = save(presenter);
    QVERIFY(!saved);
    QVERIFY(!id.isEmpty()); // the profile itself was saved
    QVERIFY(accounts.store->profile(id));
    QCOMPARE(presenter.state(), State::Editing);
    QVERIFY(notes.last().at(0).toString().contains(QLatin1String("did not take the secret")));
    QVERIFY(notes.last().at(0).toString().contains(QLatin1String("The keyring is locked.")));
    QCOMPARE(notes.last().at(1).toBool(), true);
    QVERIFY(presenter.canKeepRefusedSecretForSession());
    QVERIFY(accounts.vault->isPersistent());

    QSignalSpy finished(&presenter, &ProfilesPresenter::saveFinished);
    presenter.keepRefusedSecretForSession();
    QCOMPARE(presenter.state(), State::SavingSecret);
    QVERIFY(!presenter.canKeepRefusedSecretForSession());
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!accounts.vault->isPersistent());
    QVERIFY(accounts.vault->sessionOnlyExplanation().contains(QLatin1String("You chose not to use")));
    QCOMPARE(read(*accounts.vault, id)->secret, QStringLiteral("refused-secret-3"));
    QVERIFY(!presenter.canKeepRefusedSecretForSession());
    QVERIFY(notes.last().at(0).toString().contains(QLatin1String("this session only")));
}

void TestProfilesPresenter::secretStoreRefuses_thenMovingOn_forgetsTheRefusedSecret()
{
    bool refuse = true;
    Accounts accounts;
    accounts.vault = std::make_unique<CredentialVault>(std::make_unique<RefusingStore>(&refuse));
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    presenter.startNew();
    presenter.setFields(fields(QStringLiteral("Acme"), QStringLiteral("https://api.example.com/v1.0"),
        QStringLiteral("DID-1"), QStringLiteral("refused-secret-4")));
    const QString id = save(presenter).second;
    QVERIFY(presenter.canKeepRefusedSecretForSession());
    presenter.edit(ConnectionProfile::sandboxId());
    QVERIFY(!presenter.canKeepRefusedSecretForSession());
    presenter.keepRefusedSecretForSession(); // nothing left to keep
    QCOMPARE(presenter.state(), State::Editing);
    QVERIFY(accounts.vault->isPersistent());
    QCOMPARE(read(*accounts.vault, id)->status, SecretStatus::NotFound);
}

void TestProfilesPresenter::movedToAnotherServer_secretRefused_staysOnTheOldServer()
{
    bool refuse = false;
    Accounts accounts;
    accounts.vault = std::make_unique<CredentialVault>(std::make_unique<RefusingStore>(&refuse));
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    presenter.startNew();
    presenter.setFields(fields(QStringLiteral("Acme"), QStringLiteral("https://old.example.com/v1.0"),
        QStringLiteral("DID-1"), QStringLiteral("old-secret")));
    const QString id = save(presenter).second;

    refuse = true;
    ProfilesPresenter::Fields moved = presenter.fields();
    moved.baseUrl = QStringLiteral("https://new.example.com/v1.0");
    moved.secret = QStringLiteral("new-secret");
    presenter.setFields(moved);
    QSignalSpy notes(&presenter, &ProfilesPresenter::secretNoteChanged);
    QCOMPARE(save(presenter), std::make_pair(false, id));
    // The address waits for its secret: the old server keeps the old secret, never gets the new one.
    QCOMPARE(accounts.store->profile(id)->baseUrl.host(), QStringLiteral("old.example.com"));
    QCOMPARE(read(*accounts.vault, id)->secret, QStringLiteral("old-secret"));
    QVERIFY(notes.last().at(0).toString().contains(QLatin1String("still uses its old server")));

    // Kept for this session instead: now the move is applied.
    QSignalSpy finished(&presenter, &ProfilesPresenter::saveFinished);
    presenter.keepRefusedSecretForSession();
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(accounts.store->profile(id)->baseUrl.host(), QStringLiteral("new.example.com"));
    QCOMPARE(read(*accounts.vault, id)->secret, QStringLiteral("new-secret"));
}

// Choosing another profile while a moved profile's new secret is being written would drop the move and
// leave the new server's secret under the old address: refused until the write has answered.
void TestProfilesPresenter::movingOn_whileTheSecretIsSaved_isRefused_andTheMoveIsApplied()
{
    Accounts accounts;
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    presenter.startNew();
    presenter.setFields(fields(QStringLiteral("Acme"), QStringLiteral("https://old.example.com/v1.0"),
        QStringLiteral("DID-1"), QStringLiteral("old-secret")));
    const QString id = save(presenter).second;
    QVERIFY(!id.isEmpty());

    ProfilesPresenter::Fields moved = presenter.fields();
    moved.baseUrl = QStringLiteral("https://new.example.com/v1.0");
    moved.secret = QStringLiteral("new-secret");
    presenter.setFields(moved);
    QSignalSpy finished(&presenter, &ProfilesPresenter::saveFinished);
    presenter.save();
    QCOMPARE(presenter.state(), State::SavingSecret);
    QVERIFY(!presenter.canMoveOn());
    QVERIFY(!presenter.edit(ConnectionProfile::sandboxId()));
    QVERIFY(!presenter.startNew());
    QCOMPARE(presenter.editedProfileId(), id);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(accounts.store->profile(id)->baseUrl.host(), QStringLiteral("new.example.com"));
    QCOMPARE(read(*accounts.vault, id)->secret, QStringLiteral("new-secret"));
    QVERIFY(presenter.canMoveOn());
    QVERIFY(presenter.edit(ConnectionProfile::sandboxId()));
}

void TestProfilesPresenter::removeActiveProfile_showsTheSandbox_andDeletesTheSecret()
{
    Accounts accounts;
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    presenter.setMakeNewProfilesActive(true);
    presenter.startNew();
    presenter.setFields(fields(QStringLiteral("Acme"), QStringLiteral("https://api.example.com/v1.0"),
        QStringLiteral("DID-1"), QStringLiteral("doomed-secret")));
    const QString id = save(presenter).second;
    QCOMPARE(accounts.store->activeProfileId(), id);
    QVERIFY(presenter.canRemove());
    QVERIFY(!presenter.canActivate()); // active already

    QSignalSpy editing(&presenter, &ProfilesPresenter::editingStarted);
    QVERIFY(presenter.remove(id));
    QCOMPARE(accounts.store->profiles().size(), 1);
    QVERIFY(!accounts.store->activeProfileId());
    QCOMPARE(editing.size(), 1);
    QCOMPARE(presenter.target(), Target::BuiltIn);
    QCOMPARE(presenter.editedProfileId(), ConnectionProfile::sandboxId());
    QTRY_COMPARE(read(*accounts.vault, id)->status, SecretStatus::NotFound);
    QVERIFY(!presenter.remove(id)); // gone already
}

void TestProfilesPresenter::removeSandbox_isRefused()
{
    Accounts accounts;
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    presenter.edit(ConnectionProfile::sandboxId());
    QVERIFY(!presenter.remove(ConnectionProfile::sandboxId()));
    QCOMPARE(accounts.store->profiles().size(), 1);
}

void TestProfilesPresenter::activate_makesTheEditedProfileActive()
{
    Accounts accounts;
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    presenter.startNew();
    QVERIFY(!presenter.activate()); // nothing saved to activate
    presenter.setFields(fields(QStringLiteral("Acme"), QStringLiteral("https://api.example.com/v1.0"),
        QStringLiteral("DID-1"), QString()));
    const QString id = save(presenter).second;
    QVERIFY(presenter.canActivate());
    QVERIFY(presenter.activate());
    QCOMPARE(accounts.store->activeProfileId(), id);
    QVERIFY(!presenter.canActivate());
}

void TestProfilesPresenter::testConnection_rightSecret_succeeds_andBlocksOtherWorkMeanwhile()
{
    sandbox::SandboxServer server;
    QVERIFY(server.start(0));
    Accounts accounts;
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    presenter.startNew();
    presenter.setFields(fields(QStringLiteral("Local"), server.baseUrl().toString(),
        server.options().accountKey, server.options().accountSecret));
    QVERIFY(presenter.canTest());
    QSignalSpy notes(&presenter, &ProfilesPresenter::testNoteChanged);
    QSignalSpy finished(&presenter, &ProfilesPresenter::testFinished);
    presenter.test();
    QCOMPARE(presenter.state(), State::Testing);
    QVERIFY(!presenter.canTest());
    QVERIFY(!presenter.canSave());
    presenter.test(); // a second click while the first runs asks nothing more
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(presenter.state(), State::Editing);
    QVERIFY(presenter.canTest());
    QCOMPARE(notes.first().at(1).value<TestNote>(), TestNote::Asking);
    QCOMPARE(notes.last().at(1).value<TestNote>(), TestNote::Succeeded);
    QVERIFY2(notes.last().at(0).toString().startsWith(QLatin1String("Connected")),
        qPrintable(notes.last().at(0).toString()));
    QCOMPARE(server.tokensIssued(), 1);
}

void TestProfilesPresenter::testConnection_wrongSecret_failsWithTheServersWords()
{
    sandbox::SandboxServer server;
    QVERIFY(server.start(0));
    Accounts accounts;
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    presenter.startNew();
    const QString wrong = QStringLiteral("wrong-secret-93");
    presenter.setFields(
        fields(QStringLiteral("Local"), server.baseUrl().toString(), server.options().accountKey, wrong));
    QSignalSpy notes(&presenter, &ProfilesPresenter::testNoteChanged);
    QSignalSpy finished(&presenter, &ProfilesPresenter::testFinished);
    presenter.test();
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(presenter.state(), State::Editing);
    QCOMPARE(notes.last().at(1).value<TestNote>(), TestNote::Failed);
    const QString shown = notes.last().at(0).toString();
    QVERIFY2(shown.contains(QLatin1String("Invalid account credentials provided")), qPrintable(shown));
    QVERIFY(!shown.contains(wrong));
}

void TestProfilesPresenter::testConnection_savedProfile_readsTheSavedSecret()
{
    sandbox::SandboxServer server;
    QVERIFY(server.start(0));
    Accounts accounts;
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    presenter.startNew();
    presenter.setFields(fields(QStringLiteral("Local"), server.baseUrl().toString(),
        server.options().accountKey, server.options().accountSecret));
    QVERIFY(save(presenter).first);
    QVERIFY(presenter.fields().secret.isEmpty());
    QVERIFY(presenter.canTest()); // with the saved secret
    StateLog log(presenter);
    QSignalSpy finished(&presenter, &ProfilesPresenter::testFinished);
    presenter.test();
    QCOMPARE(presenter.state(), State::ReadingSecret);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(log.states(), (QList<State> {State::ReadingSecret, State::Testing, State::Editing}));
    QCOMPARE(server.tokensIssued(), 1);
}

void TestProfilesPresenter::testConnection_savedProfileWithoutSecret_saysSo()
{
    sandbox::SandboxServer server;
    QVERIFY(server.start(0));
    Accounts accounts;
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    presenter.startNew();
    presenter.setFields(
        fields(QStringLiteral("Local"), server.baseUrl().toString(), server.options().accountKey, QString()));
    QVERIFY(save(presenter).first);
    QSignalSpy notes(&presenter, &ProfilesPresenter::testNoteChanged);
    QSignalSpy finished(&presenter, &ProfilesPresenter::testFinished);
    presenter.test();
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(notes.last().at(0).toString().contains(QLatin1String("No secret is saved for this profile")));
    QCOMPARE(server.tokensIssued(), 0);
}

void TestProfilesPresenter::savedProfile_movedWithoutSecret_neitherTestsNorSaves()
{
    sandbox::SandboxServer saved;
    QVERIFY(saved.start(0));
    sandbox::SandboxServer other;
    QVERIFY(other.start(0));
    const QString tokenPath = QStringLiteral("/v1.0/oauth2/tokens");
    Accounts accounts;
    ProfilesPresenter presenter(accounts.store.get(), accounts.vault.get());
    presenter.startNew();
    presenter.setFields(fields(QStringLiteral("Local"), saved.baseUrl().toString(),
        saved.options().accountKey, saved.options().accountSecret));
    QVERIFY(save(presenter).first);

    ProfilesPresenter::Fields moved = presenter.fields();
    moved.baseUrl = other.baseUrl().toString();
    presenter.setFields(moved);
    QVERIFY(presenter.problem().value_or(QString()).contains(QLatin1String("type the AccountSecret again")));
    QVERIFY(!presenter.canTest());
    QVERIFY(!presenter.canSave());
    presenter.test(); // even when asked directly
    QCOMPARE(presenter.state(), State::Editing);
    QVERIFY(!save(presenter).first);
    QCOMPARE(other.requestCount(tokenPath), 0);
    QCOMPARE(saved.requestCount(tokenPath), 0);
    QCOMPARE(accounts.store->profile(*presenter.editedProfileId())->baseUrl.port(), saved.baseUrl().port());
}

QTEST_GUILESS_MAIN(TestProfilesPresenter)
#include "tst_profilespresenter.moc"
