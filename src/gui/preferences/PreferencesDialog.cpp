#include "gui/preferences/PreferencesDialog.h"

#include "gui/common/ColourScheme.h"
#include "gui/common/DeskSettings.h"
#include "gui/common/PaletteFollower.h"
#include "i18n/LanguageChoice.h"
#include "journal/JournalEntry.h"
#include "profiles/CredentialVault.h"
#include "profiles/SecretStore.h"
#include "profiles/TeamJournalSettings.h"
#include "ui_PreferencesDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <algorithm>
#include <iterator>
#include <utility>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcPreferences, "numberdesk.gui.preferences")

// In the order of the Appearance combo's items (ui/PreferencesDialog.ui).
constexpr ColourScheme ColourSchemes[] = {ColourScheme::System, ColourScheme::Light, ColourScheme::Dark};
// In the order of the Encryption combo's items.
constexpr TeamTlsMode TlsModes[] = {TeamTlsMode::VerifyFull, TeamTlsMode::Off};

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
    showAgentPlaceholder();
    showSavedChoices();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
        &PreferencesDialog::apply);
    connect(
        m_ui->browseCertificateButton, &QPushButton::clicked, this, &PreferencesDialog::browseCertificate);
    connect(m_ui->teamJournalRadio, &QRadioButton::toggled, this, &PreferencesDialog::updateJournalFields);
    // An edit answers a refusal from the keychain: the next OK tries again.
    const auto edited = [this] {
        m_passwordProblem.clear();
        updateJournalFields();
    };
    for (QLineEdit *edit :
        {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->certificateEdit, m_ui->passwordEdit}) {
        connect(edit, &QLineEdit::textChanged, this, edited);
    }
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->tlsCombo, &QComboBox::currentIndexChanged, this, edited);
    updateJournalFields();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    updateJournalFields();
}

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

    const TeamJournalSettings journal = TeamJournalSettings::load(settings);
    m_savedServer = journal.server;
    m_savedTeam = journal.useTeamJournal;
    m_ui->agentNameEdit->setText(journal.agentName);
    (journal.useTeamJournal ? m_ui->teamJournalRadio : m_ui->localJournalRadio)->setChecked(true);
    m_ui->hostEdit->setText(journal.server.host);
    m_ui->portSpin->setValue(journal.server.port);
    m_ui->databaseEdit->setText(journal.server.database);
    m_ui->userEdit->setText(journal.server.user);
    m_ui->tlsCombo->setCurrentIndex(journal.server.tls == TeamTlsMode::Off ? 1 : 0);
    m_ui->certificateEdit->setText(journal.server.rootCertificate);
}

void PreferencesDialog::showAgentPlaceholder()
{
    // The OS user name the journal writes when no name is given: what an empty field means.
    const QString user = JournalIdentity::ofThisComputer().agent;
    m_ui->agentNameEdit->setPlaceholderText(user.isEmpty() ? tr("Your user name on this computer") : user);
}

TeamServer PreferencesDialog::chosenServer() const
{
    TeamServer server;
    server.host = m_ui->hostEdit->text().trimmed();
    server.port = m_ui->portSpin->value();
    server.database = m_ui->databaseEdit->text().trimmed();
    server.user = m_ui->userEdit->text().trimmed();
    const int tls = m_ui->tlsCombo->currentIndex();
    server.tls = tls >= 0 && tls < int(std::size(TlsModes)) ? TlsModes[tls] : TeamTlsMode::VerifyFull;
    server.rootCertificate = m_ui->certificateEdit->text().trimmed();
    return server;
}

QString PreferencesDialog::journalProblem() const
{
    if (!m_ui->teamJournalRadio->isChecked())
        return {};
    const TeamServer server = chosenServer();
    if (const QString problem = server.problem(); !problem.isEmpty())
        return problem;
    if (!server.rootCertificate.isEmpty() && !QFileInfo(server.rootCertificate).isFile())
        return tr("The CA certificate file %1 does not exist.").arg(server.rootCertificate);
    // A password is saved per server (TeamJournalSettings::passwordKey): another server needs its own.
    const bool passwordSaved = m_savedTeam
        && TeamJournalSettings::passwordKey(server) == TeamJournalSettings::passwordKey(m_savedServer);
    if (m_ui->passwordEdit->text().isEmpty() && !passwordSaved)
        return tr("Enter the password for %1.").arg(server.displayName());
    return {};
}

