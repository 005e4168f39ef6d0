#pragma once

// Makes the customer cards for some numbers of an order: fetches each QR code image (again, from its
// URL; an image the results view already holds is taken from its cache), reads the activation code
// from it (the URL's `text=` only as a fall-back) and says, on the card and to the agent, which codes
// could not be had, e.g. because they expired since the order. Used by the card dialog for the results
// and history views; the images and codes are never logged.

#include "handoff/ActivationCodeSource.h"
#include "handoff/CustomerCard.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace nd {

class QrImageQueue;

class CustomerCardBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerCardBatch)

public:
    // `cache` (may be null, not owned) is consulted before fetching.
    CustomerCardBatch(QNetworkAccessManager *network, const QrImageQueue *cache, QObject *parent = nullptr);

    // Starts on the numbers at `rows` of `order` that have a QR code; emits finished() once every card is
    // settled (at once when none needs fetching).
    void start(const Order &order, const QList<int> &rows, const QString &supportLine);

    bool isFinished() const { return m_settled == m_cards.size(); }
    const QList<CustomerCard> &cards() const { return m_cards; }
    int settledCount() const { return m_settled; }
    // Cards without a code (their QR code could not be fetched or read), and the first reason.
    int unavailableCount() const;
    QString firstProblem() const { return m_firstProblem; }
    // Cards whose QR URL named another code than the image holds (the image's was printed).
    int disagreementCount() const { return m_disagreements; }

signals:
    void progress(int settled, int total);
    void finished();

private:
    void onImage(const QUrl &url, const QImage &image);
    void onFailure(const QUrl &url, const QString &message);
    void settle(int card);

    QrImageQueue *m_images;
    QPointer<const QrImageQueue> m_cache;
    QList<CustomerCard> m_cards;
    QHash<QUrl, QList<int>> m_cardsByUrl; // several numbers may share one URL
    int m_settled = 0;
    int m_disagreements = 0;
    QString m_firstProblem;
};

} // namespace nd
