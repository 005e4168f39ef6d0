#pragma once

// The one place the desk's own colours come from: the words of status badges, the sandbox, warning
// and error banners, and the colours of field issues, each chosen for the palette the widget is
// drawn with. Light or dark is read from that palette (its window and base), never from a global
// flag, so a theme change reaches every widget through QEvent::PaletteChange. Every text colour
// here reaches WCAG AA (4.5:1) on what it is drawn on; tests/gui/common proves it for both schemes.

#include "request/ValidationIssue.h"

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>
#include <optional>

namespace nd {

// What a colour says, not which colour it is.
enum class Tone { Success, Warning, Danger, Info };

// A box with words in it: a banner or a badge.
struct Swatch
{
    QColor foreground;
    QColor background;
    QColor border;
};

// A text colour and what it is drawn on, named for the contrast test's messages.
struct ColourPair
{
    QString name;
    QColor foreground;
    QColor background;
};

class DeskColours final
{
public:
    explicit DeskColours(const QPalette &palette);

    static bool isDark(const QPalette &palette);
    bool isDark() const { return m_dark; }

    // Text straight on the window, a view's base or its alternate rows.
    QColor text(Tone tone) const;
    // Notes and hints: quieter than text, still readable (Qt's default placeholder is not).
    QColor mutedText() const;
    // A field's validation result; no severity means "fine".
    QColor issue(std::optional<Severity> severity) const;

    // Pale boxes with full-contrast words: "kept for this session only", "requests were interrupted".
    Swatch banner(Tone tone) const;
    // The strip nobody may mistake for production: amber in both schemes.
    Swatch sandboxBanner() const;
    // A strong chip beside the words it stands for (Complete / Pending / Error).
    Swatch badge(Tone tone) const;

    // Every pair above, for tests/gui/common/tst_contrast.
    QList<ColourPair> textPairs() const;

private:
    QPalette m_palette;
    bool m_dark = false;
};

} // namespace nd
