#pragma once

// An eSIM activation code as GSMA SGP.22 defines it:
//   LPA:1$<SM-DP+ address>$<matching ID>[$<SM-DP+ OID>[$<1 = confirmation code required>]]
// Used to check what a QR code holds before showing it, to split it into the fields a phone asks for
// when the code is typed in by hand, and by the sandbox to make codes.
// An activation code lets its holder install the customer's line: never log one.

#include <QString>
#include <optional>

namespace nd {

struct ActivationCode
{
    QString smdpAddress; // FQDN of the SM-DP+ server, e.g. "T-MOBILE.IDEMIA.IO"
    QString matchingId; // may be empty (SGP.22 allows "LPA:1$host$")
    QString oid; // optional SM-DP+ OID, dotted digits
    bool confirmationCodeRequired = false;

    // Accepts "LPA:" in any case and ignores white space around the code; nullopt when malformed.
    static std::optional<ActivationCode> parse(const QString &untrimmed);
    static bool isWellFormed(const QString &text) { return parse(text).has_value(); }

    // The canonical form ("LPA:" upper-case, no spaces): what goes into QR codes and install links.
    QString toString() const;
};

} // namespace nd
