#include "profiles/SessionSecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaObject>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcSession, "numberdesk.core.sessionsecretstore")

// Answer from the event loop like the OS store does, so callers never see a callback re-enter them.
void deliverLater(QObject *context, SecretCallback done, SecretResult result)
{
    Q_ASSERT(context);
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}
} // namespace

void SessionSecretStore::readSecret(const QString &profileId, QObject *context, SecretCallback done)
{
    const auto found = m_secrets.constFind(profileId);
    SecretResult result;
    if (found == m_secrets.constEnd()) {
        result.status = SecretStatus::NotFound;
        result.message = QCoreApplication::translate(
            "SessionSecretStore", "No secret has been entered for this profile in this session.");
    } else {
        result.status = SecretStatus::Ok;
        result.secret = *found;
    }
    qCDebug(lcSession) << "read secret for profile" << profileId << "found:" << result.ok();
    deliverLater(context, std::move(done), std::move(result));
}

void SessionSecretStore::writeSecret(
    const QString &profileId, const QString &secret, QObject *context, SecretCallback done)
{
    m_secrets.insert(profileId, secret);
    qCDebug(lcSession) << "kept secret for profile" << profileId << "in memory";
    deliverLater(context, std::move(done), SecretResult {SecretStatus::Ok, {}, {}});
}

void SessionSecretStore::deleteSecret(const QString &profileId, QObject *context, SecretCallback done)
{
    m_secrets.remove(profileId);
    qCDebug(lcSession) << "forgot secret for profile" << profileId;
    deliverLater(context, std::move(done), SecretResult {SecretStatus::Ok, {}, {}});
}

} // namespace nd
