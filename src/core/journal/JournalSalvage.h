#pragma once

// Reads what it can from a journal file that was found damaged and set aside: the records whose
// outcome was still open (sending or outcome_unknown). Their numbers must stay guarded in the fresh
// journal, or a damaged file would silently forget a change the server may have made. Used by
// OrderJournal::open only.

#include "journal/JournalEntry.h"

#include <QList>
#include <QString>

namespace nd::journal {

struct SalvagedRecords
{
    QList<JournalEntry> unresolved; // as read, newest first; their ids are the damaged file's
    bool complete = false; // false: some of the file could not be read, more may have been open
    QString detail; // SQLite's words when not complete
};

// Opens `path` read-only under its own connection; never writes to it.
SalvagedRecords salvageUnresolved(const QString &path);

} // namespace nd::journal
