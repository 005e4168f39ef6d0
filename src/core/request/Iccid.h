#pragma once

// Checks an ICCID (the SIM's serial number) typed for a swap-sim row. The field is optional; what
// staff paste often carries spaces or the trailing 'F' filler the SIM stores. Used by
// RequestValidator.

#include "request/ValidationIssue.h"

#include <QList>
#include <QString>

namespace nd {

struct IccidResult
{
    QString digits; // digits only, filler removed; empty when blank or unusable
    bool isBlank = false;
    QList<ValidationIssue> issues; // field "ICCID", row unset

    bool hasErrors() const { return containsError(issues); }
};

IccidResult parseIccid(const QString &typed);

// The Luhn (mod 10) check over all digits, the last one being the check digit.
bool passesLuhnCheck(const QString &digits);

} // namespace nd
