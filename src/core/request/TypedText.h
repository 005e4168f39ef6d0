#pragma once

// Cleans up text pasted from e-mails, spreadsheets and web pages before the request parsers look at
// it: non-breaking and other Unicode spaces, tabs, zero-width marks and typographic dashes. Used by
// PhoneNumber, Iccid and LocationCodes so that "blank" means the same everywhere.

#include <QString>

namespace nd {

// Every kind of space becomes ' ', invisible marks are dropped, Unicode dashes become '-', and the
// result is trimmed.
QString normalizeTypedText(const QString &typed);

// True when nothing but spaces or invisible marks was typed.
bool isBlankTypedText(const QString &typed);

} // namespace nd
