#pragma once

// Turns a phone number as staff paste it ("(201) 609-3801", "+1 201.609.3801", "tel:12016093801")
// into E.164, or says in one sentence why it cannot. Used by RequestValidator for every row and by
// the form for as-you-type feedback. Only North American (+1) numbers are supported.

#include <QString>

namespace nd {

enum class PhoneNumberProblem {
    None,
    Empty,
    ContainsLetters, // including vanity numbers (1-800-FLOWERS): never translated to digits
    UnexpectedCharacter, // '#', '*', ',', a '+' in the middle, ...
    NotNorthAmerican, // +44 ..., 011 44 ..., or a default country code other than 1
    TooFewDigits,
    TooManyDigits,
    InvalidAreaCode, // starts with 0/1, or N11
    InvalidExchange // starts with 0/1
};

struct PhoneNumberResult
{
    QString e164; // "+12016093801"; empty when the number is not usable
    PhoneNumberProblem problem = PhoneNumberProblem::None;
    QString reason; // translated sentence; empty when usable

    bool isValid() const { return problem == PhoneNumberProblem::None; }
};

// Numbers without a leading '+' are taken to be in the North American plan (+1).
PhoneNumberResult parsePhoneNumber(const QString &typed);

// Same, with the country assumed for numbers typed without '+'. Only 1 has rules implemented; any
// other default rejects every number as not North American.
PhoneNumberResult parsePhoneNumber(const QString &typed, int defaultCountryCode);

} // namespace nd
