#pragma once

// How a sandbox instance behaves: the one account it accepts and its limits. Set by the
// numberdesk-sandbox command line, by demo mode and by tests (small limits, instant expiry).

#include <QString>

namespace nd::sandbox {

struct SandboxOptions
{
    QString accountKey = QStringLiteral("DID-SANDBOX-0001");
    QString accountSecret = QStringLiteral("sandbox-secret-0001");
    int tokenLifetimeSeconds = 3600; // 0 = tokens are expired as soon as they are issued
    int rateLimitPerMinute = 50; // the vendor's standard tier
    int slowResponseMs = 45000; // delay of the SlowResponse magic number
    int pendingLookupsBeforeFinal = 3; // lookups answering Pending before the final status

    // How much a long-running sandbox remembers; beyond each limit the oldest entries are forgotten
    // (src/sandbox/README.md, "Limits").
    int maxTokens = 1000; // live tokens; expired ones are dropped as new ones are issued
    int maxOrders = 10000;
    int maxQrCodes = 10000;
    int maxNumbers = 100000;
    int maxCountedPaths = 1000; // request counters by path; further paths share one counter
};

} // namespace nd::sandbox
