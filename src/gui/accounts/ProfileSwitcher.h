#pragma once

// The main window's "where do requests go" control: a profile chooser, and the words for the window's
// connection banner (summary()). Choosing a profile makes it the store's active one and points the ApiClient
// at it: base URL and AccountKey at once, the secret when the CredentialVault answers (asynchronously). A
// profile without a secret asks for it (ProfileSecretPrompt), to be saved or kept for this session only.
// Until a secret is there the client stays unconfigured, so nothing can be sent to the wrong account. Placed
// by MainWindow in its toolbar.

#include "gui/common/ConnectionBanner.h"
#include "profiles/ConnectionProfile.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace nd {

class ApiClient;
class CredentialVault;
class ProfileSecretPrompt;
class ProfileStore;
struct SecretResult;

class ProfileSwitcher final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSwitcher)

public:
    // None is owned; all must outlive the switcher.
    ProfileSwitcher(
        ProfileStore *store, CredentialVault *vault, ApiClient *client, QWidget *parent = nullptr);
    ~ProfileSwitcher() override;

    // Points the client at the store's active profile (startup; called again whenever it changes).
    void applyActiveProfile();
    std::optional<ConnectionProfile> currentProfile() const { return m_profile; }
    // True once the client has the current profile's complete credentials.
    bool isReady() const { return m_ready; }
    const ConnectionSummary &summary() const { return m_summary; }
    // Asks for the current profile's secret (the "Enter secret…" button does this too).
    void askForSecret(const QString &problem = QString());

    // The sandbox child could not start or stopped: the banner says why and offers to restart it.
    // An empty reason clears the problem (a sandbox is running again).
    void setSandboxProblem(const QString &reason);

    QComboBox *chooser() const { return m_chooser; }

signals:
    void connectionChanged(); // the client and the banner now describe a new state
    void accountChanging(); // the client is about to be pointed at the (newly) active profile
    void sandboxNeeded(); // the sandbox profile was chosen (or restarted) but no sandbox runs: start one
    void message(const QString &text); // for the status bar

protected:
    void changeEvent(QEvent *event) override;

private:
    void nameControls();
    void rebuildChoices();
    void onChosen(int index);
    void onSecretRead(quint64 generation, const SecretResult &result);
    void onPromptFinished(ProfileSecretPrompt *prompt, quint64 generation, int result);
    void useSecret(const QString &secret);
    void describe();

    ProfileStore *m_store = nullptr;
    CredentialVault *m_vault = nullptr;
    ApiClient *m_client = nullptr;
    QComboBox *m_chooser = nullptr;
    QPushButton *m_secretButton = nullptr;
    QPushButton *m_restartSandboxButton = nullptr;
    QLabel *m_label = nullptr;
    QString m_sandboxProblem; // why the sandbox is not running; empty when none was reported
    QPointer<ProfileSecretPrompt> m_prompt;
    std::optional<ConnectionProfile> m_profile;
    ConnectionSummary m_summary;
    bool m_ready = false;
    bool m_reading = false;
    quint64 m_generation = 0; // answers for a profile that is no longer current are dropped
    QHash<QString, QString> m_sessionSecrets; // typed at the prompt "for this session"; memory only
};

} // namespace nd
