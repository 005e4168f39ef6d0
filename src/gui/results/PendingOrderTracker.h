#pragma once

// Follows one unfinished order for the results panel: runs an OrderPoller, knows how long until the
// next check (for "next check in 8 s") and lets the user stop. Following a new order stops the old
// one. Tests find it by object name and shorten its backoff before an order is shown.

#include "desk/OrderPoller.h"
#include "response/ApiError.h"
#include "response/Order.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace nd {

class ApiClient;

class PendingOrderTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingOrderTracker)

public:
    explicit PendingOrderTracker(ApiClient *client, QObject *parent = nullptr);
    ~PendingOrderTracker() override;

    // Applies to orders followed from now on (OrderPoller::setBackoff).
    void setBackoff(int firstMs, int ceilingMs, int maxLookups);
    void follow(const QString &orderId);
    void stop();
    bool isFollowing() const;

signals:
    void orderUpdated(const nd::Order &order);
    void lookupFailed(const nd::ApiError &error);
    void gaveUp();
    void countdownChanged(int seconds); // once a second while following, and after every lookup

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
