#pragma once

// The vendor's request validation for POST /numbers/status: every problem found at once, keyed by
// JSON path, with the vendor's own messages where it has published them. Which optional fields a
// change type accepts comes from the sandbox's own statement of the contract (VendorContract), never
// from the client's rules table.
// Used by StatusChangeHandler.

#include "request/ChangeType.h"
#include "sandbox/ProblemResponse.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace nd::sandbox {

struct SandboxNumber
{
    QString e164;
    std::optional<QString> iccid;
};

struct SandboxChange
{
    ChangeType type = ChangeType::Activate;
    QDate effectiveDate;
    QString areaCode; // empty when not sent
    QString zipCode;
    QList<SandboxNumber> numbers;
};

struct ValidationOutcome
{
    std::optional<SandboxChange> change; // set when errors is empty
    FieldErrors errors;
};

class SandboxValidation final
{
public:
    static ValidationOutcome validate(const QByteArray &body);

    // +1, then a NANP area code and exchange (neither starting with 0 or 1), then 4 digits.
    static bool isNanpE164(const QString &number);
};

} // namespace nd::sandbox
