#include "profiles/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcKeychain, "numberdesk.core.keychainsecretstore")

QString translate(const char *text)
{
    return QCoreApplication::translate("KeychainSecretStore", text);
}

const char *statusName(SecretStatus status)
{
    switch (status) {
    case SecretStatus::Ok:
        return "ok";
    case SecretStatus::NotFound:
        return "not found";
    case SecretStatus::Unavailable:
        return "credential store unavailable";
    case SecretStatus::Failed:
        return "failed";
    }
    return "?";
}

// QtKeychain's errorString() names the backend's problem (D-Bus not running, no such service); it never
// contains the secret, so it may go into messages and logs.
SecretResult resultOf(const QKeychain::Job &job)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        return {SecretStatus::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        return {SecretStatus::NotFound, {}, translate("No secret is saved for this profile.")};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {SecretStatus::Failed, {},
            translate("The credential store refused access (%1). It may be locked.").arg(detail)};
    case QKeychain::CouldNotDeleteEntry:
        return {SecretStatus::Failed, {},
            translate("The credential store could not delete the secret (%1).").arg(detail)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux a missing or unreachable Secret Service / KWallet (no D-Bus session, daemon not
        // running) arrives as OtherError with the D-Bus message, not as NoBackendAvailable.
        break;
    }
    return {SecretStatus::Unavailable, {},
        translate("This computer's credential store is unavailable (%1).").arg(detail)};
}

// Jobs own themselves (auto-delete after `finished`) rather than being parented to the caller's context:
// QtKeychain's backends call back into a running job, so deleting one mid-flight would be unsafe.
template<typename Job> Job *newJob(const QString &profileId)
{
    auto *job = new Job(KeychainSecretStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text on disk
    job->setKey(profileId);
    return job;
}

void logOutcome(const char *operation, const QString &profileId, const SecretResult &result)
{
    if (result.status == SecretStatus::Ok || result.status == SecretStatus::NotFound)
        qCInfo(lcKeychain) << operation << "secret for profile" << profileId << "->"
                           << statusName(result.status);
    else
        qCWarning(lcKeychain) << operation << "secret for profile" << profileId << "->"
                              << statusName(result.status) << ":" << result.message;
}
} // namespace

void KeychainSecretStore::readSecret(const QString &profileId, QObject *context, SecretCallback done)
{
    Q_ASSERT(context);
    auto *job = newJob<QKeychain::ReadPasswordJob>(profileId);
    QObject::connect(job, &QKeychain::Job::finished, context,
        [profileId, done = std::move(done)](QKeychain::Job *finished) {
            SecretResult result = resultOf(*finished);
            if (result.ok())
                result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            logOutcome("read", profileId, result);
            done(result);
        });
    job->start();
}

void KeychainSecretStore::writeSecret(
    const QString &profileId, const QString &secret, QObject *context, SecretCallback done)
{
    Q_ASSERT(context);
    auto *job = newJob<QKeychain::WritePasswordJob>(profileId);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context,
        [profileId, done = std::move(done)](QKeychain::Job *finished) {
            const SecretResult result = resultOf(*finished);
            logOutcome("write", profileId, result);
            done(result);
        });
    job->start();
}

void KeychainSecretStore::deleteSecret(const QString &profileId, QObject *context, SecretCallback done)
{
    Q_ASSERT(context);
    auto *job = newJob<QKeychain::DeletePasswordJob>(profileId);
    QObject::connect(job, &QKeychain::Job::finished, context,
        [profileId, done = std::move(done)](QKeychain::Job *finished) {
            SecretResult result = resultOf(*finished);
            // Deleting what is not there leaves the wanted state: nothing stored.
            if (result.status == SecretStatus::NotFound)
                result = {SecretStatus::Ok, {}, {}};
            logOutcome("delete", profileId, result);
            done(result);
        });
    job->start();
}

} // namespace nd
