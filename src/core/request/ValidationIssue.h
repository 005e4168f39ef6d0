#pragma once

// One finding about what the user typed, tied to a request field and, for phone-number rows, to the
// row. Produced by the request parsers and RequestValidator; the form shows them beside the field or
// row as the user types.

#include <QLatin1String>
#include <QList>
#include <QString>
#include <algorithm>
#include <optional>

namespace nd {

enum class Severity {
    Note, // we changed what was typed (e.g. ZIP+4 cut to 5 digits); nothing to do
    Warning, // sendable, but the user should look (past date, duplicate number, ICCID check digit)
    Error // blocks sending
};

// The names used in ValidationIssue::field; the same names ApiError's FieldError uses, so server
// errors and local checks land on the same widget.
namespace RequestField {
inline constexpr QLatin1String StatusChange {"StatusChange"};
inline constexpr QLatin1String EffectiveDate {"EffectiveDate"};
inline constexpr QLatin1String AreaCode {"AreaCode"};
inline constexpr QLatin1String ZipCode {"ZipCode"};
inline constexpr QLatin1String PhoneNumbers {"PhoneNumbers"};
inline constexpr QLatin1String Number {"Number"};
inline constexpr QLatin1String Iccid {"ICCID"};
} // namespace RequestField

struct ValidationIssue
{
    Severity severity = Severity::Error;
    QString field; // one of RequestField
    std::optional<int> row; // 0-based index into StatusChangeRequest::numbers; unset for request fields
    QString message; // a complete, translated sentence for support staff
};

inline bool containsError(const QList<ValidationIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
        [](const ValidationIssue &issue) { return issue.severity == Severity::Error; });
}

} // namespace nd
