#include "gui/form/IssueColours.h"

#include "gui/common/DeskColours.h"
#include "gui/common/PaletteFollower.h"

#include <QLabel>
#include <QPalette>

namespace nd {

QColor issueColour(std::optional<Severity> severity, const QPalette &palette)
{
    return DeskColours(palette).issue(severity);
}

void colourLabel(QLabel *label, std::optional<Severity> severity)
{
    PaletteFollower::follow(label, [label, severity] {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, issueColour(severity, surroundingPalette(label)));
        label->setPalette(palette);
    });
}

} // namespace nd
