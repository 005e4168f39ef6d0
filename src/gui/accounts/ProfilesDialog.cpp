#include "gui/accounts/ProfilesDialog.h"

#include "gui/accounts/ConnectionTest.h"
#include "gui/common/DeskColours.h"
#include "gui/common/PaletteFollower.h"
#include "gui/form/UserPrompts.h"
#include "network/ApiEndpoints.h"
#include "profiles/CredentialVault.h"
#include "profiles/ProfileStore.h"
#include "response/ServerText.h"
#include "ui_ProfilesDialog.h"

#include <QEvent>
#include <QLoggingCategory>
#include <QPushButton>
#include <utility>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcProfilesDialog, "numberdesk.gui.profilesdialog")

constexpr int ProfileIdRole = Qt::UserRole + 1;
} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore *store, CredentialVault *vault, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ProfilesDialog>()),
      m_store(store),
      m_vault(vault),
      m_test(new ConnectionTest(this))
{
    Q_ASSERT(store && vault);
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("profilesDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    m_ui->sessionOnlyButton->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->profilesList, &QListWidget::currentRowChanged, this, &ProfilesDialog::onCurrentRowChanged);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfilesDialog::startNewProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfilesDialog::removeSelectedProfile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfilesDialog::saveProfile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(
        m_ui->sessionOnlyButton, &QPushButton::clicked, this, &ProfilesDialog::keepRefusedSecretForSession);
    connect(m_ui->activateButton, &QPushButton::clicked, this, [this] {
        if (m_editingId && m_store->setActiveProfile(*m_editingId))
            refreshList();
    });
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->accountKeyEdit, m_ui->accountSecretEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProfilesDialog::updateState);
    connect(m_test, &ConnectionTest::finished, this, &ProfilesDialog::showTestResult);
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfilesDialog::refreshList);
    connect(m_store, &ProfileStore::activeProfileChanged, this, &ProfilesDialog::refreshList);
    connect(m_vault, &CredentialVault::sessionOnlyStarted, this, &ProfilesDialog::updateStorageNote);

    updateStorageNote();
    refreshList();
    selectProfile(m_store->activeProfileId().value_or(ConnectionProfile::sandboxId()));
}

void ProfilesDialog::setDeskClient(ApiClient *desk)
{
    m_test->setDeskClient(desk);
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::updateStorageNote()
{
    // Said plainly, before anyone types a secret: without a credential store it lasts this session only.
    const bool sessionOnly = !m_vault->isPersistent();
    m_ui->storageNote->setVisible(sessionOnly);
    if (!sessionOnly)
        return;
    m_ui->storageNote->setText(tr("No credential store is available: secrets are kept for this session "
                                  "only; you will be asked again next start.")
        + QLatin1Char(' ') + m_vault->sessionOnlyExplanation());
    PaletteFollower::followStyleSheet(m_ui->storageNote, [](const DeskColours &colours) {
        const Swatch box = colours.banner(Tone::Warning);
        return QStringLiteral("QLabel { background: %1; color: %2; padding: 6px; border: 1px solid %3; }")
            .arg(box.background.name(), box.foreground.name(), box.border.name());
    });
}

void ProfilesDialog::refreshList()
{
    const QString current = m_ui->profilesList->currentItem()
        ? m_ui->profilesList->currentItem()->data(ProfileIdRole).toString()
        : QString();
    const std::optional<QString> active = m_store->activeProfileId();
    m_refreshing = true;
    m_ui->profilesList->clear();
    for (const ConnectionProfile &profile : m_store->profiles()) {
        QString text = profile.isSandbox ? tr("%1 — built in").arg(profile.name) : profile.name;
        if (active == profile.id)
            //: A profile in the list that the desk is using now; %1 is its name
            text = tr("%1  (active)").arg(text);
        auto *item = new QListWidgetItem(text, m_ui->profilesList);
        item->setData(ProfileIdRole, profile.id);
        item->setToolTip(profile.isSandbox
                ? tr("Training server on this computer; cannot be edited or removed")
                : literalText(tr("%1 at %2").arg(profile.accountKey, profile.baseUrl.host())));
        if (profile.id == current && m_editingId)
            m_ui->profilesList->setCurrentItem(item);
    }
    m_refreshing = false;
    updateState();
}

void ProfilesDialog::selectProfile(const QString &id)
{
    for (int row = 0; row < m_ui->profilesList->count(); ++row) {
        if (m_ui->profilesList->item(row)->data(ProfileIdRole).toString() == id) {
            m_ui->profilesList->setCurrentRow(row);
            onCurrentRowChanged(row); // also when it was current already: reload the fields
            return;
        }
    }
}

void ProfilesDialog::onCurrentRowChanged(int row)
{
    if (m_refreshing || row < 0)
        return;
    const std::optional<ConnectionProfile> profile
        = m_store->profile(m_ui->profilesList->item(row)->data(ProfileIdRole).toString());
    if (profile)
        showProfile(*profile);
}

void ProfilesDialog::showProfile(const ConnectionProfile &profile)
{
    m_editingId = profile.id;
    m_editingSandbox = profile.isSandbox;
    m_refusedSecret.reset();
    m_ui->sessionOnlyButton->hide();
    nameEditor();
    m_ui->nameEdit->setText(profile.name);
    m_ui->baseUrlEdit->setText(profile.baseUrl.toString());
    m_ui->accountKeyEdit->setText(profile.accountKey);
    m_ui->accountSecretEdit->clear();
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->accountKeyEdit, m_ui->accountSecretEdit})
        edit->setReadOnly(profile.isSandbox);
    m_ui->accountSecretEdit->setEnabled(!profile.isSandbox);
    m_ui->secretNote->clear();
    m_ui->testResultLabel->clear();
    updateState();
}

