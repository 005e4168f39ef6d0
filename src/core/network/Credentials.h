#pragma once

// An account's API credentials. The secret is held in memory only and never logged, written to
// settings or shown; whoever builds error messages must not include it.

#include <QString>

namespace nd {

struct Credentials
{
    QString accountKey; // "DID-…", not secret but not logged either
    QString accountSecret; // secret

    bool isComplete() const { return !accountKey.trimmed().isEmpty() && !accountSecret.isEmpty(); }
    bool operator==(const Credentials &other) const
    {
        return accountKey == other.accountKey && accountSecret == other.accountSecret;
    }
    bool operator!=(const Credentials &other) const { return !(*this == other); }
};

} // namespace nd
