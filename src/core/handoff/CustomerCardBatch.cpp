#include "handoff/CustomerCardBatch.h"

#include "desk/QrImageQueue.h"
#include "qr/QrCodec.h"

#include <QTimer>

namespace nd {

CustomerCardBatch::CustomerCardBatch(
    QNetworkAccessManager *network, const QrImageQueue *cache, QObject *parent)
    : QObject(parent), m_images(new QrImageQueue(network, this)), m_cache(cache)
{
    connect(m_images, &QrImageQueue::imageReady, this, &CustomerCardBatch::onImage);
    connect(m_images, &QrImageQueue::imageFailed, this, &CustomerCardBatch::onFailure);
}

void CustomerCardBatch::start(const Order &order, const QList<int> &rows, const QString &supportLine)
{
    m_cards.clear();
    m_cardsByUrl.clear();
    m_settled = 0;
    m_disagreements = 0;
    m_firstProblem.clear();
    for (int row : rows) {
        if (row < 0 || row >= order.numbers.size() || order.numbers.at(row).qrCodeUrl.isEmpty())
            continue;
        m_cardsByUrl[order.numbers.at(row).qrCodeUrl].append(int(m_cards.size()));
        m_cards.append(cardFor(order, order.numbers.at(row), supportLine));
    }
    if (m_cards.isEmpty()) {
        QTimer::singleShot(0, this, &CustomerCardBatch::finished);
        return;
    }
    for (auto it = m_cardsByUrl.cbegin(); it != m_cardsByUrl.cend(); ++it) {
        const QUrl &url = it.key();
        const std::optional<QImage> cached = m_cache ? m_cache->cached(url) : std::nullopt;
        if (cached)
            // Later, not now: finished() must not fire before the caller has connected to it.
            QTimer::singleShot(0, this, [this, url, image = *cached] { onImage(url, image); });
        else
            m_images->request(url);
    }
}

int CustomerCardBatch::unavailableCount() const
{
    return int(
        std::count_if(m_cards.cbegin(), m_cards.cend(), [](const CustomerCard &card) { return !card.code; }));
}

void CustomerCardBatch::onImage(const QUrl &url, const QImage &image)
{
    const ResolvedActivationCode resolved = resolveActivationCode(QrCodec::decode(image), url);
    for (int index : m_cardsByUrl.take(url)) {
        CustomerCard &card = m_cards[index];
        card.code = resolved.code;
        if (!resolved.code) {
            card.unavailableReason = tr("This QR code could not be read. Please contact us for a new one.");
            if (m_firstProblem.isEmpty())
                m_firstProblem
                    = tr("The QR code for %1 holds no eSIM activation code.").arg(card.phoneNumber);
        }
        m_disagreements += resolved.urlDisagrees ? 1 : 0;
        settle(index);
    }
}

void CustomerCardBatch::onFailure(const QUrl &url, const QString &message)
{
    for (int index : m_cardsByUrl.take(url)) {
        CustomerCard &card = m_cards[index];
        // The URL may still name the code (the vendor's `text=`): better than no card.
        card.code = activationCodeInUrl(url);
        if (!card.code) {
            card.unavailableReason = tr("This QR code is no longer available: it may have expired. Please "
                                        "contact us for a new one.");
            if (m_firstProblem.isEmpty())
                m_firstProblem = tr("%1: %2").arg(card.phoneNumber, message);
        }
        settle(index);
    }
}

void CustomerCardBatch::settle(int)
{
    ++m_settled;
    emit progress(m_settled, int(m_cards.size()));
    if (isFinished())
        emit finished();
}

} // namespace nd
