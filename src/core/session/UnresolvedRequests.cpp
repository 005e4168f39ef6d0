#include "session/UnresolvedRequests.h"

#include "i18n/LocaleFormat.h"
#include "journal/OrderJournal.h"
#include "request/ChangeType.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcUnresolved, "numberdesk.core.session.unresolved")

QString localDateTimeText(const QDateTime &serverTime)
{
    const QDateTime local = serverTime.toLocalTime();
    return dateTimeText(local) + QLatin1Char(' ') + local.timeZoneAbbreviation();
}
} // namespace

QStringList e164NumbersOf(const ValidatedRequest &request)
{
    QStringList numbers;
    for (const ValidatedNumber &number : request.numbers)
        numbers.append(number.e164);
    return numbers;
}

UnresolvedRequests unresolvedTouching(OrderJournal &journal, const ValidatedRequest &request)
{
    UnresolvedRequests found;
    found.numbers = e164NumbersOf(request);
    // A desk (or a second NumberDesk on this file) that died with a request in flight: its request is
    // interrupted now, so it shows (and can be resolved) here rather than refusing the send as "in
    // flight" until the next start.
    journal.markInterruptedAsOutcomeUnknown();
    const QList<JournalEntry> involved = journal.unresolvedInvolving(found.numbers);
    for (const JournalEntry &entry : involved) {
        QStringList sent;
        for (const JournalNumber &number : entry.numbers)
            sent.append(number.requestedNumber);
        const QString when = localDateTimeText(entry.createdAt);
        const QString numbers = sent.join(QStringLiteral(", "));
        if (journal.isInFlightElsewhere(entry)) {
            // Not the agent's to check: it is on its way now, and its claim refuses a send until it is
            // answered. Said plainly, so nobody ticks the box expecting it to help.
            const QString where = entry.desk.isEmpty()
                ? QCoreApplication::translate("nd::UnresolvedRequests", "another NumberDesk")
                : QCoreApplication::translate("nd::UnresolvedRequests", "%1 (%2)")
                      .arg(entry.desk, entry.agent);
            //: %1 change type, %2 the computer (and agent), %3 date and time, %4 numbers.
            found.lines.append(QCoreApplication::translate("nd::UnresolvedRequests",
                "• %1, in flight on %2 since %3: %4 — it cannot be sent to until that request has its answer")
                                   .arg(changeTypeTitle(entry.changeType), where, when, numbers));
        } else if (entry.desk.isEmpty() || entry.desk == journal.identity().desk) {
            found.lines.append(QCoreApplication::translate("nd::UnresolvedRequests", "• %1, sent %2: %3")
                                   .arg(changeTypeTitle(entry.changeType), when, numbers));
        } else {
            //: %1 change type, %2 date and time, %3 computer, %4 agent, %5 numbers.
            found.lines.append(
                QCoreApplication::translate("nd::UnresolvedRequests", "• %1, sent %2 on %3 by %4: %5")
                    .arg(changeTypeTitle(entry.changeType), when, entry.desk, entry.agent, numbers));
        }
        if (journal.isSettledByConfirming(entry))
            found.settledByConfirming.append(entry.id);
    }
    if (!found.isEmpty())
        qCInfo(lcUnresolved) << found.lines.size() << "unresolved records touch the numbers";
    return found;
}

} // namespace nd
