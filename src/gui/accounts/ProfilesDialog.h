#pragma once

// Accounts: the connection profiles (the built-in sandbox, then the saved accounts), to add, edit,
// remove, test and make active. Names, addresses and AccountKeys go to the ProfileStore (QSettings);
// the AccountSecret goes to the CredentialVault only, and the dialog says plainly when the vault can
// keep it for this session only. Opened from the main window's Accounts… entry and by FirstRunDialog.
// The workflows and their decisions live in ProfilesPresenter; the dialog shows them.

#include "gui/accounts/ProfilesPresenter.h"
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

class CredentialVault;
class ProfileStore;

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
    void setMakeNewProfilesActive(bool makeActive);
    void startNewProfile();
    void selectProfile(const QString &id);
    // The profile shown in the editor; nullopt while a new one is being written.
    std::optional<QString> editedProfileId() const;

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
    void showEditedProfile(); // the presenter started editing: the list's selection and the fields
    void pushFields();
    void updateState();
    void updateStorageNote();
    void showTestNote(const QString &text, ProfilesPresenter::TestNote note);
    void showSecretNote(const QString &text, bool isProblem);

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    ProfileStore *m_store = nullptr;
    CredentialVault *m_vault = nullptr;
    bool m_refreshing = false; // the list is being rebuilt or reselected: its selection is not the user's
    std::unique_ptr<ProfilesPresenter> m_presenter; // last: goes first, while the widgets still exist
};

} // namespace nd
