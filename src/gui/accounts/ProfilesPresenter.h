#pragma once

// What the Accounts dialog does, without its widgets: which profile is being edited (a saved one, the
// built-in sandbox, or a new one), what is wrong with what is typed, and the workflows (save, with the
// secret going to the CredentialVault only; keep a refused secret for this session; remove; make
// active; test the connection), each with one explicit State while it runs. ProfilesDialog shows the
// fields, pushes what is typed with setFields() and follows the signals; tests drive it directly.

#include "profiles/ConnectionProfile.h"

#include <QObject>
#include <QString>
#include <optional>
#include <utility>

namespace nd {

class ApiClient;
class ConnectionTest;
class CredentialVault;
class ProfileStore;
struct SecretResult;

class ProfilesPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesPresenter)

public:
    // What is under way. One at a time: while the credential store or a server is asked, nothing else
    // is started (Save, Test and Remove wait).
    enum class State {
        Editing, // nothing under way
        SavingSecret, // the credential store is taking a typed secret
        ReadingSecret, // the saved secret is being read, to test the connection with it
        Testing, // the server is being asked for a token
    };
    Q_ENUM(State)

    // What the editor shows.
    enum class Target {
        NewProfile,
        SavedProfile,
        BuiltIn, // the sandbox or the --api-base profile: shown, tested, never edited or removed
    };
    Q_ENUM(Target)

    // How a line about the connection test reads.
    enum class TestNote { Reading, Asking, Succeeded, Failed };
    Q_ENUM(TestNote)

    // The editor's fields as typed.
    struct Fields
    {
        QString name;
        QString baseUrl;
        QString accountKey;
        QString secret;
    };

    // Neither is owned; both must outlive the presenter.
    ProfilesPresenter(ProfileStore *store, CredentialVault *vault, QObject *parent = nullptr);
    ~ProfilesPresenter() override;

    // A successful test offers its token to `desk` (ApiClient::offerTokens).
    void setDeskClient(ApiClient *desk);
    // First run: a profile added here becomes the active one.
    void setMakeNewProfilesActive(bool makeActive) { m_makeNewActive = makeActive; }

    State state() const { return m_state; }
    Target target() const { return m_target; }
    // The saved profile (or the sandbox) being edited; nullopt for a new one.
    std::optional<QString> editedProfileId() const { return m_editingId; }
    std::optional<ConnectionProfile> editedProfile() const;

    // Shows a saved profile or the sandbox (false for an unknown id, or while !canMoveOn()). Forgets what
    // was typed and not saved, and a refused secret: switching away cancels the edit.
    bool edit(const QString &profileId);
    bool startNew();
    void setFields(const Fields &typed);
    // What is typed; when editing starts, what the editor shows (no secret: a saved one stays unread).
    const Fields &fields() const { return m_typed; }
    ConnectionProfile draft() const;

    // Why what is typed cannot be saved or tested; nullopt when it can.
    std::optional<QString> problem() const;
    // A new profile nothing has been typed into yet: its problems are not worth showing.
    bool isUntouched() const;
    bool canSave() const;
    bool canTest() const;
    bool canRemove() const;
    // Another profile may be chosen (edit, startNew) only while nothing is being saved, read or tested:
    // false otherwise, and those calls are refused.
    bool canMoveOn() const { return m_state == State::Editing; }
    bool canActivate() const;
    // The credential store refused the last secret: it can be kept for this session instead.
    bool canKeepRefusedSecretForSession() const;

    void save();
    void keepRefusedSecretForSession();
    // The user has confirmed. Removes the profile, then its secret; shows the active profile after.
    bool remove(const QString &profileId);
    bool activate();
    void test();

signals:
    void stateChanged(); // state(), target(), problem() or what can be done may have changed
    void editingStarted(); // edit() or startNew(), also from a save or removal: show the edited profile
    void secretNoteChanged(const QString &text, bool isProblem);
    void saveRefused(const QString &reason); // the store would not take the profile
    void testNoteChanged(const QString &text, nd::ProfilesPresenter::TestNote note);
    // After a save attempt has finished, secret included. `profileId` is empty when it was refused.
    void saveFinished(bool saved, const QString &profileId);
    void testFinished(bool succeeded);

private:
    // The saved profile's server when the base URL now names another one and no secret is typed.
    std::optional<QUrl> savedServerIfMoved() const;
    void setState(State state);
    void forgetUnsaved();
    void storeSecret(const QString &profileId, const QString &secret);
    void onSecretStored(const QString &profileId, const SecretResult &result);
    void startTest(const QString &secret);
    void onTestFinished(bool succeeded, const QString &text);

    ProfileStore *m_store = nullptr;
    CredentialVault *m_vault = nullptr;
    ConnectionTest *m_test = nullptr;
    State m_state = State::Editing;
    Target m_target = Target::NewProfile;
    std::optional<QString> m_editingId; // nullopt: a new profile
    Fields m_typed;
    bool m_makeNewActive = false;
    // A secret the credential store refused (profile id, secret), kept until the user keeps it for this
    // session only or moves on; memory only.
    std::optional<std::pair<QString, QString>> m_refusedSecret;
    // A saved profile moving to another server: applied once its new secret is stored.
    std::optional<ConnectionProfile> m_pendingMove;
};

} // namespace nd
