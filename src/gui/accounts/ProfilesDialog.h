#pragma once

// Accounts: the connection profiles (the built-in sandbox, then the saved accounts), to add, edit,
// remove, test and make active. Names, addresses and AccountKeys go to the ProfileStore (QSettings);
// the AccountSecret goes to the CredentialVault only, and the dialog says plainly when the vault can
// keep it for this session only. Opened from the main window's Accounts… entry and by FirstRunDialog.

#include "profiles/ConnectionProfile.h"

#include <QDialog>
#include <QString>
#include <memory>
#include <optional>

namespace Ui {
class ProfilesDialog;
}

namespace nd {

class ApiClient;

class ConnectionTest;
class CredentialVault;
class ProfileStore;
struct SecretResult;

class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    // Neither is owned; both must outlive the dialog.
    ProfilesDialog(ProfileStore *store, CredentialVault *vault, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // A successful "Test connection" offers its token to `desk` (ApiClient::offerTokens), so the desk
    // does not ask for another one when it switches to the tested profile.
    void setDeskClient(ApiClient *desk);
    // First run: a profile saved here becomes the active one.
    void setMakeNewProfilesActive(bool makeActive) { m_makeNewActive = makeActive; }
    void startNewProfile();
    void selectProfile(const QString &id);
    // The profile shown in the editor; nullopt while a new one is being written.
    std::optional<QString> editedProfileId() const { return m_editingId; }

    void saveProfile();
    void removeSelectedProfile(); // asks first (UserPrompts)
    void testConnection();

signals:
    // After a save attempt has finished, secret included. `profileId` is empty when it was refused.
    void saveFinished(bool saved, const QString &profileId);
    void testFinished(bool succeeded);

protected:
    void changeEvent(QEvent *event) override;

private:
    void nameEditor(); // the editor's title and the secret's placeholder, for the profile edited
    void refreshList();
    void onCurrentRowChanged(int row);
    void showProfile(const ConnectionProfile &profile);
    ConnectionProfile draft() const;
    std::optional<QString> problem() const;
    // The saved profile's server when the base URL now names another one and no secret is typed.
    std::optional<QUrl> savedServerIfMoved() const;
    void updateState();
    void updateStorageNote();
    void storeSecret(const QString &profileId, const QString &secret);
    void onSecretStored(const QString &profileId, const SecretResult &result);
    void keepRefusedSecretForSession();
    void startTest(const QString &secret);
    void showTestResult(bool succeeded, const QString &text);
    void showSecretNote(const QString &text, bool isProblem);

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    ProfileStore *m_store = nullptr;
    CredentialVault *m_vault = nullptr;
    ConnectionTest *m_test = nullptr;
    std::optional<QString> m_editingId; // nullopt: a new profile
    bool m_editingBuiltIn = false; // the sandbox or the --api-base profile: shown, never edited
    bool m_makeNewActive = false;
    bool m_refreshing = false;
    bool m_readingSecret = false;
    // A secret the credential store refused, kept until the user chooses "this session only" or moves
    // on; memory only.
    std::optional<std::pair<QString, QString>> m_refusedSecret;
    // A saved profile moving to another server: applied once its new secret is stored (saveProfile).
    std::optional<ConnectionProfile> m_pendingMove;
};

} // namespace nd
