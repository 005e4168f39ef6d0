#pragma once

// Where this desk's order journal is and whose name it writes on the records (issue #14), as saved in
// QSettings under journal/: the agent's name, local file or team journal, and the team server. The
// server's password is not here: it lives in the OS keychain under passwordKey(). Read at startup to
// build the JournalLocation; edited in Preferences.

#include "journal/JournalEntry.h"
#include "journal/JournalLocation.h"

#include <QString>

class QSettings;

namespace nd {

struct TeamJournalSettings
{
    QString agentName; // as typed in Preferences; empty: the OS user name
    bool useTeamJournal = false; // false: the local file (the default)
    TeamServer server; // the team server; kept while the local file is chosen, for switching back

    static TeamJournalSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    // The keychain entry of `server`'s password: "team-journal/<user>@<host>:<port>/<database>". Its own
    // key per server, so switching servers never hands one server's password to another.
    static QString passwordKey(const TeamServer &server);
    QString passwordKey() const { return passwordKey(server); }

    // The journal to open: `localFile` or the team server, the latter without its password (the
    // opener reads it from the keychain, so a failed read is seen, never replaced by the local file).
    JournalLocation location(const QString &localFile) const;
    JournalIdentity identity() const { return JournalIdentity::ofThisComputer(agentName); }

    friend bool operator==(const TeamJournalSettings &a, const TeamJournalSettings &b)
    {
        return a.agentName == b.agentName && a.useTeamJournal == b.useTeamJournal && a.server == b.server;
    }
};

} // namespace nd
