#pragma once

// The status change as the user typed it (StatusChangeRequest) and as it may be sent
// (ValidatedRequest, made only by RequestValidator). Serialization takes only the validated form,
// so nothing unchecked can reach the server.

#include "request/ChangeType.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace nd {

struct NumberEntry
{
    QString number; // as typed or pasted: "(201) 609-3801"
    QString iccid; // as typed; only used for swap-sim
};

struct StatusChangeRequest
{
    ChangeType changeType = ChangeType::Activate;
    QDate effectiveDate;
    QString areaCode; // kept even when the change type does not use it; not sent then
    QString zipCode;
    QList<NumberEntry> numbers;
};

struct ValidatedNumber
{
    QString e164; // "+12016093801"
    QString iccid; // digits only, or empty
    int sourceRow = 0; // index into StatusChangeRequest::numbers, to map server errors back
};

struct ValidatedRequest
{
    ChangeType changeType = ChangeType::Activate;
    QDate effectiveDate;
    QString areaCode; // empty unless the rule applies and the user filled it
    QString zipCode;
    QList<ValidatedNumber> numbers; // duplicates removed
};

} // namespace nd
