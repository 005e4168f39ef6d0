#include "gui/preferences/PreferencesDialog.h"

#include "gui/form/DeskSettings.h"
#include "i18n/LanguageChoice.h"
#include "ui_PreferencesDialog.h"

#include <QEvent>
#include <QPushButton>
#include <QSettings>

namespace nd {

namespace {
const QString ColourSchemeKey = QStringLiteral("ui/colourScheme");
// In the order of the Appearance combo's items (ui/PreferencesDialog.ui).
const QStringList ColourSchemes = {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};

QString systemDefaultText()
{
    const QString best = bestShipped();
    QString name = best;
    for (const ShippedLanguage &language : shippedLanguages()) {
        if (language.code == best)
            name = language.nativeName;
    }
    //: Language choice that follows the computer's language; %1 is the language detected, in its own
    //: language (English, Español, Français)
    return PreferencesDialog::tr("System default (%1)").arg(name);
}
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("preferencesDialog"));
    fillLanguages();
    showSavedChoices();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
        &PreferencesDialog::apply);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::fillLanguages()
{
    m_ui->languageCombo->addItem(systemDefaultText(), QString());
    for (const ShippedLanguage &language : shippedLanguages())
        m_ui->languageCombo->addItem(language.nativeName, language.code);
}

void PreferencesDialog::showSavedChoices()
{
    const QSettings settings;
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(savedLanguage(settings))));
    m_ui->colourSchemeCombo->setCurrentIndex(
        qMax(0, ColourSchemes.indexOf(settings.value(ColourSchemeKey).toString())));
    m_ui->supportLineEdit->setText(DeskSettings().supportLine());
}

QString PreferencesDialog::chosenColourScheme() const
{
    return ColourSchemes.value(m_ui->colourSchemeCombo->currentIndex(), ColourSchemes.first());
}

void PreferencesDialog::apply()
{
    DeskSettings().saveSupportLine(m_ui->supportLineEdit->text());
    const QString language = m_ui->languageCombo->currentData().toString();
    const QString scheme = chosenColourScheme();
    {
        QSettings settings;
        saveLanguage(settings, language);
        settings.setValue(ColourSchemeKey, scheme);
    }
    emit languageChosen(language);
    emit colourSchemeChosen(scheme);
}

void PreferencesDialog::accept()
{
    apply();
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->languageCombo->setItemText(0, systemDefaultText());
    }
    QDialog::changeEvent(event);
}

} // namespace nd
