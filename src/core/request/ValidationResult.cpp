#include "request/ValidationResult.h"

#include <QCoreApplication>
#include <algorithm>

namespace nd {

std::optional<Severity> RowValidation::worstSeverity() const
{
    std::optional<Severity> worst;
    for (const ValidationIssue &issue : issues) {
        if (!worst || issue.severity > *worst)
            worst = issue.severity;
    }
    return worst;
}

bool ValidationResult::hasWarnings() const
{
    return std::any_of(issues.cbegin(), issues.cend(),
        [](const ValidationIssue &issue) { return issue.severity == Severity::Warning; });
}

QList<ValidationIssue> ValidationResult::issuesForField(const QString &field) const
{
    QList<ValidationIssue> found;
    for (const ValidationIssue &issue : issues) {
        if (!issue.row && issue.field == field)
            found.append(issue);
    }
    return found;
}

QString ValidationResult::firstBlockingReason() const
{
    for (const ValidationIssue &issue : issues) {
        if (issue.severity == Severity::Error)
            return describeIssue(issue);
    }
    return {};
}

QString describeIssue(const ValidationIssue &issue)
{
    if (!issue.row)
        return issue.message;
    return QCoreApplication::translate("ValidationResult", "Row %1: %2")
        .arg(*issue.row + 1)
        .arg(issue.message);
}

} // namespace nd