void PreferencesDialog::updateJournalFields()
{
    const bool team = m_ui->teamJournalRadio->isChecked();
    m_ui->teamServerFields->setEnabled(team);
    // Without a secret store a password typed here could only be lost or written somewhere unsafe.
    m_ui->passwordEdit->setEnabled(m_secrets != nullptr);
    const QString problem = journalProblem();
    const QString shown = problem.isEmpty() ? m_passwordProblem : problem;
    m_ui->journalProblemLabel->setText(shown);
    m_ui->journalProblemLabel->setVisible(!shown.isEmpty());
    colourLabel(m_ui->journalProblemLabel, Severity::Error);
    // OK and Apply are refused while the journal settings cannot be saved; the label says why.
    const bool usable = problem.isEmpty() && !m_writingPassword;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(usable);
    m_ui->buttonBox->button(QDialogButtonBox::Apply)->setEnabled(usable);
}

void PreferencesDialog::browseCertificate()
{
    const QString current = m_ui->certificateEdit->text().trimmed();
    auto *dialog = new QFileDialog(this, tr("CA certificate of the team journal server"),
        current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this,
        [this](const QString &file) { m_ui->certificateEdit->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}

QString PreferencesDialog::chosenColourScheme() const
{
    const int index = m_ui->colourSchemeCombo->currentIndex();
    return colourSchemeSettingsValue(
        index >= 0 && index < int(std::size(ColourSchemes)) ? ColourSchemes[index] : ColourScheme::System);
}

bool PreferencesDialog::apply()
{
    if (!journalProblem().isEmpty() || m_writingPassword) {
        updateJournalFields(); // shows why
        return false;
    }
    DeskSettings().saveSupportLine(m_ui->supportLineEdit->text());
    const QString language = m_ui->languageCombo->currentData().toString();
    const QString scheme = chosenColourScheme();
    const bool schemeChanged = scheme != m_shownColourScheme;
    {
        QSettings settings;
        saveLanguage(settings, language);
        if (schemeChanged)
            settings.setValue(colourSchemeSettingsKey(), scheme);
        TeamJournalSettings journal;
        journal.agentName = m_ui->agentNameEdit->text().trimmed();
        journal.useTeamJournal = m_ui->teamJournalRadio->isChecked();
        journal.server = chosenServer();
        journal.save(settings); // never the password: see writePassword
        m_savedTeam = journal.useTeamJournal;
        m_savedServer = journal.server;
    }
    const QString password = m_ui->passwordEdit->text();
    if (m_ui->teamJournalRadio->isChecked() && !password.isEmpty())
        writePassword(m_savedServer, password);
    emit languageChosen(language);
    if (schemeChanged) {
        m_shownColourScheme = scheme;
        emit colourSchemeChosen(scheme);
    }
    return true;
}

void PreferencesDialog::writePassword(const TeamServer &server, const QString &password)
{
    if (!m_secrets)
        return;
    m_writingPassword = true;
    m_passwordProblem.clear();
    updateJournalFields(); // OK waits for the answer
    m_secrets->writeSecret(
        TeamJournalSettings::passwordKey(server), password, this, [this](const SecretResult &written) {
            m_writingPassword = false;
            if (written.ok()) {
                qCInfo(lcPreferences) << "team journal password stored"; // never the password itself
                m_ui->passwordEdit->clear();
                // A vault without the OS keychain keeps it for this run only: the team journal would not
                // open at the next start. Said here, where the agent can still do something about it;
                // the next OK closes.
                const auto *vault = dynamic_cast<const CredentialVault *>(m_secrets);
                if (vault && !vault->isPersistent()) {
                    qCWarning(lcPreferences) << "team journal password kept for this run only";
                    m_acceptWhenWritten = false;
                    m_passwordProblem
                        = tr("The password is kept only until NumberDesk quits: the team journal "
                             "will not open at the next start. %1")
                              .arg(vault->sessionOnlyExplanation());
                }
                updateJournalFields();
                if (std::exchange(m_acceptWhenWritten, false))
                    QDialog::accept();
                return;
            }
            qCWarning(lcPreferences) << "the team journal password could not be stored";
            m_acceptWhenWritten = false;
            m_passwordProblem
                = tr("The password could not be saved in this computer's keychain: %1").arg(written.message);
            updateJournalFields();
        });
}

void PreferencesDialog::accept()
{
    if (!apply())
        return;
    // The keychain answers later: the dialog stays until it has the password, so a refusal is seen.
    if (m_writingPassword) {
        m_acceptWhenWritten = true;
        return;
    }
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->languageCombo->setItemText(0, systemDefaultText());
        showAgentPlaceholder();
        updateJournalFields(); // the problem, in the new language
    }
    QDialog::changeEvent(event);
}

} // namespace nd
