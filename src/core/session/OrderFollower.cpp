#include "session/OrderFollower.h"

#include "desk/OrderPoller.h"
#include "network/ApiClient.h"

#include <QLoggingCategory>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcFollower, "numberdesk.core.session.follower")
constexpr int TickMs = 1000;
} // namespace

OrderFollower::OrderFollower(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &OrderFollower::tellCountdown);
}

OrderFollower::~OrderFollower()
{
    dropPoller();
}

void OrderFollower::setBackoff(int firstMs, int ceilingMs, int maxLookups)
{
    m_backoff = Backoff {firstMs, ceilingMs, maxLookups};
}

void OrderFollower::follow(const QString &orderId)
{
    dropPoller();
    if (!m_client || orderId.isEmpty())
        return;
    m_poller = new OrderPoller(m_client, orderId, this);
    if (m_backoff)
        m_poller->setBackoff(m_backoff->firstMs, m_backoff->ceilingMs, m_backoff->maxLookups);
    // The poller has scheduled its next lookup before it emits these, so the countdown is current.
    connect(m_poller, &OrderPoller::orderUpdated, this, [this](const Order &order) {
        tellCountdown();
        emit orderUpdated(order);
    });
    connect(m_poller, &OrderPoller::lookupFailed, this, [this](const ApiError &error) {
        tellCountdown();
        emit lookupFailed(error);
    });
    connect(m_poller, &OrderPoller::gaveUp, this, &OrderFollower::gaveUp);
    connect(m_poller, &OrderPoller::stopped, &m_tick, &QTimer::stop);
    m_poller->start();
    tellCountdown();
    m_tick.start();
}

void OrderFollower::stop(const QString &reason)
{
    const bool wasFollowing = isFollowing();
    if (m_poller && m_poller->isActive())
        m_poller->cancel();
    m_tick.stop();
    if (wasFollowing) {
        qCInfo(lcFollower) << "stopped following an order";
        emit followingStopped(reason);
    }
}

bool OrderFollower::isFollowing() const
{
    return m_poller && m_poller->isActive();
}

int OrderFollower::secondsToNextCheck() const
{
    const int remainingMs = isFollowing() ? m_poller->msUntilNextLookup() : -1;
    return remainingMs <= 0 ? 0 : (remainingMs + 999) / 1000;
}

void OrderFollower::dropPoller()
{
    m_tick.stop();
    if (!m_poller)
        return;
    // Quietly: a replaced order's poller must not report into the new order's view.
    disconnect(m_poller, nullptr, this, nullptr);
    m_poller->cancel();
    m_poller->deleteLater();
    m_poller = nullptr;
}

} // namespace nd
