#pragma once

// The vendor's per-account request budget: at most N requests in any sliding 60-second window.
// Used by SandboxServer for every API request (token requests included, QR images not).

#include <QElapsedTimer>
#include <deque>
#include <optional>

namespace nd::sandbox {

class RateLimiter final
{
public:
    explicit RateLimiter(int perMinute); // <= 0: unlimited

    // Counts the request and returns nullopt when it is within the budget; otherwise returns the
    // whole seconds until a slot frees (>= 1). Refused requests do not use up the budget, so a
    // client that honours Retry-After gets through.
    std::optional<int> admit();

private:
    int m_perMinute = 50;
    QElapsedTimer m_clock; // monotonic: wall-clock changes cannot open or close the window
    std::deque<qint64> m_admittedAtMs;
};

} // namespace nd::sandbox
