#include "handoff/CardSheet.h"

#include "handoff/CustomerCardPainter.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace nd {

namespace {

// Four to a page keeps the printed size (the QR rules are in millimetres); one to a page shows the
// same card larger, easier to read for the customer who gets a whole sheet.
double scaleFor(const QSizeF &cellMm, int cardsPerPage)
{
    const double fit = qMin(
        cellMm.width() / CustomerCardPainter::WidthMm, cellMm.height() / CustomerCardPainter::HeightMm);
    return qBound(0.8, fit * 0.97, cardsPerPage == 1 ? 1.8 : 1.05);
}

} // namespace

int CardSheet::pageCount(int cards, int cardsPerPage)
{
    const int perPage = qMax(1, cardsPerPage);
    return (qMax(0, cards) + perPage - 1) / perPage;
}

int CardSheet::paint(
    QPainter &painter, QPagedPaintDevice &device, const QList<CustomerCard> &cards, int cardsPerPage)
{
    const int perPage = cardsPerPage == 1 ? 1 : 4;
    const int columns = perPage == 1 ? 1 : 2;
    const int rows = perPage == 1 ? 1 : 2;
    const double dotsPerMm = device.logicalDpiX() / 25.4;
    const QSizeF cell(double(device.width()) / columns, double(device.height()) / rows);
    const double scale = scaleFor(cell / dotsPerMm, perPage);
    const QSizeF card(
        CustomerCardPainter::WidthMm * scale * dotsPerMm, CustomerCardPainter::HeightMm * scale * dotsPerMm);

    int pages = 0;
    for (int i = 0; i < cards.size(); ++i) {
        const int slot = i % perPage;
        if (slot == 0) {
            if (pages > 0)
                device.newPage();
            ++pages;
        }
        const int column = slot % columns;
        const int row = slot / columns; // whole rows: the division is meant to drop the remainder
        const QPointF cellCorner(column * cell.width(), row * cell.height());
        const QPointF cardCorner
            = cellCorner + QPointF((cell.width() - card.width()) / 2, (cell.height() - card.height()) / 2);
        CustomerCardPainter::paint(painter, QRectF(cardCorner, card), cards.at(i), scale);
    }
    return pages;
}

} // namespace nd
