#pragma once

// The desk's main window: the connection banner (where the next request goes), the status-change
// form and the results side by side, menus and shortcuts, status bar, and what is remembered between
// sessions. A status change belongs to the StatusChangeSession (core): the window shows what it says
// (the form through FormSessionLink, the results panel, the journal banners); DeskJournal opens the
// journal it sends through; the profile switcher (accounts) and the history window hang off the menus.
// Created by main.cpp and by the GUI tests.

#include <QMainWindow>
#include <QUrl>
#include <memory>
#include <optional>

class QToolBar;

namespace Ui {
class MainWindow;
}

namespace nd {

class ApiClient;
class AppTranslators;
class CredentialVault;
class DeskJournal;
class DeskSettings;
class ProfileStore;
class ProfileSwitcher;
class ResultsPanel;
class SecretStore;
class FormSessionLink;
class StatusChangeForm;
class StatusChangeSession;
struct JournalIdentity;
struct JournalLocation;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ApiClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Demo mode: requests to this base URL are training requests and the banner says so.
    void setSandboxBaseUrl(const QUrl &baseUrl);
    void newRequest();

    // Connection profiles: the switcher goes into the banner area and decides where requests go (the
    // --api-base server too: a temporary profile). Until then nothing can be sent. Neither is owned.
    void setAccounts(ProfileStore *store, CredentialVault *vault);
    ProfileSwitcher *profileSwitcher() const { return m_switcher; }
    void openAccounts();
    void showFirstRun();
    // Opens the order journal; from then on every request goes through it (none without it).
    void openJournal(const QString &path); // at once, the whole check on this thread
    void openJournalInBackground(const QString &path); // a local file, in the background
    // The app's start: see DeskJournal. A team journal's password comes from the journal secret store.
    void openJournalInBackground(const JournalLocation &location, const JournalIdentity &who);
    // Where the team journal's password is kept (the app's CredentialVault, not owned): Preferences
    // writes it, the journal reads it at startup.
    void setJournalSecretStore(SecretStore *secrets);
    DeskJournal *deskJournal() const { return m_journal; }
    void openHistory();
    // The interface language Preferences switches (not owned); without one the language stays put.
    void setTranslators(AppTranslators *translators) { m_translators = translators; }
    void showPreferences();

    StatusChangeForm *form() const;
    ResultsPanel *results() const { return m_results; }
    StatusChangeSession *session() const { return m_session; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpActions();
    void refreshConnection();
    void updateActions();
    void showAbout();
    void setCodeShortcuts();
    void retranslate();
    void applyLanguage(const QString &code);
    void restoreSettings();
    void updateJournalState();
    void showJournalWriteFailure();
    void showJournalWriteBanner();
    void showTeamJournalProblem(); // the team journal's server stopped answering, or is back
    // The status bar's line, also read out by a screen reader.
    void showStatus(const QString &message);
    void showSession(); // the session's signals onto the results panel and the window
    QString profileName() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<DeskSettings> m_settings;
    ApiClient *m_client;
    ResultsPanel *m_results = nullptr;
    StatusChangeSession *m_session = nullptr;
    FormSessionLink *m_formLink = nullptr;
    ProfileStore *m_store = nullptr;
    CredentialVault *m_vault = nullptr;
    ProfileSwitcher *m_switcher = nullptr;
    DeskJournal *deskJournalToOpen(); // created and wired on first use
    DeskJournal *m_journal = nullptr;
    std::optional<QUrl> m_sandboxBaseUrl;
    AppTranslators *m_translators = nullptr;
    SecretStore *m_journalSecrets = nullptr;
    QToolBar *m_connectionToolBar = nullptr;
};

} // namespace nd
