#include "desk/OrderPoller.h"

#include <QLoggingCategory>

namespace nd {
namespace {
Q_LOGGING_CATEGORY(lcPoll, "numberdesk.core.orderpoller")
}

OrderPoller::OrderPoller(ApiClient *client, QString orderId, QObject *parent)
    : QObject(parent), m_client(client), m_orderId(std::move(orderId))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OrderPoller::lookUp);
}

OrderPoller::~OrderPoller()
{
    if (m_call)
        m_call->abandon();
}

void OrderPoller::setBackoff(int firstMs, int ceilingMs, int maxLookups)
{
    m_firstMs = std::max(0, firstMs);
    m_ceilingMs = std::max(m_firstMs, ceilingMs);
    m_maxLookups = std::max(1, maxLookups);
    m_delayMs = m_firstMs;
}

void OrderPoller::start()
{
    if (m_active)
        return;
    m_active = true;
    m_lookups = 0;
    m_delayMs = m_firstMs;
    m_timer.start(m_delayMs);
}

void OrderPoller::cancel()
{
    if (!m_active)
        return;
    qCInfo(lcPoll) << "polling cancelled after" << m_lookups << "lookups";
    stop();
}

void OrderPoller::stop()
{
    m_active = false;
    m_timer.stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->abandon();
        m_call.clear();
    }
    emit stopped();
}

void OrderPoller::lookUp()
{
    if (!m_active || !m_client)
        return;
    ++m_lookups;
    m_call = m_client->lookupOrder(m_orderId);
    connect(m_call, &ApiCall::orderReceived, this, [this](const Order &order) {
        m_call.clear();
        if (!isUnfinished(order.state)) {
            emit orderUpdated(order);
            emit orderSettled(order);
            if (m_active)
                stop();
            return;
        }
        // Scheduled before telling anyone, so handlers see the real next delay.
        const bool more = scheduleNext();
        emit orderUpdated(order);
        if (!more)
            giveUp();
    });
    connect(m_call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_call.clear();
        // A 429 (or 503) that says when to come back is obeyed (the contract's section 5): asking sooner
        // would be refused again and spend the account's 50 requests a minute, which the agent's next
        // send needs. RetryAfter is at most a day, so the milliseconds fit.
        const int serverWaitMs = error.retryAfterSeconds ? *error.retryAfterSeconds * 1000 : 0;
        const bool more = scheduleNext(serverWaitMs);
        emit lookupFailed(error);
        if (!more)
            giveUp();
    });
}

bool OrderPoller::scheduleNext(int atLeastMs)
{
    if (!m_active || m_lookups >= m_maxLookups)
        return false;
    m_delayMs = std::min(m_ceilingMs, std::max(1, m_delayMs) * 2);
    // The server's wait replaces this one only: the back-off goes on from its own delay afterwards.
    m_timer.start(std::max(m_delayMs, atLeastMs));
    return true;
}

void OrderPoller::giveUp()
{
    if (!m_active)
        return; // cancelled meanwhile
    qCInfo(lcPoll) << "still unfinished after" << m_lookups << "lookups; giving up";
    emit gaveUp();
    stop();
}

int OrderPoller::msUntilNextLookup() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

} // namespace nd
