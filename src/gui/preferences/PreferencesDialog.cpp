#include "gui/preferences/PreferencesDialog.h"

#include "gui/common/ColourScheme.h"
#include "gui/form/DeskSettings.h"
#include "i18n/LanguageChoice.h"
#include "ui_PreferencesDialog.h"

#include <QEvent>
#include <QPushButton>
#include <QSettings>
#include <algorithm>
#include <iterator>

namespace nd {

namespace {
// In the order of the Appearance combo's items (ui/PreferencesDialog.ui).
constexpr ColourScheme ColourSchemes[] = {ColourScheme::System, ColourScheme::Light, ColourScheme::Dark};

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
    const auto inEffect
        = std::find(std::cbegin(ColourSchemes), std::cend(ColourSchemes), appliedColourScheme());
    m_ui->colourSchemeCombo->setCurrentIndex(
        inEffect == std::cend(ColourSchemes) ? 0 : int(std::distance(std::cbegin(ColourSchemes), inEffect)));
    m_shownColourScheme = chosenColourScheme();
    m_ui->supportLineEdit->setText(DeskSettings().supportLine());
}

QString PreferencesDialog::chosenColourScheme() const
{
    const int index = m_ui->colourSchemeCombo->currentIndex();
    return colourSchemeSettingsValue(
        index >= 0 && index < int(std::size(ColourSchemes)) ? ColourSchemes[index] : ColourScheme::System);
}

void PreferencesDialog::apply()
{
    DeskSettings().saveSupportLine(m_ui->supportLineEdit->text());
    const QString language = m_ui->languageCombo->currentData().toString();
    const QString scheme = chosenColourScheme();
    const bool schemeChanged = scheme != m_shownColourScheme;
    {
        QSettings settings;
        saveLanguage(settings, language);
        if (schemeChanged)
            settings.setValue(colourSchemeSettingsKey(), scheme);
    }
    emit languageChosen(language);
    if (schemeChanged) {
        m_shownColourScheme = scheme;
        emit colourSchemeChosen(scheme);
    }
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
