// A paste into the numbers table (lines, cells split by tabs, commas and semicolons, ICCIDs beside
// numbers), then each row read as the validator reads it. Contract: every row holds a digit.

#include "FuzzInput.h"
#include "desk/PastedNumbers.h"
#include "request/Iccid.h"
#include "request/PhoneNumber.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<nd::NumberEntry> rows = nd::parsePastedNumbers(nd::fuzz::text(data, size));
    for (const nd::NumberEntry &row : rows) {
        nd::fuzz::require(
            std::any_of(row.number.cbegin(), row.number.cend(), [](QChar c) { return c.isDigit(); }),
            "a pasted row holds a digit");
        (void)nd::parsePhoneNumber(row.number);
        (void)nd::parseIccid(row.iccid);
    }
    return 0;
}
