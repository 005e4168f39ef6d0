#pragma once

// The network floor for bench_results: the least a client can do for an activate against the
// sandbox, with a bare QNetworkAccessManager: fetch a token, POST the status change, then download
// every QR image with the desk's parallelism. Nothing is parsed, decoded or drawn: the token and
// the image URLs are cut out of the answers' bytes (see README.md). Benchmarks only.

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace nd::bench {

struct FloorTarget
{
    QUrl tokenUrl; // POST {AccountKey, AccountSecret, ApiEndpoint} -> {"token": …}
    QByteArray tokenBody;
    QUrl statusUrl; // POST the status change with the token
};

struct FloorRun
{
    double postMs = 0; // start -> the status change's answer fully read (token included)
    double allMs = 0; // start -> every QR image fully read
    int downloads = 0;
    int peakParallel = 0;
    double cpuMs = 0; // filled in by the benchmark
    QString problem;
};

// Runs once with a fresh QNetworkAccessManager (new connections, like a fresh ApiClient), spinning
// a local event loop until done or timeoutMs passed.
FloorRun runFloor(const FloorTarget &target, const QByteArray &statusBody, int parallel, int timeoutMs);

} // namespace nd::bench
