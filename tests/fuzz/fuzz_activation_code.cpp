// An eSIM activation code (SGP.22 "LPA:1$host$id[$oid[$1]]") as a decoded QR code may hold it.
// Contract: what parses writes back to text that parses to the same code.

#include "FuzzInput.h"
#include "qr/ActivationCode.h"

#include <QRegularExpression>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<nd::ActivationCode> code = nd::ActivationCode::parse(nd::fuzz::text(data, size));
    if (!code)
        return 0;
    // SGP.22's alphabets: whatever got through is shown and stored as an activation code.
    static const QRegularExpression address(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9.-]+")));
    static const QRegularExpression matchingId(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9-]*")));
    nd::fuzz::require(address.match(code->smdpAddress).hasMatch(), "the SM-DP+ address is a host name");
    nd::fuzz::require(matchingId.match(code->matchingId).hasMatch(), "the matching ID is [A-Za-z0-9-]");
    const std::optional<nd::ActivationCode> again = nd::ActivationCode::parse(code->toString());
    nd::fuzz::require(again.has_value(), "a parsed code writes back to a well-formed code");
    nd::fuzz::require(again->smdpAddress == code->smdpAddress && again->matchingId == code->matchingId
            && again->oid == code->oid && again->confirmationCodeRequired == code->confirmationCodeRequired,
        "a code survives writing and reading back");
    return 0;
}
