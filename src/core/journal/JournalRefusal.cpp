#include "journal/JournalRefusal.h"

#include "i18n/LocaleFormat.h"
#include "journal/OrderJournal.h"

// The messages stay in OrderJournal's translation context, where the catalogues translate them.

namespace nd::journal {

QString refusalMessage(const QList<NumberClaim> &claims)
{
    if (claims.isEmpty())
        return OrderJournal::tr("Not sent: one of its numbers is held by another request.");
    const NumberClaim &first = claims.first();
    const QString since = dateTimeText(first.since.toLocalTime()); // the desk's own date form
    const QString who
        = first.agent.isEmpty() ? first.desk : OrderJournal::tr("%1, %2").arg(first.desk, first.agent);
    QString message;
    if (first.state == JournalState::Sending) {
        //: %1 a phone number, %2 the computer (and agent) sending to it, %3 a date and time.
        message = OrderJournal::tr(
            "Not sent: %1 is in flight on %2 since %3. Only one status change per number can be "
            "in flight: wait for that request's answer. If that desk has stopped, NumberDesk "
            "marks its request as interrupted and it can be looked up and resolved from History.")
                      .arg(first.number, who.isEmpty() ? OrderJournal::tr("another desk") : who, since);
    } else {
        //: %1 a phone number, %2 the computer (and agent) that sent to it, %3 a date and time.
        message = OrderJournal::tr(
            "Not sent: %1 has a request whose outcome is unknown (sent on %2 since %3). Look that "
            "order up or check the number, and resolve it first.")
                      .arg(first.number, who.isEmpty() ? OrderJournal::tr("another desk") : who, since);
    }
    if (claims.size() > 1)
        message += QLatin1Char(' ')
            + OrderJournal::tr("%n more of its numbers are held too.", nullptr, int(claims.size() - 1));
    return message;
}

} // namespace nd::journal
