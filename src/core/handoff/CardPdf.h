#pragma once

// "Save as PDF" for customer cards: the same pages as printing, written with Qt's own PDF writer
// (no printer or driver needed) at 300 dpi, atomically (a half-written file never replaces a good one).

#include "handoff/CardSheet.h"

#include <QString>

namespace nd {

struct CardPdfResult
{
    int pages = 0; // 0 when it failed
    QString error; // why, for the agent
};

class CardPdf final
{
    Q_DECLARE_TR_FUNCTIONS(nd::CardPdf)

public:
    static constexpr int Resolution = 300;

    static CardPdfResult write(
        const QString &path, const QList<CustomerCard> &cards, const CardSheetOptions &options);
};

} // namespace nd
