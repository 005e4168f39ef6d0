#pragma once

// Finds the texts a shown window cannot display in full: labels, buttons, check boxes, radio
// buttons, group box titles, tabs, combo boxes' current items and horizontal header sections whose
// text needs more room than the widget has. Used by the pseudo-locale test; only visible widgets
// count (a test shows each tab page in turn to reach the others).

#include <QList>
#include <QString>

class QWidget;

namespace nd::i18n {

struct ClippedText
{
    QString window; // the top-level window's class
    QString widget; // object name, or class name for unnamed widgets; "[n]" for a section or tab
    QString text;
    int needed = 0; // pixels
    int available = 0;
    bool vertical = false; // a wrapped label lacking height rather than width

    QString describe() const;
};

QList<ClippedText> clippedTexts(const QWidget *window);

} // namespace nd::i18n
