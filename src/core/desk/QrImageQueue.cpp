#include "desk/QrImageQueue.h"

#include "network/QrImageDownload.h"

#include <QTimer>

namespace nd {

QrImageQueue::QrImageQueue(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
    m_cache.setMaxCost(64 * 1024); // 64 MiB of decoded images, counted in KiB
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
    if (const auto failure = m_failures.constFind(url); failure != m_failures.constEnd()) {
        // Asked again (e.g. the same order shown again): repeat the answer instead of staying silent.
        QTimer::singleShot(0, this, [this, url, message = *failure] { emit imageFailed(url, message); });
        return;
    }
    if (url.isEmpty() || m_cache.contains(url) || m_active.contains(url))
        return;
    m_waiting.removeOne(url);
    m_waiting.prepend(url); // asked for most recently = on screen now
    startNext();
}

void QrImageQueue::cancelPending()
{
    m_waiting.clear();
}

void QrImageQueue::forgetFailure(const QUrl &url)
{
    m_failures.remove(url);
}

void QrImageQueue::startNext()
{
    while (m_active.size() < m_maxConcurrent && !m_waiting.isEmpty()) {
        const QUrl url = m_waiting.takeFirst();
        QrImageDownload *download = QrImageDownload::start(m_network, url, this);
        m_active.insert(url, download);
        ++m_started;
        m_peakActive = std::max(m_peakActive, int(m_active.size()));
        connect(download, &QrImageDownload::loaded, this, [this, url](const QImage &image) {
            const int costKiB = std::max<qsizetype>(1, image.sizeInBytes() / 1024);
            m_cache.insert(url, new QImage(image), int(costKiB));
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
