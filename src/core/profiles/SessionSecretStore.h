#pragma once

// Secrets kept in this process's memory only, forgotten when the app quits. Used by CredentialVault for
// the sandbox and, when the operating system's credential store is unavailable, for every profile.

#include "profiles/SecretStore.h"

#include <QHash>

namespace nd {

class SessionSecretStore final : public SecretStore
{
public:
    SessionSecretStore() = default;
    ~SessionSecretStore() override = default;
    SessionSecretStore(const SessionSecretStore &) = delete;
    SessionSecretStore &operator=(const SessionSecretStore &) = delete;

    void readSecret(const QString &profileId, QObject *context, SecretCallback done) override;
    void writeSecret(
        const QString &profileId, const QString &secret, QObject *context, SecretCallback done) override;
    void deleteSecret(const QString &profileId, QObject *context, SecretCallback done) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace nd
