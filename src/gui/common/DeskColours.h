#pragma once

// The one place the desk decides a colour: every widget asks it for a role (danger, warning,
// success or info text, a field's validation result, banners and badges, the edge that marks a box,
// the focus frame, a control's outline) and gets the colour for the palette the widget is drawn with.
// Light, dark or a platform's high-contrast palette: which one is read from that palette (its window
// and base), never from a global flag, so a theme change reaches every widget through
// QEvent::PaletteChange (PaletteFollower puts the roles on widgets and keeps them there). The agent's
// choice of palette is ColourScheme's; the rule every text colour meets is Contrast's (WCAG AA,
// 4.5:1; 3:1 for outlines), and tests/gui/common/tst_contrast proves it for every role.

#include "gui/common/Contrast.h"
#include "request/ValidationIssue.h"
#include "response/Order.h"

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

// A colour and what it is drawn on, named for the contrast test's messages, with the contrast the
// pair must reach (text 4.5:1; a control's outline 3:1, WCAG 1.4.11).
struct ColourPair
{
    QString name;
    QColor foreground;
    QColor background;
    double minimum = MinimumTextContrast;
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
    // The edge that marks a whole box (an error box, a journal banner) without colouring its words:
    // as strong as text on the window, so it reads as the tone and not as a bevel.
    QColor edge(Tone tone) const;
    // The keyboard's place in a list or table (FocusFrame): the text colour of the item it is drawn
    // over, so it shows on a plain row and on a selected one alike.
    QColor focusFrame(bool onSelection) const;
    // A check box's or radio button's boundary (DeskStyle): the palette's Mid, pushed to 3:1 against
    // the window and the base; disabled, as faded as disabled text, which needs no contrast.
    QColor controlOutline(bool enabled) const;
    // The placeholder ("e.g. 201") of a disabled box: the palette's disabled text, like every other
    // disabled input (styles keep the enabled placeholder colour, which looks like a box to fill in).
    QColor disabledPlaceholderText() const;

    // A table cell the chosen change type does not use ("not used"): muted words on the window's
    // colour, so it looks unlike an input.
    Swatch unusedCell() const;
    // Pale boxes with full-contrast words: "kept for this session only", "requests were interrupted".
    Swatch banner(Tone tone) const;
    // The strip nobody may mistake for production: amber in both schemes.
    Swatch sandboxBanner() const;
    // A strong chip beside the words it stands for (Complete / Pending / Error).
    Swatch badge(Tone tone) const;
    // The order status badge: Complete is success, Pending (and a status word nobody knows, which is
    // polled like pending) a warning, Error danger. The words are results/ResultsTexts' badgeText().
    Swatch orderBadge(OrderState state) const;
    static Tone orderTone(OrderState state);

    // Every role above with what it is drawn on, for tests/gui/common/tst_contrast.
    QList<ColourPair> textPairs() const;

private:
    QPalette m_palette;
    bool m_dark = false;
};

} // namespace nd
