// What staff type or paste into one field: a phone number (also with another default country), an
// ICCID, an area code and a ZIP code, after the shared clean-up of pasted text; and a phone number as the
// server sends it. Contract: a usable result carries a value in the documented form, else a reason.

#include "FuzzInput.h"
#include "request/Iccid.h"
#include "request/LocationCodes.h"
#include "request/PhoneNumber.h"
#include "request/TypedText.h"
#include "response/ServerPhoneNumber.h"

#include <QJsonValue>

namespace {

bool isDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = nd::fuzz::text(data, size);
    (void)nd::normalizeTypedText(typed);
    (void)nd::isBlankTypedText(typed);

    for (const nd::PhoneNumberResult &phone :
        {nd::parsePhoneNumber(typed), nd::parsePhoneNumber(typed, 44)}) {
        if (phone.isValid())
            nd::fuzz::require(phone.e164.size() == 12 && phone.e164.startsWith(QLatin1String("+1"))
                    && isDigits(phone.e164.mid(1)),
                "a usable phone number is +1 and ten digits");
        else
            nd::fuzz::require(phone.e164.isEmpty() && !phone.reason.isEmpty(), "an unusable number says why");
    }

    const nd::IccidResult iccid = nd::parseIccid(typed);
    if (!iccid.isBlank && !iccid.hasErrors())
        nd::fuzz::require(isDigits(iccid.digits) && !iccid.digits.isEmpty(), "a usable ICCID is digits");

    const nd::LocationCodeResult area = nd::parseAreaCode(typed);
    if (!area.isBlank && !area.hasErrors())
        nd::fuzz::require(area.value.size() == 3 && isDigits(area.value), "an area code is three digits");
    const nd::LocationCodeResult zip = nd::parseZipCode(typed);
    if (!zip.isBlank && !zip.hasErrors())
        nd::fuzz::require(zip.value.size() == 5 && isDigits(zip.value), "a ZIP code is five digits");

    if (const std::optional<QString> e164 = nd::e164FromServerValue(QJsonValue(typed)))
        nd::fuzz::require(
            e164->startsWith(QLatin1Char('+')) && isDigits(e164->mid(1)), "server numbers are E.164");
    (void)nd::serverValueText(QJsonValue(typed));
    return 0;
}
