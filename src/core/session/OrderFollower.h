#pragma once

// Follows one unfinished order: runs an OrderPoller, knows how long until the next check (for "next
// check in 8 s") and can be stopped with a reason the view shows. Following a new order stops the old
// one. StatusChangeSession follows the desk's orders with one; a history entry follows its own. Tests
// find it by object name and shorten its backoff before an order is followed.

#include "desk/OrderPoller.h"
#include "response/ApiError.h"
#include "response/Order.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace nd {

class ApiClient;

class OrderFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFollower)

public:
    explicit OrderFollower(ApiClient *client, QObject *parent = nullptr);
    ~OrderFollower() override;

    // Applies to orders followed from now on (OrderPoller::setBackoff).
    void setBackoff(int firstMs, int ceilingMs, int maxLookups);
    void follow(const QString &orderId);
    // Stops looking the order up; while following, tells followingStopped(reason).
    void stop(const QString &reason = QString());
    bool isFollowing() const;
    QString orderId() const { return m_poller ? m_poller->orderId() : QString(); }

signals:
    void orderUpdated(const nd::Order &order);
    void lookupFailed(const nd::ApiError &error);
    void gaveUp();
    void countdownChanged(int seconds); // once a second while following, and after every lookup
    void followingStopped(const QString &reason); // stop() while following

private:
    // Whole seconds until the poller's next lookup; 0 while one is under way.
    int secondsToNextCheck() const;
    void tellCountdown() { emit countdownChanged(secondsToNextCheck()); }
    void dropPoller();

    QPointer<ApiClient> m_client;
    QPointer<OrderPoller> m_poller;
    struct Backoff
    {
        int firstMs;
        int ceilingMs;
        int maxLookups;
    };
    std::optional<Backoff> m_backoff; // unset: OrderPoller's own defaults
    QTimer m_tick;
};

} // namespace nd
