#pragma once

// Opening an order journal, in the two steps OrderJournal::check / open describe: checking (any thread;
// the full integrity check of a file, setting a damaged one aside and salvaging its open records, or
// connecting to a team server and migrating it) and opening (the thread that will use the journal:
// the cheap steps, the run's mark of life, adopting what was salvaged). Turns each way it can fail into
// a JournalOpenResult with a message for the user. OrderJournal's static functions forward here.

#include "journal/OrderJournal.h"

namespace nd {

class JournalOpening final
{
public:
    JournalOpening() = delete;

    static JournalCheck checkFile(const QString &path, int busyTimeoutMs);
    static JournalOpenResult openFile(const QString &path, int busyTimeoutMs, const JournalCheck &checked);
    static JournalCheck check(const JournalLocation &location);
    static JournalOpenResult open(
        const JournalLocation &location, const JournalIdentity &who, const JournalCheck &checked);

private:
    static JournalOpenResult openTeam(
        const JournalLocation &location, const JournalIdentity &who, const JournalCheck &checked);
};

} // namespace nd
