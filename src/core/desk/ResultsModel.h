#pragma once

// One row per number of the order being shown: the number, old -> new when reassigned, the fee and
// its QR code state. Images are requested for the rows a view asks about, and fetched in the
// background for the rows it names as next (prefetchImages), through a QrImageQueue. Qt Core/Gui
// only; the results widget and the benchmark use it.

#include "response/Order.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <utility>

namespace nd {

class QrImageQueue;

class ResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsModel)

public:
    enum class QrState { NoQrCode, NotRequested, Loading, Loaded, Failed };
    Q_ENUM(QrState)

    enum Role {
        NumberRole = Qt::UserRole + 1, // QString E.164 the customer has now
        OriginalNumberRole, // QString, empty unless reassigned
        FeeRole, // QVariant double or invalid
        QrStateRole, // int (QrState)
        QrImageRole, // QImage when Loaded
        QrErrorRole, // QString when Failed
        ServerStatusRole, // per-number status word (lookups)
        IccidRole, // QString: the SIM the server says the number is on (swap-sim echoes it), or empty
    };

    explicit ResultsModel(QrImageQueue *images, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setOrder(const Order &order);
    // Merges an order lookup (mergeLookup): keeps rows and loaded images, updates statuses and adds
    // QR codes that appeared (polling).
    void updateOrder(const Order &lookup);
    void clear();
    const Order &order() const { return m_order; }

    // Asks for the row's image if it has a QR code and none is loaded or loading. Views call this for
    // visible rows; data(QrImageRole) never triggers network on its own.
    void ensureImageRequested(int row);
    // The same for rows first..last, fetched in that order (first first), with one dataChanged.
    void ensureImagesRequested(int first, int last);
    // Fetches the images of rows first..last in the background, in row order, behind every
    // requested one; replaces the previous background range. The rows stay NotRequested until an
    // image arrives (then Loaded, or Failed with its message).
    void prefetchImages(int first, int last);
    void retryImage(int row);
    int loadedImageCount() const;
    int qrCodeCount() const;

signals:
    void allImagesSettled(); // every row with a QR code is Loaded or Failed

private:
    struct Row
    {
        QrState state = QrState::NoQrCode;
        QString error;
    };
    void onImageReady(const QUrl &url, const QImage &image);
    void onImageFailed(const QUrl &url, const QString &message);
    void rebuildIndex();
    void checkSettled();

    QPointer<QrImageQueue> m_images;
    Order m_order;
    QList<Row> m_rows;
    QHash<QUrl, QList<int>> m_rowsByUrl;
    std::pair<int, int> m_prefetchRange {-1, -1}; // the rows last handed to the queue's background list
};

} // namespace nd
