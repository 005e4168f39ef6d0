#include "gui/accounts/ProfilesPresenter.h"

#include "gui/accounts/ConnectionTest.h"
#include "network/ApiEndpoints.h"
#include "profiles/CredentialVault.h"
#include "profiles/ProfileStore.h"

#include <QLoggingCategory>
#include <utility>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcProfiles, "numberdesk.gui.profilespresenter")
} // namespace

ProfilesPresenter::ProfilesPresenter(ProfileStore *store, CredentialVault *vault, QObject *parent)
    : QObject(parent), m_store(store), m_vault(vault), m_test(new ConnectionTest(this))
{
    Q_ASSERT(store && vault);
    connect(m_test, &ConnectionTest::finished, this, &ProfilesPresenter::onTestFinished);
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfilesPresenter::stateChanged);
    connect(m_store, &ProfileStore::activeProfileChanged, this, &ProfilesPresenter::stateChanged);
}

ProfilesPresenter::~ProfilesPresenter() = default;

void ProfilesPresenter::setDeskClient(ApiClient *desk)
{
    m_test->setDeskClient(desk);
}

std::optional<ConnectionProfile> ProfilesPresenter::editedProfile() const
{
    return m_editingId ? m_store->profile(*m_editingId) : std::nullopt;
}

void ProfilesPresenter::forgetUnsaved()
{
    m_refusedSecret.reset();
    m_pendingMove.reset(); // a move whose secret was refused is not applied by a later save
}

bool ProfilesPresenter::edit(const QString &profileId)
{
    // Not while a secret is being written or read, or a test runs: what finishes then belongs to the
    // profile being edited (a server move waits for its secret; dropping it would leave the new
    // server's secret under the old address).
    if (!canMoveOn())
        return false;
    const std::optional<ConnectionProfile> profile = m_store->profile(profileId);
    if (!profile)
        return false;
    forgetUnsaved();
    m_editingId = profile->id;
    m_target = profile->isSandbox || profile->isTemporary ? Target::BuiltIn : Target::SavedProfile;
    m_typed = {profile->name, profile->baseUrl.toString(), profile->accountKey, QString()};
    emit editingStarted();
    emit stateChanged();
    return true;
}

bool ProfilesPresenter::startNew()
{
    if (!canMoveOn())
        return false;
    forgetUnsaved();
    m_editingId.reset();
    m_target = Target::NewProfile;
    m_typed = {QString(), ApiEndpoints::defaultBaseUrl().toString(), QString(), QString()};
    emit editingStarted();
    emit stateChanged();
    return true;
}

void ProfilesPresenter::setFields(const Fields &typed)
{
    m_typed = typed;
    emit stateChanged();
}

ConnectionProfile ProfilesPresenter::draft() const
{
    ConnectionProfile profile;
    profile.id = m_editingId.value_or(QString());
    profile.name = m_typed.name.trimmed();
    profile.baseUrl = QUrl::fromUserInput(m_typed.baseUrl.trimmed());
    profile.accountKey = m_typed.accountKey.trimmed();
    return profile;
}

