#include "gui/accounts/ProfileSwitcher.h"

#include "gui/accounts/ProfileSecretPrompt.h"
#include "gui/common/ConnectionBanner.h"
#include "network/ApiClient.h"
#include "network/ApiEndpoints.h"
#include "profiles/CredentialVault.h"
#include "profiles/ProfileStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcSwitcher, "numberdesk.gui.profileswitcher")
} // namespace

ProfileSwitcher::ProfileSwitcher(
    ProfileStore *store, CredentialVault *vault, ApiClient *client, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_vault(vault),
      m_client(client),
      m_chooser(new QComboBox(this)),
      m_secretButton(new QPushButton(this)),
      m_restartSandboxButton(new QPushButton(this)),
      m_label(new QLabel(this))
{
    Q_ASSERT(store && vault && client);
    setObjectName(QStringLiteral("profileSwitcher"));
    m_chooser->setObjectName(QStringLiteral("profileChooser"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_secretButton->setObjectName(QStringLiteral("enterSecretButton"));
    m_secretButton->hide();
    m_restartSandboxButton->setObjectName(QStringLiteral("restartSandboxButton"));
    m_restartSandboxButton->hide();

    nameControls();
    m_label->setBuddy(m_chooser);
    auto *row = new QHBoxLayout(this);
    row->addWidget(m_label);
    row->addWidget(m_chooser);
    row->addWidget(m_secretButton);
    row->addWidget(m_restartSandboxButton);
    row->addStretch(1);
    row->setContentsMargins(0, 0, 0, 0);

    connect(m_chooser, &QComboBox::activated, this, &ProfileSwitcher::onChosen);
    connect(m_secretButton, &QPushButton::clicked, this, [this] { askForSecret(); });
    connect(m_restartSandboxButton, &QPushButton::clicked, this, [this] {
        m_sandboxProblem.clear();
        describe();
        emit sandboxNeeded();
    });
    connect(m_store, &ProfileStore::activeProfileChanged, this, &ProfileSwitcher::applyActiveProfile);
    connect(m_store, &ProfileStore::profilesChanged, this, [this] {
        rebuildChoices();
        // Re-apply only when what the client uses changed (an edit, or the sandbox got its address).
        const std::optional<ConnectionProfile> now
            = m_profile ? m_store->profile(m_profile->id) : std::optional<ConnectionProfile>();
        // A secret typed this session belongs to the server it was typed for: never to a new one.
        if (m_profile && now && !ApiEndpoints::sameServer(m_profile->baseUrl, now->baseUrl))
            m_sessionSecrets.remove(m_profile->id);
        if (now != m_profile)
            applyActiveProfile();
    });
    rebuildChoices();
    describe();
}

ProfileSwitcher::~ProfileSwitcher() = default;

void ProfileSwitcher::nameControls()
{
    m_label->setText(tr("&Profile:"));
    m_chooser->setAccessibleName(tr("Connection profile"));
    m_chooser->setAccessibleDescription(tr("The account the next requests go to"));
    m_secretButton->setText(tr("Enter &secret…"));
    m_secretButton->setAccessibleName(tr("Enter secret"));
    m_secretButton->setAccessibleDescription(tr("Enter the AccountSecret of the chosen profile"));
    m_restartSandboxButton->setText(tr("Restart sandbo&x"));
    m_restartSandboxButton->setAccessibleDescription(tr("Start the training sandbox on this computer again"));
}

void ProfileSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        nameControls();
        rebuildChoices(); // the built-in sandbox's name is worded by the store; the choice stays
        describe(); // the banner and the window title, through connectionChanged
    }
    QWidget::changeEvent(event);
}

void ProfileSwitcher::rebuildChoices()
{
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    for (const ConnectionProfile &profile : m_store->profiles()) {
        m_chooser->addItem(profile.isTemporary
                //: The --api-base profile in the profile chooser; %1 is its name
                ? tr("%1 (this session only)").arg(profile.name)
                : profile.name,
            profile.id);
    }
    m_chooser->setCurrentIndex(m_profile ? m_chooser->findData(m_profile->id) : -1);
}

void ProfileSwitcher::onChosen(int index)
{
    const QString id = m_chooser->itemData(index).toString();
    if (m_profile && m_profile->id == id)
        return;
    m_store->setActiveProfile(id); // activeProfileChanged applies it
}

void ProfileSwitcher::applyActiveProfile()
{
    ++m_generation;
    m_ready = false;
    m_reading = false;
    if (m_prompt)
        m_prompt->reject();
    m_profile = m_store->activeProfile();
    rebuildChoices();
    emit accountChanging();
    // Forget the previous account at once: nothing may go to it while the new secret is read.
    m_client->setBaseUrl(m_profile ? m_profile->baseUrl : QUrl());
    m_client->setCredentials({m_profile ? m_profile->accountKey : QString(), QString()});
    if (!m_profile) {
        describe();
        return;
    }
    qCInfo(lcSwitcher) << "switching to profile" << m_profile->id;
    if (m_profile->isSandbox && m_profile->baseUrl.isEmpty()) {
        describe();
        // After a failure only the agent restarts it (Restart sandbox): no start-fail-start loop.
        if (m_sandboxProblem.isEmpty())
            emit sandboxNeeded(); // the store's profilesChanged brings us back here with an address
        return;
    }
    if (const auto typed = m_sessionSecrets.constFind(m_profile->id); typed != m_sessionSecrets.cend()) {
        useSecret(*typed);
        return;
    }
    if (m_profile->isTemporary) {
        // Nothing to read: its account and secret were never kept anywhere. Ask for both.
        describe();
        askForSecret();
        return;
    }
    m_reading = true;
    describe();
    const quint64 generation = m_generation;
    m_vault->readSecret(m_profile->id, this,
        [this, generation](const SecretResult &result) { onSecretRead(generation, result); });
}

void ProfileSwitcher::onSecretRead(quint64 generation, const SecretResult &result)
{
    if (generation != m_generation)
        return; // the user switched again meanwhile
    m_reading = false;
    if (result.ok()) {
        useSecret(result.secret);
        return;
    }
    describe();
    if (m_profile && m_profile->isSandbox)
        return; // its secret comes from whoever started it, never from the user
    askForSecret(result.status == SecretStatus::NotFound
            ? (m_vault->isPersistent()
                    ? tr("No AccountSecret is saved for this profile.")
                    : tr("No AccountSecret has been entered for this profile in this session."))
            : tr("The saved AccountSecret could not be read: %1").arg(result.message));
}

void ProfileSwitcher::askForSecret(const QString &problem)
{
    if (!m_profile || m_profile->isSandbox || m_prompt)
        return;
    auto *prompt = new ProfileSecretPrompt(*m_profile, m_vault->isPersistent(), problem, window());
    m_prompt = prompt;
    const quint64 generation = m_generation;
    connect(prompt, &QDialog::finished, this,
        [this, prompt, generation](int result) { onPromptFinished(prompt, generation, result); });
    prompt->open();
}

void ProfileSwitcher::onPromptFinished(ProfileSecretPrompt *prompt, quint64 generation, int result)
{
    prompt->deleteLater();
    if (generation != m_generation || !m_profile || result != QDialog::Accepted)
        return;
    const QString secret = prompt->secret();
    const QString id = m_profile->id;
    m_sessionSecrets.insert(id, secret); // this run uses it either way
    if (m_profile->isTemporary) {
        // The vault keeps it in session memory (never the keychain), as it does the sandbox's.
        m_vault->writeSecret(id, secret, this, [](const SecretResult &) {});
        if (!prompt->accountKey().isEmpty() && prompt->accountKey() != m_profile->accountKey) {
            // The store's profilesChanged applies the profile again, with the secret kept above.
            m_store->setTemporaryAccountKey(prompt->accountKey());
            return;
        }
    } else if (prompt->saveInStore()) {
        m_vault->writeSecret(id, secret, this, [this](const SecretResult &written) {
            if (!written.ok())
                emit message(tr("The secret is used for this session, but could not be saved: %1")
                                 .arg(written.message));
        });
    }
    useSecret(secret);
}

void ProfileSwitcher::useSecret(const QString &secret)
{
    m_client->setCredentials({m_profile->accountKey, secret});
    m_ready = !m_client->configurationProblem().has_value();
    describe();
}

void ProfileSwitcher::setSandboxProblem(const QString &reason)
{
    m_sandboxProblem = reason;
    describe();
}

void ProfileSwitcher::describe()
{
    m_secretButton->setVisible(m_profile && !m_profile->isSandbox && !m_ready && !m_reading);
    const bool sandboxDown = m_profile && m_profile->isSandbox && !m_sandboxProblem.isEmpty();
    m_restartSandboxButton->setVisible(sandboxDown);
    if (!m_profile) {
        m_summary = {ConnectionKind::NotConfigured,
            tr("No connection profile chosen. Pick one above, or add an account under Accounts…"),
            tr("%1 — not connected").arg(appName())};
    } else if (sandboxDown) {
        m_summary = {ConnectionKind::NotConfigured,
            tr("SANDBOX — not running. %1 Nothing can be sent until it runs: click Restart sandbox, or "
               "choose an account.")
                .arg(m_sandboxProblem),
            tr("%1 — SANDBOX (not running)").arg(appName())};
    } else if (m_profile->isSandbox) {
        m_summary = {m_ready ? ConnectionKind::Sandbox : ConnectionKind::NotConfigured,
            m_ready ? sandboxBannerText(m_profile->baseUrl)
                : m_profile->baseUrl.isEmpty() || m_reading
                ? tr("SANDBOX — starting the training server on this computer…")
                : tr("SANDBOX — the training server's credentials are missing; restart NumberDesk."),
            tr("%1 — SANDBOX").arg(appName())};
    } else if (m_ready) {
        m_summary = {ConnectionKind::Production,
            tr("Production — “%1”: account %2 at %3. Requests change real customers' lines.")
                .arg(m_profile->name, m_profile->accountKey, hostAndPort(m_profile->baseUrl)),
            tr("%1 — %2").arg(appName(), m_profile->name)};
    } else {
        m_summary = {ConnectionKind::NotConfigured,
            m_reading ? tr("“%1” — reading the AccountSecret from the credential store…").arg(m_profile->name)
                      : tr("“%1” — no AccountSecret for this session: nothing can be sent until it is "
                           "entered (Enter secret…).")
                            .arg(m_profile->name),
            tr("%1 — %2 (not connected)").arg(appName(), m_profile->name)};
    }
    emit connectionChanged(); // the main window's banner shows m_summary
}

} // namespace nd
