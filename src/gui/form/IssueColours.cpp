#include "gui/form/IssueColours.h"

#include <QLabel>
#include <QPalette>

namespace nd {

QColor issueColour(std::optional<Severity> severity, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (!severity)
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x20); // fine: green
    switch (*severity) {
    case Severity::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    case Severity::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00);
    case Severity::Note:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

void colourLabel(QLabel *label, std::optional<Severity> severity, const QPalette *basePalette)
{
    QPalette palette = label->palette();
    palette.setColor(
        QPalette::WindowText, issueColour(severity, basePalette ? *basePalette : label->palette()));
    label->setPalette(palette);
}

} // namespace nd
