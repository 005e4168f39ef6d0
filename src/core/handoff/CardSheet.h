#pragma once

// Lays customer cards out on pages: one card a page, or four (two by two, the card's edge the cut
// line). Paints through any QPainter on a paged device (a QPrinter for printing and its preview, a
// QPdfWriter for "Save as PDF"), so print, preview and PDF are the same pages.

#include "handoff/CustomerCard.h"

#include <QCoreApplication>
#include <QList>
#include <QMarginsF>
#include <QPageSize>

class QPainter;
class QPagedPaintDevice;

namespace nd {

struct CardSheetOptions
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    int cardsPerPage = 4; // 1 or 4
};

class CardSheet final
{
    Q_DECLARE_TR_FUNCTIONS(nd::CardSheet)

public:
    // Wide enough for what printers cannot reach, narrow enough that four cards fit on Letter.
    static constexpr QMarginsF PageMarginsMm {8, 8, 8, 8};

    static int pageCount(int cards, int cardsPerPage);
    // Paints every card, starting a new page on `device` between pages. `painter` is active on `device`
    // (its page size and margins already set). Returns the number of pages painted.
    static int paint(
        QPainter &painter, QPagedPaintDevice &device, const QList<CustomerCard> &cards, int cardsPerPage);
};

} // namespace nd
