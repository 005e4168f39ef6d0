#pragma once

// The palettes NumberDesk puts on the application when the agent picks Light or Dark (with the
// Fusion style, which draws every control from the palette). Unlike Qt's defaults, every text and
// background pair here reaches WCAG AA (4.5:1): placeholder text, links, selection, tool tips, and
// disabled text too, because agents read greyed-out values off the form.

#include <QPalette>

namespace nd {

QPalette deskLightPalette();
QPalette deskDarkPalette();

} // namespace nd
