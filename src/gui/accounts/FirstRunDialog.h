#pragma once

// The first start's question: "Use the sandbox" (makes the built-in sandbox the active profile, which
// ends the first run) or "Add an account" (opens ProfilesDialog on a new profile that becomes active
// once saved). Shown by the app at startup when ProfileStore::isFirstRun(), never in --sandbox mode.

#include <QDialog>
#include <QPointer>
#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace nd {

class ApiClient;

class CredentialVault;
class ProfileStore;
class ProfilesDialog;

class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    // Neither is owned; both must outlive the dialog and the ProfilesDialog it may open.
    FirstRunDialog(ProfileStore *store, CredentialVault *vault, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    void setDeskClient(ApiClient *desk); // passed on to the ProfilesDialog it opens
    void chooseSandbox();
    void chooseAddAccount();

signals:
    void sandboxChosen();
    // Opened window-modal over this dialog's parent and deleted when closed.
    void profilesDialogOpened(nd::ProfilesDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    ProfileStore *m_store = nullptr;
    CredentialVault *m_vault = nullptr;
    QPointer<ApiClient> m_desk;
};

} // namespace nd
