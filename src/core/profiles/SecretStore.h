#pragma once

// Where account secrets are kept, keyed by profile id. Asynchronous because the operating system's
// credential store answers over IPC (and may ask the user to unlock it). Implemented by
// KeychainSecretStore, SessionSecretStore and CredentialVault (which picks between the two); used by
// the connection dialog and whoever builds the ApiClient's Credentials.
//
// A SecretResult carries the secret on a successful read only. Its message is for the user and never
// contains the secret; nobody should log a result's secret either.

#include <QString>
#include <functional>

class QObject;

namespace nd {

enum class SecretStatus {
    Ok,
    NotFound, // nothing stored for this profile (a read); deleting a missing secret is Ok
    Unavailable, // no credential store on this machine, or it cannot be reached
    Failed, // the store refused (locked, access denied) or another error; see the message
};

struct SecretResult
{
    SecretStatus status = SecretStatus::Failed;
    QString secret; // only for a successful read
    QString message; // for the user when not Ok

    bool ok() const { return status == SecretStatus::Ok; }
};

using SecretCallback = std::function<void(const SecretResult &)>;

class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // `done` is called later, from the event loop, never before these return, and only while `context`
    // (which must not be null) still exists; the operation itself still completes without it.
    virtual void readSecret(const QString &profileId, QObject *context, SecretCallback done) = 0;
    virtual void writeSecret(
        const QString &profileId, const QString &secret, QObject *context, SecretCallback done)
        = 0;
    virtual void deleteSecret(const QString &profileId, QObject *context, SecretCallback done) = 0;

protected:
    SecretStore() = default;
    SecretStore(const SecretStore &) = default;
    SecretStore &operator=(const SecretStore &) = default;
};

} // namespace nd
