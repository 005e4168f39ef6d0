#pragma once

// The desk's settings: the interface language (saved in ui/language, "" = the system's), the appearance
// (ui/colourScheme: "system", "light" or "dark"), the support line printed on customer cards, and the
// order journal (TeamJournalSettings: the agent's name on the records, local file or team server).
// Opened from Edit → Preferences. OK and Apply save and announce the choices; the main window puts the
// language into effect at once, and whoever owns the palette applies the colour scheme. The journal's
// place takes effect at the next start; the team server's password goes to the secret store (the OS
// keychain), never to the settings, and OK waits for the store to confirm it.

#include "journal/JournalLocation.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace nd {

class SecretStore;

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // Where the team journal's password is written (not owned). Without one the password cannot be
    // entered here.
    void setSecretStore(SecretStore *secrets);

    void accept() override;

signals:
    // A shipped language code, or "" to follow the system.
    void languageChosen(const QString &code);
    // "system", "light" or "dark".
    void colourSchemeChosen(const QString &scheme);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool apply(); // false when the journal settings are refused (the reason is shown)
    void fillLanguages();
    void showSavedChoices();
    QString chosenColourScheme() const;
    void showAgentPlaceholder();
    TeamServer chosenServer() const;
    QString journalProblem() const; // empty when the journal settings may be saved
    void updateJournalFields();
    void browseCertificate();
    void writePassword(const TeamServer &server, const QString &password);

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    // The appearance in effect when the dialog opened (a --colour-scheme run shows its own, unsaved):
    // only a change the agent makes is saved and applied, so OK never undoes a one-run choice.
    QString m_shownColourScheme;
    SecretStore *m_secrets = nullptr;
    // The team server as saved, and whether it was in use: a new server needs its password typed.
    TeamServer m_savedServer;
    bool m_savedTeam = false;
    bool m_writingPassword = false;
    bool m_acceptWhenWritten = false;
    QString m_passwordProblem; // the secret store refused the last password
};

} // namespace nd
