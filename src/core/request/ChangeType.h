#pragma once

// The rules table: which change types exist, what each one does and which request fields apply to it.
// Validation, serialization and the form all read this one table; nothing else in the client may
// hard-code "area code applies to swap". The sandbox states the vendor's rules on its own
// (sandbox/VendorContract) and tests/sandbox/tst_contractagreement holds the two against each other.

#include <QList>
#include <QString>
#include <optional>

namespace nd {

enum class ChangeType { Activate, Cancel, Swap, SwapSim, Replace, Park };

struct ChangeTypeRule
{
    ChangeType type;
    const char *wireName; // exactly as sent in "StatusChange"
    bool usesAreaCode; // AreaCode / ZipCode are sent only when this is true
    bool usesZipCode;
    bool usesIccid; // per-number ICCID, optional
    bool destructive; // asks the user to confirm before sending
    bool issuesQrCode; // the response carries a QR code per number
    bool assignsNewNumber; // the response pairs OriginalNumber with NewNumber
    // The new number stays in the old number's area code (swap); otherwise AreaCode, then ZipCode, pick it.
    bool keepsAreaCode;
};

// All six, in the order the form lists them.
const QList<ChangeTypeRule> &changeTypeRules();
const ChangeTypeRule &ruleFor(ChangeType type);

QString wireName(ChangeType type);
// Accepts any casing ("Swap-Sim", "swap-sim"); nullopt for anything else.
std::optional<ChangeType> changeTypeFromWireName(const QString &name);

// One line of plain language for staff: what happens to the number and whether it can be undone.
QString changeTypeTitle(ChangeType type);
QString changeTypeExplanation(ChangeType type);

} // namespace nd
