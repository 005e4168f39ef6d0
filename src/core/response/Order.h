#pragma once

// What the server said about an order, whichever of the vendor's shapes it used: the status-change
// response and the order lookup both map into this. Produced by OrderParser, shown by the results
// view, recorded by the journal.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace nd {

// The server's many status words, reduced to what the desk needs to act on.
enum class OrderState {
    Done, // Complete, Completed
    InProgress, // Pending, Submitted, Processing, Scheduled, ...
    Failed, // Failed, Error, Cancelled, Rejected
    Unknown // a word we have never seen: shown as is, polled like InProgress
};

OrderState orderStateFromServerWord(const QString &word);

// Still worth looking up again: in progress, or a word we do not know.
inline bool isUnfinished(OrderState state)
{
    return state == OrderState::InProgress || state == OrderState::Unknown;
}

struct OrderNumber
{
    QString number; // E.164; for swap/replace the number the customer has now (NewNumber)
    QString originalNumber; // set when the server swapped or replaced the number
    QUrl qrCodeUrl; // empty when the server gave none; a secret, never log it
    std::optional<double> fee;
    QString iccid;
    QString numberId; // order lookup only
    QString serverStatus; // order lookup only: the per-number status word, as sent

    bool wasReassigned() const { return !originalNumber.isEmpty() && originalNumber != number; }
};

struct Order
{
    QString orderId;
    std::optional<QDateTime> orderDate; // UTC when the server gave a zone or none (assumed UTC)
    // The server gave a calendar day without a time ("11/01/2024"): show that day as is; converting
    // its assumed UTC midnight to local time would show the day before in the Americas.
    bool orderDateIsDateOnly = false;
    QString serverStatus; // the server's own word, always shown
    OrderState state = OrderState::Unknown;
    QString changeType; // ChangeType/OrderType as sent by the server
    std::optional<QDate> effectiveDate;
    QString statusMessage; // OrderStatusMessage, the reason when failed
    QList<OrderNumber> numbers;

    // Sum of the stated fees; nullopt when no number states one.
    std::optional<double> totalFee() const;
};

// An order lookup carries less than the status-change answer (no fees or QR codes, maybe no change
// type, maybe a bare date): `shown` updated with what `lookup` adds (status, per-number status, message),
// keeping what the desk sent and the first answer said (change type, order date) unless they are missing.
// Numbers are matched by number or original number. Used by the results view while polling.
Order mergeLookup(const Order &shown, const Order &lookup);

} // namespace nd