void ProfilesDialog::nameEditor()
{
    const std::optional<ConnectionProfile> profile
        = m_editingId ? m_store->profile(*m_editingId) : std::optional<ConnectionProfile>();
    if (!profile) {
        m_ui->editorTitle->setText(tr("New account"));
        m_ui->accountSecretEdit->setPlaceholderText(QString());
        return;
    }
    m_ui->editorTitle->setText(
        profile->isSandbox ? tr(
            "The sandbox is built in: a training server on this computer. It cannot be edited or removed.")
                           : tr("Profile “%1”").arg(profile->name));
    m_ui->accountSecretEdit->setPlaceholderText(
        profile->isSandbox ? tr("built in") : tr("saved — type a new one to replace it"));
}

void ProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The notes keep what the code last said (they report what happened); what is typed stays.
        const QString secretNote = m_ui->secretNote->text();
        const QString testResult = m_ui->testResultLabel->text();
        m_ui->retranslateUi(this);
        m_ui->secretNote->setText(secretNote);
        m_ui->testResultLabel->setText(testResult);
        nameEditor();
        updateStorageNote();
        refreshList();
    }
    QDialog::changeEvent(event);
}

void ProfilesDialog::startNewProfile()
{
    m_editingId.reset();
    m_editingSandbox = false;
    m_refusedSecret.reset();
    m_ui->sessionOnlyButton->hide();
    m_refreshing = true;
    m_ui->profilesList->setCurrentRow(-1);
    m_refreshing = false;
    nameEditor();
    for (QLineEdit *edit :
        {m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->accountKeyEdit, m_ui->accountSecretEdit}) {
        edit->clear();
        edit->setReadOnly(false);
        edit->setEnabled(true);
    }
    m_ui->baseUrlEdit->setText(ApiEndpoints::defaultBaseUrl().toString());
    m_ui->secretNote->setText(m_vault->isPersistent()
            ? tr("The secret is kept in this computer's credential store, never in a settings file.")
            : tr("Kept for this session only; you will be asked again next start."));
    colourLabel(m_ui->secretNote, Severity::Note);
    m_ui->testResultLabel->clear();
    m_ui->nameEdit->setFocus();
    updateState();
}

ConnectionProfile ProfilesDialog::draft() const
{
    ConnectionProfile profile;
    profile.id = m_editingId.value_or(QString());
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.baseUrl = QUrl::fromUserInput(m_ui->baseUrlEdit->text().trimmed());
    profile.accountKey = m_ui->accountKeyEdit->text().trimmed();
    return profile;
}

std::optional<QString> ProfilesDialog::problem() const
{
    if (m_editingSandbox)
        return std::nullopt;
    if (m_ui->baseUrlEdit->text().trimmed().isEmpty())
        return tr("Enter the server's base URL.");
    if (const std::optional<QString> why = m_store->problemWith(draft()))
        return why;
    if (const std::optional<QUrl> saved = savedServerIfMoved()) {
        return tr("The server is no longer %1: type the AccountSecret again. A saved secret is only ever "
                  "sent to the server it was saved for.")
            .arg(saved->host());
    }
    return std::nullopt;
}

