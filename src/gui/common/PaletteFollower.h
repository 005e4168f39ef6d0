#pragma once

// Puts DeskColours' roles on widgets (a style sheet or a palette role) and keeps them in step with
// the theme: what was computed for a light palette must be computed again when the palette turns
// dark while the app runs. A style sheet pins its colours, so without this a banner would stay light.

#include "request/ValidationIssue.h"

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace nd {

class DeskColours;

class PaletteFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaletteFollower)

public:
    // Calls `apply` now and after every palette or style change of `widget`. Owned by the widget;
    // a second call for the same widget replaces the first one's `apply`.
    static void follow(QWidget *widget, std::function<void()> apply);
    // The common case: a style sheet built from the DeskColours of the widget's surroundings,
    // set again whenever it comes out different.
    static void followStyleSheet(QWidget *widget, std::function<QString(const DeskColours &)> sheetFor);
    // A widget's words (its foreground role: a label's WindowText) in the colour `colourFor` picks.
    static void followTextColour(QWidget *widget, std::function<QColor(const DeskColours &)> colourFor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit PaletteFollower(QWidget *widget);
    void reapply();

    std::function<void()> m_apply;
    bool m_applying = false;
};

// The palette around `widget`, untouched by the widget's own style sheet (which writes its colours
// into the widget's palette) and already the new one when a theme change reaches the widget.
QPalette surroundingPalette(const QWidget *widget);

// A validation result's colour (DeskColours::issue; none: the normal "fine" colour) on a label's
// words, kept right through theme changes.
void colourLabel(QWidget *label, std::optional<Severity> severity);

} // namespace nd
