#pragma once

// Fixtures for the history GUI tests: a journal in a temporary folder and records written through
// the journal's own API (what the desk sends, then what the server answered).

#include "journal/OrderJournal.h"
#include "session/StatusChangeSession.h"

#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace historytest {

inline nd::JournalContext context(const QString &profile = QStringLiteral("Acme production"))
{
    return {profile, QUrl(QStringLiteral("https://api.example.com/v1.0")), QStringLiteral("DID-1001")};
}

inline nd::ValidatedRequest request(nd::ChangeType type, const QStringList &numbers)
{
    nd::ValidatedRequest request;
    request.changeType = type;
    request.effectiveDate = QDate(2024, 5, 17);
    for (int i = 0; i < numbers.size(); ++i)
        request.numbers.append({numbers.at(i), QString(), i});
    return request;
}

inline nd::Order order(
    const QString &orderId, nd::ChangeType type, const QStringList &numbers, const QList<QUrl> &qrUrls = {})
{
    nd::Order order;
    order.orderId = orderId;
    order.serverStatus = QStringLiteral("Complete");
    order.state = nd::OrderState::Done;
    order.changeType = nd::wireName(type);
    order.orderDate = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < numbers.size(); ++i) {
        nd::OrderNumber number;
        number.number = numbers.at(i);
        number.qrCodeUrl = qrUrls.value(i);
        order.numbers.append(number);
    }
    return order;
}

// As the agent types it, effective today.
inline nd::StatusChangeRequest typed(nd::ChangeType type, const QStringList &numbers)
{
    nd::StatusChangeRequest request;
    request.changeType = type;
    request.effectiveDate = QDate::currentDate();
    for (const QString &number : numbers)
        request.numbers.append({number, QString()});
    return request;
}

// What became of one StatusChangeSession::submit (a question answered at once with `confirm`).
struct SessionSend
{
    bool sent = false;
    bool askedToConfirm = false;
    QStringList unresolved; // what the confirmation listed
    std::optional<nd::StatusChangeSession::Refusal> refusal;
    QString reason;
};

inline SessionSend submitThrough(
    nd::StatusChangeSession &session, const nd::StatusChangeRequest &request, bool confirm = true)
{
    using nd::StatusChangeSession;
    SessionSend result;
    QObject context;
    QObject::connect(&session, &StatusChangeSession::refused, &context,
        [&result](StatusChangeSession::Refusal why, const QString &reason) {
            result.refusal = why;
            result.reason = reason;
        });
    QObject::connect(&session, &StatusChangeSession::confirmationNeeded, &context,
        [&result](const StatusChangeSession::Confirmation &confirmation) {
            result.askedToConfirm = true;
            result.unresolved = confirmation.unresolved;
        });
    QObject::connect(&session, &StatusChangeSession::sending, &context, [&result] { result.sent = true; });
    session.submit(request);
    if (session.isAwaitingConfirmation()) {
        if (confirm)
            session.confirm();
        else
            session.decline();
    }
    return result;
}

struct Journal
{
    Journal()
    {
        nd::JournalOpenResult opened = nd::OrderJournal::open(dir.filePath(QStringLiteral("journal.sqlite")));
        journal = std::move(opened.journal);
    }

    qint64 answered(nd::ChangeType type, const QString &orderId, const QStringList &numbers,
        const QList<QUrl> &qrUrls = {})
    {
        const qint64 id = *journal->recordSending(context(), request(type, numbers));
        journal->recordOrder(id, order(orderId, type, numbers, qrUrls));
        return id;
    }

    QTemporaryDir dir;
    std::unique_ptr<nd::OrderJournal> journal;
};

} // namespace historytest
