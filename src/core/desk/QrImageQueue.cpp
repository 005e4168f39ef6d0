#include "desk/QrImageQueue.h"

#include "network/QrImageDownload.h"

#include <QLocale>
#include <QTimer>

namespace nd {

QrImageQueue::QrImageQueue(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
    m_cache.setMaxCost(DefaultCacheKiB); // counted in KiB
}

QrImageQueue::~QrImageQueue()
{
    for (QrImageDownload *download : std::as_const(m_active)) {
        download->disconnect(this);
        download->abort();
    }
}

std::optional<QImage> QrImageQueue::cached(const QUrl &url) const
{
    if (const QImage *image = m_cache.object(url))
        return *image;
    return std::nullopt;
}

void QrImageQueue::request(const QUrl &url)
{
    request(QList<QUrl> {url});
}

void QrImageQueue::request(const QList<QUrl> &urls)
{
    QList<QUrl> front;
    for (const QUrl &url : urls) {
        if (const auto failure = m_failures.constFind(url); failure != m_failures.constEnd()) {
            // Asked again (e.g. the same order shown again): repeat the answer instead of staying silent.
            QTimer::singleShot(0, this, [this, url, message = *failure] { emit imageFailed(url, message); });
            continue;
        }
        if (url.isEmpty() || m_cache.contains(url) || m_active.contains(url) || front.contains(url))
            continue;
        m_waiting.removeOne(url);
        m_prefetch.removeOne(url);
        front.append(url);
    }
    m_waiting = front + m_waiting; // asked for most recently = on screen now
    startNext();
}

int QrImageQueue::prefetchLimit() const
{
    return qBound(1, int(m_cache.maxCost() / 4 / m_largestCostKiB), MaxPrefetch);
}

void QrImageQueue::setPrefetch(const QList<QUrl> &urls)
{
    m_prefetch.clear();
    const int limit = prefetchLimit();
    for (const QUrl &url : urls) {
        if (m_prefetch.size() >= limit)
            break;
        if (!url.isEmpty() && !m_cache.contains(url) && !m_active.contains(url) && !m_failures.contains(url)
            && !m_waiting.contains(url))
            m_prefetch.append(url);
    }
    startNext();
}

void QrImageQueue::cancelPending()
{
    m_waiting.clear();
    m_prefetch.clear();
}

void QrImageQueue::forgetFailure(const QUrl &url)
{
    m_failures.remove(url);
}

void QrImageQueue::startNext()
{
    while (m_active.size() < m_maxConcurrent && !(m_waiting.isEmpty() && m_prefetch.isEmpty())) {
        const QUrl url = m_waiting.isEmpty() ? m_prefetch.takeFirst() : m_waiting.takeFirst();
        if (m_cache.contains(url) || m_active.contains(url))
            continue; // a background entry that arrived meanwhile by another way
        QrImageDownload *download = QrImageDownload::start(m_network, url, this);
        m_active.insert(url, download);
        ++m_started;
        m_peakActive = std::max(m_peakActive, int(m_active.size()));
        connect(download, &QrImageDownload::loaded, this, [this, url](const QImage &image) {
            const int costKiB = int(std::max<qsizetype>(1, image.sizeInBytes() / 1024));
            m_largestCostKiB = std::max(m_largestCostKiB, costKiB);
            if (!m_cache.insert(url, new QImage(image), int(costKiB))) {
                // Larger than the whole cache (QCache drops it at once): reported as ready, the row
                // would ask for it again and again, each time downloading and decoding it anew.
                const QString message = tr("The QR code image is too large to keep on screen (%1 "
                                           "decoded), so it is not shown. Ask Telegent support for a new "
                                           "QR code.")
                                            .arg(QLocale().formattedDataSize(image.sizeInBytes()));
                m_failures.insert(url, message);
                emit imageFailed(url, message);
                return;
            }
            emit imageReady(url, image);
        });
        connect(download, &QrImageDownload::failed, this, [this, url](const QString &message) {
            m_failures.insert(url, message);
            emit imageFailed(url, message);
        });
        connect(download, &QrImageDownload::finished, this, [this, url] {
            m_active.remove(url);
            startNext();
        });
    }
}

} // namespace nd
