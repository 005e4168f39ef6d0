#pragma once

// Everything RequestValidator found, shaped for the form: request-level issues, one entry per
// typed row (so a row's colour and tooltip come straight from it), and the request ready to send
// when nothing blocks it.

#include "request/StatusChangeRequest.h"
#include "request/ValidationIssue.h"

#include <QList>
#include <QString>
#include <optional>

namespace nd {

struct RowValidation
{
    int row = 0; // index into StatusChangeRequest::numbers
    bool isBlank = false; // nothing typed: ignored, never an error
    QString e164; // empty when blank or invalid
    QString iccid; // digits; only for change types that use an ICCID
    std::optional<int> duplicateOfRow; // set on the later copy of a number; that copy is not sent
    QList<ValidationIssue> issues; // this row's issues, row set to `row`

    bool hasErrors() const { return containsError(issues); }
    std::optional<Severity> worstSeverity() const;
};

struct ValidationResult
{
    // Every issue, request fields first (StatusChange, EffectiveDate, AreaCode, ZipCode,
    // PhoneNumbers), then rows in order. Row issues also appear in rows[i].issues.
    QList<ValidationIssue> issues;
    QList<RowValidation> rows; // exactly one per StatusChangeRequest::numbers entry, same order
    std::optional<ValidatedRequest> request; // set only when there is no Error

    bool hasErrors() const { return containsError(issues); }
    bool hasWarnings() const;
    // Issues of one request-level field (row unset), e.g. to put beside the area code box.
    QList<ValidationIssue> issuesForField(const QString &field) const;
    // The first Error as one line for "why can't I send?", rows prefixed "Row 3: " (1-based);
    // empty when nothing blocks.
    QString firstBlockingReason() const;
};

// Prefixes a row's message with its 1-based row number, as staff count rows.
QString describeIssue(const ValidationIssue &issue);

} // namespace nd
