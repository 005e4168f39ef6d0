#include "profiles/CredentialVault.h"

#include "profiles/ConnectionProfile.h"
#include "profiles/KeychainSecretStore.h"

#include <QLoggingCategory>
#include <QPointer>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcVault, "numberdesk.core.credentialvault")

// The caller's callback, dropped if the caller's context has gone meanwhile. The vault itself is the
// context of the inner operations so a fallback still completes for a caller that went away.
SecretCallback forCaller(QObject *context, SecretCallback done)
{
    Q_ASSERT(context);
    return [caller = QPointer<QObject>(context), done = std::move(done)](const SecretResult &result) {
        if (caller)
            done(result);
    };
}
} // namespace

CredentialVault::CredentialVault(QObject *parent)
    : CredentialVault(std::make_unique<KeychainSecretStore>(), parent)
{ }

CredentialVault::CredentialVault(std::unique_ptr<SecretStore> persistentStore, QObject *parent)
    : QObject(parent), m_persistent(std::move(persistentStore))
{
    Q_ASSERT(m_persistent);
}

CredentialVault::~CredentialVault() = default;

QString CredentialVault::sessionOnlyExplanation() const
{
    if (!m_sessionOnlyReason)
        return {};
    // The reason is a sentence of its own: the store's message, or the one given to useSessionMemoryOnly().
    return *m_sessionOnlyReason + QLatin1Char(' ')
        + tr("Account secrets are kept in memory for this session only and will be asked for again at the "
             "next start; they are never written to disk.");
}

void CredentialVault::useSessionMemoryOnly(const QString &reason)
{
    if (m_sessionOnlyReason)
        return;
    m_sessionOnlyReason = reason;
    qCWarning(lcVault) << "keeping secrets in session memory from now on:" << reason;
    emit sessionOnlyStarted(sessionOnlyExplanation());
}

bool CredentialVault::usesSessionMemory(const QString &profileId) const
{
    // The sandbox's secret is no secret worth keeping, and comes from whoever starts the sandbox. The
    // --api-base profile lasts one run: its secret must not outlive it in the keychain.
    return !isPersistent() || profileId == ConnectionProfile::sandboxId()
        || profileId == ConnectionProfile::temporaryId();
}

void CredentialVault::readSecret(const QString &profileId, QObject *context, SecretCallback done)
{
    SecretCallback deliver = forCaller(context, std::move(done));
    if (usesSessionMemory(profileId)) {
        m_session.readSecret(profileId, this, std::move(deliver));
        return;
    }
    m_persistent->readSecret(profileId, this, [this, profileId, deliver](const SecretResult &result) {
        if (result.status != SecretStatus::Unavailable) {
            deliver(result);
            return;
        }
        useSessionMemoryOnly(result.message);
        m_session.readSecret(profileId, this, deliver);
    });
}

void CredentialVault::writeSecret(
    const QString &profileId, const QString &secret, QObject *context, SecretCallback done)
{
    SecretCallback deliver = forCaller(context, std::move(done));
    if (usesSessionMemory(profileId)) {
        m_session.writeSecret(profileId, secret, this, std::move(deliver));
        return;
    }
    m_persistent->writeSecret(
        profileId, secret, this, [this, profileId, secret, deliver](const SecretResult &result) {
            if (result.status != SecretStatus::Unavailable) {
                deliver(result);
                return;
            }
            useSessionMemoryOnly(result.message);
            m_session.writeSecret(profileId, secret, this, deliver);
        });
}

void CredentialVault::deleteSecret(const QString &profileId, QObject *context, SecretCallback done)
{
    SecretCallback deliver = forCaller(context, std::move(done));
    if (usesSessionMemory(profileId)) {
        m_session.deleteSecret(profileId, this, std::move(deliver));
        return;
    }
    m_persistent->deleteSecret(profileId, this, [this, profileId, deliver](const SecretResult &result) {
        if (result.status != SecretStatus::Unavailable) {
            deliver(result);
            return;
        }
        useSessionMemoryOnly(result.message);
        m_session.deleteSecret(profileId, this, deliver);
    });
}

} // namespace nd
