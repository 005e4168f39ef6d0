#include "sandbox/RateLimiter.h"

#include <QtGlobal>

namespace nd::sandbox {

namespace {
constexpr qint64 WindowMs = 60 * 1000;
}

RateLimiter::RateLimiter(int perMinute) : m_perMinute(perMinute)
{
    m_clock.start();
}

std::optional<int> RateLimiter::admit()
{
    if (m_perMinute <= 0)
        return std::nullopt; // 0 or less: no limit
    const qint64 now = m_clock.elapsed();
    while (!m_admittedAtMs.empty() && now - m_admittedAtMs.front() >= WindowMs)
        m_admittedAtMs.pop_front();
    if (int(m_admittedAtMs.size()) < m_perMinute) {
        m_admittedAtMs.push_back(now);
        return std::nullopt;
    }
    const qint64 waitMs = m_admittedAtMs.front() + WindowMs - now;
    return int(qMax<qint64>(1, (waitMs + 999) / 1000));
}

} // namespace nd::sandbox
