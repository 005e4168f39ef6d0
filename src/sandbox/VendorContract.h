#pragma once

// The sandbox's own statement of what the vendor documents for POST /v1.0/numbers/status: the six
// StatusChange values and, for each, which optional fields the server accepts and what its answer
// carries. Written from the vendor's facts (src/sandbox/README.md, "The contract it enforces"), not
// from the client's rules table (request/ChangeType.h), on purpose: the two are compared by
// tests/sandbox/tst_contractagreement, so a wrong client rule fails a test instead of passing every
// loopback test against a sandbox that shares the mistake. The ChangeType enum is only a name here.

#include "request/ChangeType.h"

#include <QList>
#include <QString>
#include <optional>

namespace nd::sandbox {

struct VendorChange
{
    ChangeType type;
    const char *wireName; // the exact, lowercase StatusChange value
    bool acceptsAreaCode; // AreaCode and ZipCode: "available for Swap and Replace only"
    bool acceptsZipCode;
    bool acceptsIccid; // PhoneNumbers[].ICCID: "available for swap-sim only (optional)"
    bool issuesQrCode; // the answer carries QrCode per number (a new eSIM profile)
    bool assignsNewNumber; // the answer pairs OriginalNumber with NewNumber
    bool keepsAreaCode; // swap: a new number "in the same area code"; replace: from AreaCode/ZipCode
};

const QList<VendorChange> &vendorChanges();
const VendorChange &vendorChange(ChangeType type);
// Exact wire names only: the vendor's examples are all lowercase.
std::optional<ChangeType> vendorChangeNamed(const QString &wireName);

} // namespace nd::sandbox
