#pragma once

// Fixtures for the accounts GUI tests: a profile store on a temporary ini file, a vault whose
// "operating-system store" is session memory (so no real keyring is touched), and a stand-in store
// that behaves like a machine without any credential store, or like one whose store refuses (locked).

#include "profiles/CredentialVault.h"
#include "profiles/ProfileStore.h"
#include "profiles/SessionSecretStore.h"

#include <QTemporaryDir>
#include <QTimer>
#include <memory>

namespace accountstest {

// Answers every operation like QtKeychain without a D-Bus session.
class UnavailableStore final : public nd::SecretStore
{
public:
    void readSecret(const QString &, QObject *context, nd::SecretCallback done) override
    {
        answer(context, done);
    }
    void writeSecret(const QString &, const QString &, QObject *context, nd::SecretCallback done) override
    {
        answer(context, done);
    }
    void deleteSecret(const QString &, QObject *context, nd::SecretCallback done) override
    {
        answer(context, done);
    }

private:
    static void answer(QObject *context, const nd::SecretCallback &done)
    {
        QTimer::singleShot(0, context, [done] {
            done({nd::SecretStatus::Unavailable, {},
                QStringLiteral("This computer's credential store is unavailable (no D-Bus session).")});
        });
    }
};

// A credential store that keeps secrets in memory until told to refuse, then answers like a keyring
// left locked: Failed (not Unavailable, which would switch the vault to session memory on its own).
class RefusingStore final : public nd::SecretStore
{
public:
    explicit RefusingStore(bool *refuse) : m_refuse(refuse) { }
    void readSecret(const QString &id, QObject *context, nd::SecretCallback done) override
    {
        m_memory.readSecret(id, context, std::move(done));
    }
    void writeSecret(
        const QString &id, const QString &secret, QObject *context, nd::SecretCallback done) override
    {
        if (!*m_refuse) {
            m_memory.writeSecret(id, secret, context, std::move(done));
            return;
        }
        QTimer::singleShot(0, context, [done] {
            done({nd::SecretStatus::Failed, {}, QStringLiteral("The keyring is locked.")});
        });
    }
    void deleteSecret(const QString &id, QObject *context, nd::SecretCallback done) override
    {
        m_memory.deleteSecret(id, context, std::move(done));
    }

private:
    bool *m_refuse;
    nd::SessionSecretStore m_memory;
};

struct Accounts
{
    explicit Accounts(bool storeAvailable = true)
        : iniPath(dir.filePath(QStringLiteral("settings.ini"))),
          store(std::make_unique<nd::ProfileStore>(iniPath)),
          vault(storeAvailable
                  ? std::make_unique<nd::CredentialVault>(std::make_unique<nd::SessionSecretStore>())
                  : std::make_unique<nd::CredentialVault>(std::make_unique<UnavailableStore>()))
    { }

    QTemporaryDir dir;
    QString iniPath;
    std::unique_ptr<nd::ProfileStore> store;
    std::unique_ptr<nd::CredentialVault> vault;
};

} // namespace accountstest
