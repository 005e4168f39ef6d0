#pragma once

// The saved connection profiles and which one is active, kept in QSettings. Used by the main window's
// profile switcher, the connection dialog and the first-run dialog.
//
// It never sees an account secret: those go to the CredentialVault under the profile's id, and whoever
// removes a profile here also deletes its secret there. The sandbox is always listed first, is never
// saved and cannot be edited or removed; whoever starts the sandbox tells this store its address.
//
// `--api-base URL` adds a temporary profile (useTemporaryProfile): listed last, active for this run,
// never written to the settings. Its account key is given once (setTemporaryAccountKey); the saved
// active profile stays what it was, so the next start without --api-base opens it again.

#include "profiles/ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <memory>
#include <optional>

class QSettings;

namespace nd {

class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    // The settings object must outlive the store; the app passes its own, tests a temporary ini file.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    explicit ProfileStore(const QString &iniFilePath, QObject *parent = nullptr);
    ~ProfileStore() override;

    // The sandbox first, then the saved profiles in the order they were added, then the temporary one.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;

    struct AddResult
    {
        std::optional<ConnectionProfile> profile; // with its new id, when saved
        QString problem; // for the user, when refused
    };
    // The draft's id is ignored; a new one is assigned.
    AddResult add(const ConnectionProfile &draft);
    // nullopt when saved; otherwise why not, for the user.
    std::optional<QString> update(const ConnectionProfile &changed);
    bool remove(const QString &id); // false for the sandbox and unknown ids

    // Why this profile cannot be saved (name, address, account key), or nullopt.
    std::optional<QString> problemWith(const ConnectionProfile &profile) const;

    // The active profile: the temporary one while it is chosen, otherwise the id saved as active, if it
    // still names a profile.
    std::optional<QString> activeProfileId() const;
    std::optional<ConnectionProfile> activeProfile() const;
    // Choosing a saved profile (or the sandbox) saves the choice; choosing the temporary one does not.
    bool setActiveProfile(const QString &id); // false for unknown ids

    // The --api-base server for this run only: a profile named after its host, without an account key
    // yet, made active without saving. nullopt when used; otherwise why not (the base URL's rules, as
    // for saved profiles: https, or http on this computer only).
    std::optional<QString> useTemporaryProfile(const QUrl &baseUrl);
    // The account the agent typed for the temporary profile. False without a temporary profile or with
    // an empty key.
    bool setTemporaryAccountKey(const QString &accountKey);

    // No profile saved and no choice made yet: the app shows the first-run dialog.
    bool isFirstRun() const;

    // Filled at run time by whoever starts the sandbox; never saved.
    void setSandboxConnection(const QUrl &baseUrl, const QString &accountKey);

signals:
    void profilesChanged();
    void activeProfileChanged(const QString &id);

private:
    void load();
    bool save();
    ConnectionProfile sandboxProfile() const;
    int indexOf(const QString &id) const;

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings = nullptr;
    QList<ConnectionProfile> m_saved;
    std::optional<QString> m_activeId; // as saved: never the temporary profile
    std::optional<ConnectionProfile> m_temporary; // from --api-base; memory only
    bool m_temporaryActive = false;
    QUrl m_sandboxBaseUrl;
    QString m_sandboxAccountKey;
};

} // namespace nd
