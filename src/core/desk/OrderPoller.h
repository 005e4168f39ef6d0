#pragma once

// Follows an unfinished order: looks it up after 2 s, then with doubling intervals up to a ceiling,
// until the order is done or failed, the user cancels, or a limit is reached. A failed lookup is
// reported but polling goes on (lookups change nothing, so retrying them is safe) until the limit.

#include "network/ApiClient.h"
#include "response/Order.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace nd {

class OrderPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderPoller)

public:
    OrderPoller(ApiClient *client, QString orderId, QObject *parent = nullptr);
    ~OrderPoller() override;

    // Intervals in ms; tests use small ones.
    void setBackoff(int firstMs, int ceilingMs, int maxLookups);
    void start();
    void cancel();
    bool isActive() const { return m_active; }
    int lookups() const { return m_lookups; }
    // Time left until the next lookup, or -1 while one is running or polling has stopped.
    int msUntilNextLookup() const;
    QString orderId() const { return m_orderId; }

signals:
    void orderUpdated(const nd::Order &order); // every successful lookup
    void orderSettled(const nd::Order &order); // done or failed: polling stopped
    void lookupFailed(const nd::ApiError &error);
    void gaveUp(); // maxLookups reached while still in progress
    void stopped(); // after settle, give up, or cancel

private:
    void lookUp();
    // Starts the timer for the next lookup, no sooner than `atLeastMs` (a Retry-After). False when the
    // lookup limit is reached or polling stopped.
    bool scheduleNext(int atLeastMs = 0);
    void giveUp();
    void stop();

    QPointer<ApiClient> m_client;
    QString m_orderId;
    QTimer m_timer;
    QPointer<ApiCall> m_call;
    int m_firstMs = 2000;
    int m_ceilingMs = 60000;
    int m_maxLookups = 40;
    int m_delayMs = 2000;
    int m_lookups = 0;
    bool m_active = false;
};

} // namespace nd
