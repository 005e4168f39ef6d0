#pragma once

// Single lines of text, elided to a width, laid out once and then drawn as they are: the results
// list repaints every row of the screen at each scroll and each arriving QR code, and shaping the
// same number and hint texts again was about a fifth of the GUI thread's time on a 1,000-number
// order (bench_results, perf). Used by NumberResultDelegate.

#include <QCache>
#include <QStaticText>
#include <QString>

class QFont;
class QPainter;
class QPoint;

namespace nd {

class TextLineCache final
{
public:
    explicit TextLineCache(int maxLines = 4000) : m_lines(maxLines) { }

    // Draws `text` in `font` with the painter's pen, its top-left corner at `topLeft`, cut short with
    // "…" if wider than `width` (as QFontMetrics::elidedText).
    void draw(QPainter *painter, const QPoint &topLeft, const QFont &font, const QString &text, int width);
    void clear() { m_lines.clear(); }

private:
    QCache<QString, QStaticText> m_lines; // by font, width and text
};

} // namespace nd
