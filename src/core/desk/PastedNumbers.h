#pragma once

// Turns text pasted from a spreadsheet, an e-mail or a ticket into number rows: one number per line,
// or several per line separated by commas, semicolons or tabs; an ICCID beside a number (the next
// cell) is kept with it. Cells without any digit (headers like "Number") are skipped. Used by the
// numbers table's paste action.

#include "request/StatusChangeRequest.h"

#include <QList>
#include <QString>

namespace nd {

QList<NumberEntry> parsePastedNumbers(const QString &text);

} // namespace nd
