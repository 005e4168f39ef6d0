#pragma once

// Which stored row of a journal record an answered number belongs to: by the number sent
// (OriginalNumber when the server reassigned it), else by the number itself, else by its place in the
// answer. Each stored row takes at most one answered number. Looks numbers up in a hash, so a
// 5,000-number answer costs 5,000 look-ups rather than 5,000 scans of 5,000 rows. Used by
// JournalNumberRows when OrderJournal records an answer or a lookup.

#include "response/Order.h"

#include <QHash>
#include <QList>
#include <QString>

namespace nd::journal {

class StoredNumberMatcher final
{
public:
    // The record's rows in position order, with the number each was requested for ('' for a row the
    // server added).
    void addStoredRow(int position, const QString &requestedNumber);
    // The position of the row `number` (the `index`th of the answer) belongs to, marking that row
    // taken; -1 when no row is left for it (a number the server added).
    int take(const OrderNumber &number, int index);
    // The position after the last stored row: where a number the server added goes.
    int nextFreePosition() const;

private:
    int takeFirstFree(const QString &requestedNumber);

    struct Row
    {
        int position = 0;
        bool taken = false;
    };
    QList<Row> m_rows;
    // Row indexes per requested number, in position order, and how many at the front are taken.
    struct Candidates
    {
        QList<int> rows;
        qsizetype firstMaybeFree = 0;
    };
    QHash<QString, Candidates> m_byRequested;
};

} // namespace nd::journal
