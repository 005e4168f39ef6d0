#include "profiles/ProfileStore.h"

#include "network/ApiEndpoints.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QUuid>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcProfiles, "numberdesk.core.profilestore")

// Everything lives under one group so the app's other settings can share the file.
const QLatin1String profilesArray("connections/profiles");
const QLatin1String activeKey("connections/activeProfile");
const QLatin1String idKey("id");
const QLatin1String nameKey("name");
const QLatin1String baseUrlKey("baseUrl");
const QLatin1String accountKeyKey("accountKey");

QString sandboxName()
{
    return ProfileStore::tr("Sandbox (this computer)");
}

QString temporaryName(const QUrl &baseUrl)
{
    //: The profile `numberdesk --api-base URL` adds for one run; %1 is the server's host name
    return ProfileStore::tr("Command line: %1").arg(baseUrl.host());
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    Q_ASSERT(m_settings);
    load();
}

ProfileStore::ProfileStore(const QString &iniFilePath, QObject *parent)
    : QObject(parent),
      m_ownedSettings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat)),
      m_settings(m_ownedSettings.get())
{
    load();
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::load()
{
    m_saved.clear();
    const int count = m_settings->beginReadArray(profilesArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile profile;
        profile.id = m_settings->value(idKey).toString();
        profile.name = m_settings->value(nameKey).toString();
        profile.baseUrl = QUrl(m_settings->value(baseUrlKey).toString());
        profile.accountKey = m_settings->value(accountKeyKey).toString();
        // An entry without an id cannot be referred to (active profile, secret); edited by hand.
        if (profile.id.isEmpty() || profile.id == ConnectionProfile::sandboxId()
            || indexOf(profile.id) >= 0) {
            qCWarning(lcProfiles) << "ignoring saved profile" << i << "with a missing or duplicate id";
            continue;
        }
        m_saved.append(profile);
    }
    m_settings->endArray();
    if (m_settings->contains(activeKey))
        m_activeId = m_settings->value(activeKey).toString();
    qCDebug(lcProfiles) << "loaded" << m_saved.size() << "profiles from" << m_settings->fileName();
}

bool ProfileStore::save()
{
    // Rewritten whole: a shorter array would otherwise leave stale entries behind.
    m_settings->remove(profilesArray);
    m_settings->beginWriteArray(profilesArray, int(m_saved.size()));
    for (int i = 0; i < m_saved.size(); ++i) {
        const ConnectionProfile &profile = m_saved.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(idKey, profile.id);
        m_settings->setValue(nameKey, profile.name);
        m_settings->setValue(baseUrlKey, profile.baseUrl.toString());
        m_settings->setValue(accountKeyKey, profile.accountKey);
    }
    m_settings->endArray();
    if (m_activeId)
        m_settings->setValue(activeKey, *m_activeId);
    else
        m_settings->remove(activeKey);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcProfiles) << "could not save profiles to" << m_settings->fileName()
                              << m_settings->status();
        return false;
    }
    return true;
}

int ProfileStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_saved.size(); ++i) {
        if (m_saved.at(i).id == id)
            return i;
    }
    return -1;
}

ConnectionProfile ProfileStore::sandboxProfile() const
{
    ConnectionProfile sandbox;
    sandbox.id = ConnectionProfile::sandboxId();
    sandbox.name = sandboxName();
    sandbox.baseUrl = m_sandboxBaseUrl;
    sandbox.accountKey = m_sandboxAccountKey;
    sandbox.isSandbox = true;
    return sandbox;
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> all {sandboxProfile()};
    all.append(m_saved);
    if (m_temporary)
        all.append(*m_temporary);
    return all;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    if (id == ConnectionProfile::sandboxId())
        return sandboxProfile();
    if (m_temporary && id == m_temporary->id)
        return m_temporary;
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_saved.at(index);
}