std::optional<QUrl> ProfilesDialog::savedServerIfMoved() const
{
    if (!m_editingId || !m_ui->accountSecretEdit->text().isEmpty())
        return std::nullopt; // a new profile, or a secret typed for the server as it is now
    const std::optional<ConnectionProfile> saved = m_store->profile(*m_editingId);
    if (!saved || ApiEndpoints::sameServer(saved->baseUrl, draft().baseUrl))
        return std::nullopt;
    return saved->baseUrl;
}

void ProfilesDialog::updateState()
{
    const std::optional<QString> why = problem();
    const bool untouched
        = !m_editingId && m_ui->nameEdit->text().isEmpty() && m_ui->accountKeyEdit->text().isEmpty();
    m_ui->problemLabel->setText(why.value_or(QString()));
    m_ui->problemLabel->setVisible(why && !untouched);
    colourLabel(m_ui->problemLabel, Severity::Error);

    const bool busy = m_test->isRunning() || m_readingSecret;
    const bool hasSecret = !m_ui->accountSecretEdit->text().isEmpty() || m_editingId.has_value();
    m_ui->saveButton->setEnabled(!m_editingSandbox && !why);
    m_ui->removeButton->setEnabled(m_editingId && !m_editingSandbox);
    m_ui->activateButton->setEnabled(m_editingId && m_store->activeProfileId() != m_editingId);
    const bool sandboxReady = !m_editingSandbox || !draft().baseUrl.isEmpty();
    m_ui->testButton->setEnabled(!busy && !why && hasSecret && sandboxReady);
}

void ProfilesDialog::saveProfile()
{
    if (problem() || m_editingSandbox) {
        emit saveFinished(false, QString());
        return;
    }
    const QString secret = m_ui->accountSecretEdit->text();
    QString id;
    const std::optional<ConnectionProfile> saved
        = m_editingId ? m_store->profile(*m_editingId) : std::optional<ConnectionProfile>();
    if (saved && !secret.isEmpty() && !ApiEndpoints::sameServer(saved->baseUrl, draft().baseUrl)) {
        // Moving to another server: store the new secret first, then the address. Updating the address
        // first would let the active profile reconnect to the new server with the old server's secret,
        // read back before the new one is written.
        m_pendingMove = draft();
        storeSecret(*m_editingId, secret);
        return;
    }
    if (m_editingId) {
        if (const std::optional<QString> refused = m_store->update(draft())) {
            m_ui->problemLabel->setText(*refused);
            m_ui->problemLabel->show();
            emit saveFinished(false, QString());
            return;
        }
        id = *m_editingId;
    } else {
        const ProfileStore::AddResult added = m_store->add(draft());
        if (!added.profile) {
            m_ui->problemLabel->setText(added.problem);
            m_ui->problemLabel->show();
            emit saveFinished(false, QString());
            return;
        }
        id = added.profile->id;
        if (m_makeNewActive)
            m_store->setActiveProfile(id);
    }
    qCInfo(lcProfilesDialog) << "saved profile" << id;
    selectProfile(id);
    if (secret.isEmpty()) {
        showSecretNote(tr("Saved. No new secret was typed: the saved one (if any) is kept; NumberDesk asks "
                          "for it when this profile is used without one."),
            false);
        emit saveFinished(true, id);
        return;
    }
    storeSecret(id, secret);
}

void ProfilesDialog::storeSecret(const QString &profileId, const QString &secret)
{
    showSecretNote(tr("Saving the secret in the credential store…"), false);
    m_vault->writeSecret(profileId, secret, this, [this, profileId, secret](const SecretResult &result) {
        if (!result.ok() && result.status == SecretStatus::Failed)
            m_refusedSecret = std::make_pair(profileId, secret);
        onSecretStored(profileId, result);
    });
}

void ProfilesDialog::onSecretStored(const QString &profileId, const SecretResult &result)
{
    if (result.ok() && m_pendingMove && m_pendingMove->id == profileId) {
        const ConnectionProfile moved = *std::exchange(m_pendingMove, std::nullopt);
        if (const std::optional<QString> refused = m_store->update(moved)) {
            showSecretNote(refused.value(), true);
            emit saveFinished(false, profileId);
            return;
        }
        qCInfo(lcProfilesDialog) << "saved profile" << profileId << "on its new server";
        selectProfile(profileId);
    }
    if (result.ok()) {
        m_refusedSecret.reset();
        m_ui->sessionOnlyButton->hide();
        showSecretNote(m_vault->isPersistent()
                ? tr("Saved. The secret is in this computer's credential store.")
                : tr("Saved. The secret is kept for this session only; you will be asked again next start."),
            false);
        emit saveFinished(true, profileId);
        return;
    }
    qCWarning(lcProfilesDialog) << "the secret for profile" << profileId << "was not stored";
    showSecretNote(m_pendingMove
            ? tr("The profile still uses its old server: the credential store did not take the secret for "
                 "the new one: %1")
                  .arg(result.message)
            : tr("The profile was saved, but the credential store did not take the secret: %1")
                  .arg(result.message),
        true);
    m_ui->sessionOnlyButton->setVisible(m_refusedSecret.has_value());
    emit saveFinished(false, profileId);
}

