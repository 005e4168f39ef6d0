#pragma once

// The one place the app keeps account secrets. Tries the operating system's credential store; the first
// time that store turns out to be unavailable, it switches to session memory for the rest of the run and
// says why (isPersistent(), sessionOnlyExplanation(), sessionOnlyStarted). The sandbox's secret is
// always session-only. Used by the connection and first-run dialogs and whoever builds Credentials.

#include "profiles/SecretStore.h"
#include "profiles/SessionSecretStore.h"

#include <QObject>
#include <memory>
#include <optional>

namespace nd {

class CredentialVault final : public QObject, public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialVault)

public:
    // Uses a KeychainSecretStore.
    explicit CredentialVault(QObject *parent = nullptr);
    // Tests pass a store of their own in place of the operating system's.
    explicit CredentialVault(std::unique_ptr<SecretStore> persistentStore, QObject *parent = nullptr);
    ~CredentialVault() override;

    // False once the credential store was found unavailable: secrets last until the app quits and are
    // asked for again at the next start.
    bool isPersistent() const { return !m_sessionOnlyReason.has_value(); }
    // For the user: why secrets are not being saved. Empty while isPersistent().
    QString sessionOnlyExplanation() const;

    // For when the user chooses not to use a store that refused access (e.g. a keyring left locked).
    // `reason` is a sentence for the user; it starts the explanation.
    void useSessionMemoryOnly(const QString &reason);

    void readSecret(const QString &profileId, QObject *context, SecretCallback done) override;
    void writeSecret(
        const QString &profileId, const QString &secret, QObject *context, SecretCallback done) override;
    void deleteSecret(const QString &profileId, QObject *context, SecretCallback done) override;

signals:
    void sessionOnlyStarted(const QString &explanation);

private:
    bool usesSessionMemory(const QString &profileId) const;

    std::unique_ptr<SecretStore> m_persistent;
    SessionSecretStore m_session;
    std::optional<QString> m_sessionOnlyReason; // the store's own words, set once it is found unavailable
};

} // namespace nd
