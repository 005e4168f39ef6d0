#include "gui/results/PendingOrderTracker.h"

#include "desk/OrderPoller.h"
#include "network/ApiClient.h"

namespace nd {

namespace {
constexpr int TickMs = 1000;
} // namespace

PendingOrderTracker::PendingOrderTracker(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &PendingOrderTracker::tellCountdown);
}

PendingOrderTracker::~PendingOrderTracker()
{
    dropPoller();
}

void PendingOrderTracker::setBackoff(int firstMs, int ceilingMs, int maxLookups)
{
    m_backoff = Backoff {firstMs, ceilingMs, maxLookups};
}

void PendingOrderTracker::follow(const QString &orderId)
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
    connect(m_poller, &OrderPoller::gaveUp, this, &PendingOrderTracker::gaveUp);
    connect(m_poller, &OrderPoller::stopped, &m_tick, &QTimer::stop);
    m_poller->start();
    tellCountdown();
    m_tick.start();
}

void PendingOrderTracker::stop()
{
    if (m_poller && m_poller->isActive())
        m_poller->cancel();
    m_tick.stop();
}

bool PendingOrderTracker::isFollowing() const
{
    return m_poller && m_poller->isActive();
}

int PendingOrderTracker::secondsToNextCheck() const
{
    const int remainingMs = isFollowing() ? m_poller->msUntilNextLookup() : -1;
    return remainingMs <= 0 ? 0 : (remainingMs + 999) / 1000;
}

void PendingOrderTracker::dropPoller()
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
