// A key of a problem-details `Errors` object ("$.PhoneNumbers[1].Number") read as a request field and
// row. Contract (issue 11 item 10): a row is never negative and never past what a request can hold, so
// "phone number N" names a real row or none.

#include "FuzzInput.h"
#include "response/FieldErrorPath.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString key = nd::fuzz::text(data, size);
    const nd::FieldError error = nd::fieldErrorFromKey(key, {QStringLiteral("is invalid")});
    if (error.row)
        nd::fuzz::require(*error.row >= 0 && *error.row <= 99999, "a field error's row is a request row");
    (void)nd::fieldErrorLocation(error);
    return 0;
}
