#pragma once

// The colours the form gives to validation results (error, warning, note, fine), readable on light
// and dark palettes. Used by the numbers table's check column and the labels beside each field.

#include "request/ValidationIssue.h"

#include <QColor>
#include <optional>

class QPalette;

namespace nd {

QColor issueColour(std::optional<Severity> severity, const QPalette &palette);

} // namespace nd
