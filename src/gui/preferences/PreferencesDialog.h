#pragma once

// The desk's settings: the interface language (saved in ui/language, "" = the system's), the appearance
// (ui/colourScheme: "system", "light" or "dark") and the support line printed on customer cards.
// Opened from Edit → Preferences. OK and Apply save and announce the choices; the main window puts the
// language into effect at once, and whoever owns the palette applies the colour scheme.

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace nd {

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

signals:
    // A shipped language code, or "" to follow the system.
    void languageChosen(const QString &code);
    // "system", "light" or "dark".
    void colourSchemeChosen(const QString &scheme);

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply();
    void fillLanguages();
    void showSavedChoices();
    QString chosenColourScheme() const;

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    // The appearance in effect when the dialog opened (a --colour-scheme run shows its own, unsaved):
    // only a change the agent makes is saved and applied, so OK never undoes a one-run choice.
    QString m_shownColourScheme;
};

} // namespace nd
