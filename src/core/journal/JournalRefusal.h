#pragma once

// What the agent is told when a request was not recorded, and so not sent, because another record
// holds one of its numbers (JournalClaims): who holds the first, since when, and what to do about it.
// Used by OrderJournal.

#include "journal/JournalEntry.h"

#include <QList>
#include <QString>

namespace nd::journal {

QString refusalMessage(const QList<NumberClaim> &claims);

} // namespace nd::journal
