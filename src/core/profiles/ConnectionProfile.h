#pragma once

// One way of reaching the API: a named account on a server. Saved by ProfileStore, shown by the
// profile switcher and the first-run dialog. The account's secret is not part of it: that lives in
// the CredentialVault under the profile's id.

#include <QString>
#include <QUrl>

namespace nd {

struct ConnectionProfile
{
    // The built-in sandbox profile's id. Fixed, so a saved "active profile" can point at it.
    static QString sandboxId() { return QStringLiteral("sandbox"); }

    QString id; // stable across renames: a QUuid without braces, or sandboxId()
    QString name;
    QUrl baseUrl;
    QString accountKey;
    bool isSandbox = false;

    friend bool operator==(const ConnectionProfile &a, const ConnectionProfile &b)
    {
        return a.id == b.id && a.name == b.name && a.baseUrl == b.baseUrl && a.accountKey == b.accountKey
            && a.isSandbox == b.isSandbox;
    }
    friend bool operator!=(const ConnectionProfile &a, const ConnectionProfile &b) { return !(a == b); }
};

} // namespace nd
