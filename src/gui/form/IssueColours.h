#pragma once

// The colours the form gives to validation results (error, warning, note, fine): thin forwards to
// DeskColours, kept for the table's delegate and the labels beside each field.

#include "request/ValidationIssue.h"

#include <QColor>
#include <optional>

class QLabel;
class QPalette;

namespace nd {

QColor issueColour(std::optional<Severity> severity, const QPalette &palette);
// Gives a label's text the colour of `severity` (none: the normal "fine" colour) and keeps it right
// through theme changes, computed against the label's surroundings each time.
void colourLabel(QLabel *label, std::optional<Severity> severity);

} // namespace nd
