#pragma once

// Loads QR images for the results view: at most N downloads at once (a 1,000-number order must not
// open 1,000 connections), most recently requested first (what is on screen now), then, while nothing
// on screen waits, the background list (the rows below, fetched before the user scrolls to them so the
// downloads never stall on the scrolling), and a memory-bounded cache so scrolling back does not
// download again. Keys are the secret QR URLs: never logged.

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace nd {

class QrImageDownload;

class QrImageQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrImageQueue)

public:
    // Downloads at once unless setMaxConcurrent says otherwise (the benchmark's floor uses it too).
    static constexpr int DefaultMaxConcurrent = 4;

    explicit QrImageQueue(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~QrImageQueue() override;

    void setMaxConcurrent(int count) { m_maxConcurrent = qMax(1, count); }
    // Decoded images kept for scrolling back, in KiB (DefaultCacheKiB unless set). An image larger than
    // all of it is reported as failed: it could never be shown from the cache.
    static constexpr qsizetype DefaultCacheKiB = qsizetype(64) * 1024;
    void setCacheLimitKiB(qsizetype kib) { m_cache.setMaxCost(qMax<qsizetype>(1, kib)); }
    int peakConcurrentDownloads() const { return m_peakActive; }
    int downloadsStarted() const { return m_started; }

    // Cached image, if any (no network).
    std::optional<QImage> cached(const QUrl &url) const;
    // Queues a download unless cached, queued or loading; a repeated request moves it to the front.
    void request(const QUrl &url);
    // The same for several, which go to the front in the order given (the first is fetched first).
    void request(const QList<QUrl> &urls);
    // Replaces the background list: fetched in this order, only while no request() waits. Cached,
    // loading, requested or failed URLs are skipped, and only the first prefetchLimit() are kept.
    void setPrefetch(const QList<QUrl> &urls);
    // How many images the background list may hold: as many as fill a quarter of the cache at the
    // size of the largest image seen (at most MaxPrefetch), so fetching ahead never evicts what is on
    // screen, whatever size the server's images are.
    int prefetchLimit() const;
    static constexpr int MaxPrefetch = 256;
    int prefetchWaiting() const { return int(m_prefetch.size()); }
    // Forgets everything not yet started, requested or background (a new order is shown).
    void cancelPending();
    // Drops a failed entry so request() tries again.
    void forgetFailure(const QUrl &url);

signals:
    void imageReady(const QUrl &url, const QImage &image);
    void imageFailed(const QUrl &url, const QString &message);

private:
    void startNext();

    QNetworkAccessManager *m_network;
    int m_maxConcurrent = DefaultMaxConcurrent;
    int m_peakActive = 0;
    int m_started = 0;
    QList<QUrl> m_waiting; // front = next
    QList<QUrl> m_prefetch; // front = next once m_waiting is empty
    QHash<QUrl, QrImageDownload *> m_active;
    QHash<QUrl, QString> m_failures;
    QCache<QUrl, QImage> m_cache; // cost in KiB
    int m_largestCostKiB = 64; // the largest image seen so far; a guess until the first arrives
};

} // namespace nd
