#include "handoff/CardPdf.h"

#include "desk/PrivateFile.h"

#include <QLoggingCategory>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcCardPdf, "numberdesk.core.cardpdf")
} // namespace

CardPdfResult CardPdf::write(
    const QString &path, const QList<CustomerCard> &cards, const CardSheetOptions &options)
{
    CardPdfResult result;
    if (cards.isEmpty()) {
        result.error = tr("There are no cards to write.");
        return result;
    }
    // Owner-only, like every file NumberDesk saves: each card carries an activation code.
    const PrivateFileResult written = writePrivateFile(path, [&](QIODevice &file) {
        QPdfWriter writer(&file);
        writer.setResolution(Resolution);
        writer.setPageLayout(QPageLayout(
            options.pageSize, QPageLayout::Portrait, CardSheet::PageMarginsMm, QPageLayout::Millimeter));
        // The title names no number or code: file managers and viewers show it.
        writer.setTitle(tr("eSIM cards"));
        writer.setCreator(QStringLiteral("NumberDesk"));
        QPainter painter;
        if (!painter.begin(&writer))
            return false;
        result.pages = CardSheet::paint(painter, writer, cards, options.cardsPerPage);
        return painter.end();
    });
    if (!written.ok) {
        result.error = written.error;
        result.pages = 0;
        qCWarning(lcCardPdf) << "cannot write the card PDF:" << result.error;
        return result;
    }
    // The count only: a card holds an activation code, which never reaches a log.
    qCInfo(lcCardPdf) << "wrote" << cards.size() << "cards on" << result.pages << "pages";
    return result;
}

} // namespace nd
