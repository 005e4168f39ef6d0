#pragma once

// One way of reaching the API: a named account on a server. Saved by ProfileStore, shown by the
// profile switcher and the first-run dialog. The account's secret is not part of it: that lives in
// the CredentialVault under the profile's id.
//
// `numberdesk --api-base URL` adds one temporary profile for that run (ProfileStore::useTemporaryProfile):
// listed and chosen like the others, but never saved, and its secret kept in session memory only.

#include <QString>
#include <QUrl>

namespace nd {

struct ConnectionProfile
{
    // The built-in sandbox profile's id. Fixed, so a saved "active profile" can point at it.
    static QString sandboxId() { return QStringLiteral("sandbox"); }
    // The --api-base profile's id. Fixed, and never written anywhere: nothing can point at it next run.
    static QString temporaryId() { return QStringLiteral("command-line"); }

    QString id; // stable across renames: a QUuid without braces, or sandboxId()
    QString name;
    QUrl baseUrl;
    QString accountKey;
    bool isSandbox = false;
    bool isTemporary = false; // from --api-base: this session only, never saved

    friend bool operator==(const ConnectionProfile &a, const ConnectionProfile &b)
    {
        return a.id == b.id && a.name == b.name && a.baseUrl == b.baseUrl && a.accountKey == b.accountKey
            && a.isSandbox == b.isSandbox && a.isTemporary == b.isTemporary;
    }
    friend bool operator!=(const ConnectionProfile &a, const ConnectionProfile &b) { return !(a == b); }
};

} // namespace nd
