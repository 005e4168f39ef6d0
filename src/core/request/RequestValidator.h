#pragma once

// Checks a StatusChangeRequest as typed against the rules table (ChangeType) and turns it into a
// ValidatedRequest, the only form RequestSerializer accepts. The form calls it on every edit for
// per-field, per-row feedback; the submit path calls it once more before sending.

#include "request/StatusChangeRequest.h"
#include "request/ValidationResult.h"

#include <QDate>

namespace nd {

// `today` is passed in (not read from the clock) so "in the past" is testable and follows the
// desk's idea of today.
ValidationResult validateRequest(const StatusChangeRequest &request, const QDate &today);

} // namespace nd
