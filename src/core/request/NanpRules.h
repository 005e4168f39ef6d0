#pragma once

// The North American Numbering Plan rules for the two 3-digit parts of a number. Shared by
// PhoneNumber (the number's own area code) and LocationCodes (the AreaCode a swap/replace asks
// for), so both say the same thing about "123".

#include <QString>
#include <optional>

namespace nd {

// `digits` must be exactly three ASCII digits. Returns why it cannot be an area code, or nullopt.
std::optional<QString> areaCodeProblem(const QString &digits);

// `digits` must be exactly three ASCII digits (the exchange, after the area code).
std::optional<QString> exchangeProblem(const QString &digits);

} // namespace nd