std::optional<QString> ProfilesPresenter::problem() const
{
    if (m_target == Target::BuiltIn)
        return std::nullopt;
    if (m_typed.baseUrl.trimmed().isEmpty())
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

std::optional<QUrl> ProfilesPresenter::savedServerIfMoved() const
{
    if (!m_editingId || !m_typed.secret.isEmpty())
        return std::nullopt; // a new profile, or a secret typed for the server as it is now
    const std::optional<ConnectionProfile> saved = m_store->profile(*m_editingId);
    if (!saved || ApiEndpoints::sameServer(saved->baseUrl, draft().baseUrl))
        return std::nullopt;
    return saved->baseUrl;
}

bool ProfilesPresenter::isUntouched() const
{
    return !m_editingId && m_typed.name.isEmpty() && m_typed.accountKey.isEmpty();
}

bool ProfilesPresenter::canSave() const
{
    return m_state == State::Editing && m_target != Target::BuiltIn && !problem();
}

bool ProfilesPresenter::canTest() const
{
    const bool hasSecret = !m_typed.secret.isEmpty() || m_editingId.has_value();
    const bool builtInReady = m_target != Target::BuiltIn || !draft().baseUrl.isEmpty();
    return m_state == State::Editing && !problem() && hasSecret && builtInReady;
}

bool ProfilesPresenter::canRemove() const
{
    return m_state == State::Editing && m_target == Target::SavedProfile;
}

bool ProfilesPresenter::canActivate() const
{
    return m_editingId && m_store->activeProfileId() != m_editingId;
}

bool ProfilesPresenter::canKeepRefusedSecretForSession() const
{
    return m_state == State::Editing && m_refusedSecret.has_value();
}

void ProfilesPresenter::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void ProfilesPresenter::save()
{
    if (!canSave()) {
        emit saveFinished(false, QString());
        return;
    }
    const QString secret = m_typed.secret; // edit() below forgets what was typed
    const ConnectionProfile draft = this->draft();
    const std::optional<ConnectionProfile> saved = editedProfile();
    if (saved && !secret.isEmpty() && !ApiEndpoints::sameServer(saved->baseUrl, draft.baseUrl)) {
        // Moving to another server: store the new secret first, then the address. Updating the address
        // first would let the active profile reconnect to the new server with the old server's secret,
        // read back before the new one is written.
        m_pendingMove = draft;
        storeSecret(*m_editingId, secret);
        return;
    }
    QString id;
    if (m_editingId) {
        if (const std::optional<QString> refused = m_store->update(draft)) {
            emit saveRefused(*refused);
            emit saveFinished(false, QString());
            return;
        }
        id = *m_editingId;
    } else {
        const ProfileStore::AddResult added = m_store->add(draft);
        if (!added.profile) {
            emit saveRefused(added.problem);
            emit saveFinished(false, QString());
            return;
        }
        id = added.profile->id;
        if (m_makeNewActive)
            m_store->setActiveProfile(id);
    }
    qCInfo(lcProfiles) << "saved profile" << id;
    edit(id);
    if (secret.isEmpty()) {
        emit secretNoteChanged(
            tr("Saved. No new secret was typed: the saved one (if any) is kept; NumberDesk "
               "asks for it when this profile is used without one."),
            false);
        emit saveFinished(true, id);
        return;
    }
    storeSecret(id, secret);
}

void ProfilesPresenter::storeSecret(const QString &profileId, const QString &secret)
{
    setState(State::SavingSecret);
    emit secretNoteChanged(tr("Saving the secret in the credential store…"), false);
    m_vault->writeSecret(profileId, secret, this, [this, profileId, secret](const SecretResult &result) {
        if (!result.ok() && result.status == SecretStatus::Failed)
            m_refusedSecret = std::make_pair(profileId, secret);
        onSecretStored(profileId, result);
    });
}

void ProfilesPresenter::onSecretStored(const QString &profileId, const SecretResult &result)
{
    setState(State::Editing);
    if (result.ok() && m_pendingMove && m_pendingMove->id == profileId) {
        const ConnectionProfile moved = *std::exchange(m_pendingMove, std::nullopt);
        if (const std::optional<QString> refused = m_store->update(moved)) {
            emit secretNoteChanged(*refused, true);
            emit saveFinished(false, profileId);
            return;
        }
        qCInfo(lcProfiles) << "saved profile" << profileId << "on its new server";
        edit(profileId);
    }
    if (result.ok()) {
        m_refusedSecret.reset();
        emit secretNoteChanged(m_vault->isPersistent()
                ? tr("Saved. The secret is in this computer's credential store.")
                : tr("Saved. The secret is kept for this session only; you will be asked again next start."),
            false);
        emit stateChanged();
        emit saveFinished(true, profileId);
        return;
    }
    qCWarning(lcProfiles) << "the secret for profile" << profileId << "was not stored";
    emit secretNoteChanged(m_pendingMove
            ? tr("The profile still uses its old server: the credential store did not take the secret for "
                 "the new one: %1")
                  .arg(result.message)
            : tr("The profile was saved, but the credential store did not take the secret: %1")
                  .arg(result.message),
        true);
    emit stateChanged();
    emit saveFinished(false, profileId);
}

void ProfilesPresenter::keepRefusedSecretForSession()
{
    if (!canKeepRefusedSecretForSession())
        return;
    const auto [profileId, secret] = *std::exchange(m_refusedSecret, std::nullopt);
    m_vault->useSessionMemoryOnly(tr("You chose not to use the credential store that refused the secret."));
    storeSecret(profileId, secret);
}

bool ProfilesPresenter::remove(const QString &profileId)
{
    if (m_state != State::Editing || !m_store->remove(profileId))
        return false;
    // The store never sees secrets; removing the profile is not enough on its own.
    m_vault->deleteSecret(profileId, this, [this](const SecretResult &result) {
        if (!result.ok())
            emit secretNoteChanged(tr("The profile was removed, but its secret could not be deleted from the "
                                      "credential store: %1")
                                       .arg(result.message),
                true);
    });
    edit(m_store->activeProfileId().value_or(ConnectionProfile::sandboxId()));
    return true;
}

bool ProfilesPresenter::activate()
{
    return m_editingId && m_store->setActiveProfile(*m_editingId);
}

void ProfilesPresenter::test()
{
    if (!canTest())
        return;
    if (!m_typed.secret.isEmpty() || !m_editingId) {
        startTest(m_typed.secret);
        return;
    }
    // Nothing typed for a saved profile: test with the secret it has.
    setState(State::ReadingSecret);
    emit testNoteChanged(tr("Reading the saved secret…"), TestNote::Reading);
    const std::optional<ConnectionProfile> saved = editedProfile();
    const QUrl savedFor = saved ? saved->baseUrl : QUrl();
    m_vault->readSecret(*m_editingId, this, [this, savedFor](const SecretResult &result) {
        // The address may have been edited while the credential store answered (an unlock prompt).
        if (result.ok() && !ApiEndpoints::sameServer(savedFor, draft().baseUrl)) {
            onTestFinished(false,
                tr("The server changed while the saved secret was read: type the AccountSecret "
                   "again to test this server."));
            return;
        }
        if (result.ok()) {
            startTest(result.secret);
            return;
        }
        onTestFinished(false,
            result.status == SecretStatus::NotFound
                ? tr("No secret is saved for this profile: type it above to test.")
                : tr("The saved secret could not be read: %1").arg(result.message));
    });
}

void ProfilesPresenter::startTest(const QString &secret)
{
    const ConnectionProfile profile = draft();
    setState(State::Testing);
    emit testNoteChanged(tr("Asking %1 for a token…").arg(profile.baseUrl.host()), TestNote::Asking);
    m_test->start(profile.baseUrl, {profile.accountKey, secret});
}

void ProfilesPresenter::onTestFinished(bool succeeded, const QString &text)
{
    setState(State::Editing);
    emit testNoteChanged(text, succeeded ? TestNote::Succeeded : TestNote::Failed);
    emit testFinished(succeeded);
}

} // namespace nd