std::optional<QString> ProfileStore::problemWith(const ConnectionProfile &profile) const
{
    if (profile.isSandbox || profile.id == ConnectionProfile::sandboxId())
        return tr("The sandbox profile is built in and cannot be changed.");
    if (profile.isTemporary || profile.id == ConnectionProfile::temporaryId())
        return tr("The command-line profile is for this session only and cannot be changed.");
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return tr("Please give the profile a name.");
    if (name.compare(sandboxName(), Qt::CaseInsensitive) == 0)
        return tr("That name belongs to the built-in sandbox profile; please choose another.");
    for (const ConnectionProfile &other : m_saved) {
        if (other.id != profile.id && other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return tr("A profile named “%1” already exists.").arg(other.name);
    }
    if (std::optional<QString> urlProblem = ApiEndpoints::problemWithBaseUrl(profile.baseUrl))
        return urlProblem;
    if (profile.accountKey.trimmed().isEmpty())
        return tr("Please enter the AccountKey.");
    return std::nullopt;
}

ProfileStore::AddResult ProfileStore::add(const ConnectionProfile &draft)
{
    ConnectionProfile profile = draft;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = profile.name.trimmed();
    profile.accountKey = profile.accountKey.trimmed();
    if (std::optional<QString> problem = problemWith(profile)) {
        qCInfo(lcProfiles) << "refused a new profile:" << *problem;
        return {std::nullopt, *problem};
    }
    m_saved.append(profile);
    if (!save()) {
        m_saved.removeLast();
        return {std::nullopt, tr("The profile could not be saved: the settings file is not writable.")};
    }
    qCInfo(lcProfiles) << "added profile" << profile.id;
    emit profilesChanged();
    return {profile, {}};
}

std::optional<QString> ProfileStore::update(const ConnectionProfile &changed)
{
    const int index = indexOf(changed.id);
    if (index < 0 && changed.id != ConnectionProfile::sandboxId())
        return tr("This profile no longer exists.");
    ConnectionProfile profile = changed;
    profile.name = profile.name.trimmed();
    profile.accountKey = profile.accountKey.trimmed();
    if (std::optional<QString> problem = problemWith(profile)) {
        qCInfo(lcProfiles) << "refused changes to profile" << changed.id << ":" << *problem;
        return problem;
    }
    const ConnectionProfile previous = m_saved.at(index);
    m_saved[index] = profile;
    if (!save()) {
        m_saved[index] = previous;
        return tr("The profile could not be saved: the settings file is not writable.");
    }
    qCInfo(lcProfiles) << "updated profile" << profile.id;
    emit profilesChanged();
    return std::nullopt;
}

bool ProfileStore::remove(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    m_saved.removeAt(index);
    const bool wasSavedActive = m_activeId == id;
    if (wasSavedActive)
        m_activeId.reset();
    save();
    qCInfo(lcProfiles) << "removed profile" << id;
    emit profilesChanged();
    // While the --api-base profile is in use, the connection did not change: saying so would stop
    // following the order on screen for nothing.
    if (wasSavedActive && !m_temporaryActive)
        emit activeProfileChanged(QString());
    return true;
}

std::optional<QString> ProfileStore::activeProfileId() const
{
    if (m_temporaryActive)
        return m_temporary->id;
    if (!m_activeId || !profile(*m_activeId))
        return std::nullopt;
    return m_activeId;
}

std::optional<ConnectionProfile> ProfileStore::activeProfile() const
{
    if (const std::optional<QString> id = activeProfileId())
        return profile(*id);
    return std::nullopt;
}

bool ProfileStore::setActiveProfile(const QString &id)
{
    if (!profile(id))
        return false;
    const bool changed = activeProfileId() != id;
    if (m_temporary && id == m_temporary->id) {
        m_temporaryActive = true; // the saved choice stays for the next start
    } else {
        m_temporaryActive = false;
        m_activeId = id;
        save();
    }
    if (changed) {
        qCInfo(lcProfiles) << "active profile is now" << id;
        emit activeProfileChanged(id);
    }
    return true;
}

bool ProfileStore::isFirstRun() const
{
    return m_saved.isEmpty() && !m_activeId;
}

std::optional<QString> ProfileStore::useTemporaryProfile(const QUrl &baseUrl)
{
    if (std::optional<QString> problem = ApiEndpoints::problemWithBaseUrl(baseUrl)) {
        qCInfo(lcProfiles) << "refused the command-line server:" << *problem;
        return problem;
    }
    ConnectionProfile temporary;
    temporary.id = ConnectionProfile::temporaryId();
    temporary.name = temporaryName(baseUrl);
    temporary.baseUrl = baseUrl;
    temporary.isTemporary = true;
    m_temporary = temporary;
    qCInfo(lcProfiles) << "using a temporary profile for" << baseUrl.host();
    emit profilesChanged();
    setActiveProfile(temporary.id);
    return std::nullopt;
}

bool ProfileStore::setTemporaryAccountKey(const QString &accountKey)
{
    const QString key = accountKey.trimmed();
    if (!m_temporary || key.isEmpty())
        return false;
    if (m_temporary->accountKey == key)
        return true;
    m_temporary->accountKey = key;
    emit profilesChanged();
    return true;
}

void ProfileStore::setSandboxConnection(const QUrl &baseUrl, const QString &accountKey)
{
    m_sandboxBaseUrl = baseUrl;
    m_sandboxAccountKey = accountKey;
    emit profilesChanged();
}

} // namespace nd
