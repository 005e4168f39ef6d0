#pragma once

// Writes the body of POST /v1.0/numbers/status in the one form NumberDesk sends (the contract's
// "Send" form). Takes only a ValidatedRequest; still consults the rules table so a field the change
// type does not use can never be sent. Used by the network client and the journal.

#include "request/StatusChangeRequest.h"

#include <QByteArray>

namespace nd {

// Compact UTF-8 JSON, keys in the contract's order: StatusChange, EffectiveDate, AreaCode, ZipCode,
// PhoneNumbers.
QByteArray serializeStatusChange(const ValidatedRequest &request);

} // namespace nd
