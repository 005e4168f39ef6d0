#pragma once

// How one order-journal record reads for people: a one-line summary for lists and a details block
// (change type, time, profile, agent and desk, effective date, every number with its ICCID, OrderId,
// error and trace id, who resolved it). QR URLs are never part of it. Used by InterruptedRequestsDialog and
// HistoryEntryDialog.

#include "journal/JournalEntry.h"

#include <QString>

namespace nd::history {

QString entryLine(const JournalEntry &entry); // "Swap SIM · 17/05/2024 10:30 CEST · 3 numbers · Acme"
// Every value escaped; the numbers listed unless `withNumbers` is false (a results view shows them).
QString entryDetailsHtml(const JournalEntry &entry, bool withNumbers = true);
// The failure as the results view shows it; nullopt when the record holds none.
std::optional<ApiError> entryError(const JournalEntry &entry);

} // namespace nd::history
