#pragma once

// Secrets in the operating system's credential store through QtKeychain: Keychain on macOS, Credential
// Manager on Windows, Secret Service or KWallet on Linux. Service "NumberDesk", one entry per profile id.
// QtKeychain's insecure fallback (plain text in QSettings) is always off; when no store can be reached
// the result is SecretStatus::Unavailable and CredentialVault switches to session memory.

#include "profiles/SecretStore.h"

namespace nd {

class KeychainSecretStore final : public SecretStore
{
public:
    static QString serviceName() { return QStringLiteral("NumberDesk"); }

    KeychainSecretStore() = default;
    KeychainSecretStore(const KeychainSecretStore &) = delete;
    KeychainSecretStore &operator=(const KeychainSecretStore &) = delete;

    void readSecret(const QString &profileId, QObject *context, SecretCallback done) override;
    void writeSecret(
        const QString &profileId, const QString &secret, QObject *context, SecretCallback done) override;
    void deleteSecret(const QString &profileId, QObject *context, SecretCallback done) override;
};

} // namespace nd
