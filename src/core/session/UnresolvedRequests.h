#pragma once

// Which earlier requests with an unknown outcome touch the numbers about to be sent, said for the
// confirmation dialog, and which of them the agent settles by confirming they checked the numbers.
// On a team journal: any desk's, after marking the requests of desks that died as interrupted.

#include "request/StatusChangeRequest.h"

#include <QList>
#include <QStringList>

namespace nd {

class OrderJournal;

struct UnresolvedRequests
{
    QStringList lines; // one per record, for the confirmation dialog
    QList<qint64> settledByConfirming; // resolved in the agent's name once they confirm
    QStringList numbers; // the E.164 numbers asked about

    bool isEmpty() const { return lines.isEmpty(); }
};

QStringList e164NumbersOf(const ValidatedRequest &request);
UnresolvedRequests unresolvedTouching(OrderJournal &journal, const ValidatedRequest &request);

} // namespace nd
