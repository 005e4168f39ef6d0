#pragma once

// Checks the AreaCode and ZipCode a swap or replace may ask the new number to come from. Both are
// optional: blank means "let the server choose". Used by RequestValidator and the form.

#include "request/ValidationIssue.h"

#include <QList>
#include <QString>

namespace nd {

struct LocationCodeResult
{
    QString value; // "201" / "84043"; empty when blank or unusable
    bool isBlank = false;
    QList<ValidationIssue> issues; // field "AreaCode" or "ZipCode", row unset

    bool hasErrors() const { return containsError(issues); }
};

// Three digits under the North American rules (first digit 2-9, not N11).
LocationCodeResult parseAreaCode(const QString &typed);

// Five digits; ZIP+4 ("84043-1234" or nine digits) is cut to five with a Note.
LocationCodeResult parseZipCode(const QString &typed);

} // namespace nd