void ProfilesDialog::keepRefusedSecretForSession()
{
    if (!m_refusedSecret)
        return;
    const auto [profileId, secret] = *m_refusedSecret;
    m_refusedSecret.reset();
    m_ui->sessionOnlyButton->hide();
    m_vault->useSessionMemoryOnly(tr("You chose not to use the credential store that refused the secret."));
    storeSecret(profileId, secret);
}

void ProfilesDialog::showSecretNote(const QString &text, bool isProblem)
{
    m_ui->secretNote->setText(text);
    colourLabel(m_ui->secretNote, isProblem ? std::optional<Severity>(Severity::Error) : Severity::Note);
}

void ProfilesDialog::removeSelectedProfile()
{
    if (!m_editingId || m_editingSandbox)
        return;
    const QString id = *m_editingId;
    const QString name = m_ui->nameEdit->text();
    QDialog *question = UserPrompts::question(this, QStringLiteral("removeProfileQuestion"),
        tr("Remove profile"),
        tr("Remove the profile “%1” and its saved AccountSecret from this computer? The order history keeps "
           "its records.")
            .arg(name),
        tr("Remove"), tr("Keep it"));
    UserPrompts::ask(question, this, [this, id](bool accepted) {
        if (!accepted || !m_store->remove(id))
            return;
        // The store never sees secrets; removing the profile is not enough on its own.
        m_vault->deleteSecret(id, this, [this](const SecretResult &result) {
            if (!result.ok())
                showSecretNote(tr("The profile was removed, but its secret could not be deleted from the "
                                  "credential store: %1")
                                   .arg(result.message),
                    true);
        });
        selectProfile(m_store->activeProfileId().value_or(ConnectionProfile::sandboxId()));
    });
}

void ProfilesDialog::testConnection()
{
    if (problem() || m_test->isRunning() || m_readingSecret)
        return;
    const QString typed = m_ui->accountSecretEdit->text();
    if (!typed.isEmpty() || !m_editingId) {
        startTest(typed);
        return;
    }
    if (savedServerIfMoved())
        return; // problem() says so; the saved secret never goes to another server
    // Nothing typed for a saved profile: test with the secret it has.
    m_readingSecret = true;
    m_ui->testResultLabel->setText(tr("Reading the saved secret…"));
    updateState();
    const QUrl savedFor = m_store->profile(*m_editingId) ? m_store->profile(*m_editingId)->baseUrl : QUrl();
    m_vault->readSecret(*m_editingId, this, [this, savedFor](const SecretResult &result) {
        m_readingSecret = false;
        // The address may have been edited while the credential store answered (an unlock prompt).
        if (result.ok() && !ApiEndpoints::sameServer(savedFor, draft().baseUrl)) {
            showTestResult(false,
                tr("The server changed while the saved secret was read: type the AccountSecret "
                   "again to test this server."));
            return;
        }
        if (result.ok()) {
            startTest(result.secret);
            return;
        }
        showTestResult(false,
            result.status == SecretStatus::NotFound
                ? tr("No secret is saved for this profile: type it above to test.")
                : tr("The saved secret could not be read: %1").arg(result.message));
    });
}

void ProfilesDialog::startTest(const QString &secret)
{
    const ConnectionProfile profile = draft();
    m_ui->testResultLabel->setText(tr("Asking %1 for a token…").arg(profile.baseUrl.host()));
    colourLabel(m_ui->testResultLabel, Severity::Note);
    m_test->start(profile.baseUrl, {profile.accountKey, secret});
    updateState();
}

void ProfilesDialog::showTestResult(bool succeeded, const QString &text)
{
    m_ui->testResultLabel->setText(text);
    colourLabel(m_ui->testResultLabel, succeeded ? std::nullopt : std::optional<Severity>(Severity::Error));
    updateState();
    emit testFinished(succeeded);
}

} // namespace nd
