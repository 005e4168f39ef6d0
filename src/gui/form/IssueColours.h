#pragma once

// The colours the form gives to validation results (error, warning, note, fine), readable on light
// and dark palettes. Used by the numbers table's check column and the labels beside each field.

#include "request/ValidationIssue.h"

#include <QColor>
#include <optional>

class QLabel;
class QPalette;

namespace nd {

QColor issueColour(std::optional<Severity> severity, const QPalette &palette);
// Gives a label's text the colour of `severity` (none: the normal text colour), computed against
// `basePalette` (the label's own when null).
void colourLabel(QLabel *label, std::optional<Severity> severity, const QPalette *basePalette = nullptr);

} // namespace nd
