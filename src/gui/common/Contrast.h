#pragma once

// WCAG 2.x contrast between a text colour and what it is drawn on, so the app can check (and the tests
// can prove) that every pair it draws reaches AA (4.5:1) on whatever palette the desk runs with.

#include <QColor>

namespace nd {

// WCAG AA for normal-size text.
inline constexpr double MinimumTextContrast = 4.5;
// What a control's boundary or a focus indicator needs against what surrounds it (WCAG 1.4.11).
inline constexpr double MinimumControlContrast = 3.0;

// Relative luminance of an opaque colour, 0 (black) to 1 (white).
double relativeLuminance(const QColor &colour);
// (L1 + 0.05) / (L2 + 0.05), 1 to 21. A translucent foreground (e.g. Qt's default placeholder text)
// is first blended over the background, as it appears on screen.
double contrastRatio(const QColor &foreground, const QColor &background);
// `colour` itself when it reaches `minimum` against every background given, else the nearest shade
// towards black or white (whichever the backgrounds call for) that does.
QColor withContrast(
    const QColor &colour, std::initializer_list<QColor> backgrounds, double minimum = MinimumTextContrast);

} // namespace nd
