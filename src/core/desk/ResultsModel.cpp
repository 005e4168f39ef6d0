#include "desk/ResultsModel.h"

#include "desk/QrImageQueue.h"

namespace nd {

ResultsModel::ResultsModel(QrImageQueue *images, QObject *parent)
    : QAbstractListModel(parent), m_images(images)
{
    if (m_images) {
        connect(m_images, &QrImageQueue::imageReady, this, &ResultsModel::onImageReady);
        connect(m_images, &QrImageQueue::imageFailed, this, &ResultsModel::onImageFailed);
    }
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ResultsModel::roleNames() const
{
    return {
        {NumberRole, "number"},
        {OriginalNumberRole, "originalNumber"},
        {FeeRole, "fee"},
        {QrStateRole, "qrState"},
        {QrImageRole, "qrImage"},
        {QrErrorRole, "qrError"},
        {ServerStatusRole, "serverStatus"},
        {Qt::DisplayRole, "display"},
    };
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OrderNumber &number = m_order.numbers.at(index.row());
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NumberRole:
        return number.number;
    case Qt::AccessibleTextRole: {
        QString text = number.wasReassigned() ? tr("%1, was %2").arg(number.number, number.originalNumber)
                                              : number.number;
        if (!number.iccid.isEmpty())
            text = tr("%1, ICCID %2").arg(text, number.iccid);
        return text;
    }
    case IccidRole:
        return number.iccid;
    case OriginalNumberRole:
        return number.wasReassigned() ? number.originalNumber : QString();
    case FeeRole:
        return number.fee ? QVariant(*number.fee) : QVariant();
    case QrStateRole:
        return int(row.state);
    case QrImageRole: {
        if (row.state != QrState::Loaded || !m_images)
            return {};
        const std::optional<QImage> image = m_images->cached(number.qrCodeUrl);
        return image ? QVariant(*image) : QVariant();
    }
    case QrErrorRole:
        return row.error;
    case ServerStatusRole:
        return number.serverStatus;
    default:
        return {};
    }
}

void ResultsModel::rebuildIndex()
{
    m_rowsByUrl.clear();
    for (int i = 0; i < m_order.numbers.size(); ++i) {
        const QUrl &url = m_order.numbers.at(i).qrCodeUrl;
        if (!url.isEmpty())
            m_rowsByUrl[url].append(i);
    }
}

void ResultsModel::setOrder(const Order &order)
{
    beginResetModel();
    m_prefetchRange = {-1, -1};
    if (m_images)
        m_images->cancelPending();
    m_order = order;
    m_rows.clear();
    for (const OrderNumber &number : std::as_const(m_order.numbers)) {
        Row row;
        row.state = number.qrCodeUrl.isEmpty() ? QrState::NoQrCode : QrState::NotRequested;
        if (row.state == QrState::NotRequested && m_images && m_images->cached(number.qrCodeUrl))
            row.state = QrState::Loaded;
        m_rows.append(row);
    }
    rebuildIndex();
    endResetModel();
    checkSettled();
}

void ResultsModel::updateOrder(const Order &lookup)
{
    const Order merged = mergeLookup(m_order, lookup);
    for (int i = 0; i < merged.numbers.size(); ++i) {
        if (m_order.numbers.at(i).qrCodeUrl.isEmpty() && !merged.numbers.at(i).qrCodeUrl.isEmpty())
            m_rows[i].state = QrState::NotRequested; // a QR code appeared: load it when shown
    }
    m_order = merged;
    m_prefetchRange = {-1, -1}; // new QR codes may fall in it
    rebuildIndex();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

void ResultsModel::clear()
{
    setOrder(Order {});
}

void ResultsModel::ensureImageRequested(int row)
{
    ensureImagesRequested(row, row);
}

void ResultsModel::ensureImagesRequested(int first, int last)
{
    first = qMax(0, first);
    last = qMin(int(m_rows.size()) - 1, last);
    if (first > last || !m_images)
        return;
    QList<QUrl> urls;
    int changedFirst = -1;
    int changedLast = -1;
    bool anyLoaded = false;
    for (int row = first; row <= last; ++row) {
        Row &state = m_rows[row];
        const QUrl &url = m_order.numbers.at(row).qrCodeUrl;
        // The cache is bounded: an image shown long ago may have been evicted and must be fetched again.
        if (state.state == QrState::Loaded && !m_images->cached(url))
            state.state = QrState::NotRequested;
        if (state.state != QrState::NotRequested)
            continue;
        if (m_images->cached(url)) {
            state.state = QrState::Loaded;
            anyLoaded = true;
        } else {
            state.state = QrState::Loading;
            urls.append(url);
        }
        changedFirst = changedFirst < 0 ? row : changedFirst;
        changedLast = row;
    }
    if (changedFirst >= 0)
        emit dataChanged(index(changedFirst), index(changedLast));
    if (anyLoaded)
        checkSettled();
    if (!urls.isEmpty())
        m_images->request(urls);
}

void ResultsModel::prefetchImages(int first, int last)
{
    // Views ask again after every change; the queue's list for the same rows is still right.
    if (!m_images || m_prefetchRange == std::pair {first, last})
        return;
    m_prefetchRange = {first, last};
    QList<QUrl> urls;
    for (int row = qMax(0, first); row <= qMin(int(m_rows.size()) - 1, last); ++row) {
        if (m_rows.at(row).state == QrState::NotRequested)
            urls.append(m_order.numbers.at(row).qrCodeUrl);
    }
    m_images->setPrefetch(urls);
}

void ResultsModel::retryImage(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).state != QrState::Failed || !m_images)
        return;
    m_images->forgetFailure(m_order.numbers.at(row).qrCodeUrl);
    m_rows[row].state = QrState::NotRequested;
    m_rows[row].error.clear();
    ensureImageRequested(row);
}

void ResultsModel::onImageReady(const QUrl &url, const QImage &)
{
    for (int row : m_rowsByUrl.value(url)) {
        m_rows[row].state = QrState::Loaded;
        emit dataChanged(index(row), index(row));
    }
    checkSettled();
}

void ResultsModel::onImageFailed(const QUrl &url, const QString &message)
{
    for (int row : m_rowsByUrl.value(url)) {
        m_rows[row].state = QrState::Failed;
        m_rows[row].error = message;
        emit dataChanged(index(row), index(row));
    }
    checkSettled();
}

int ResultsModel::loadedImageCount() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.state == QrState::Loaded; }));
}

int ResultsModel::qrCodeCount() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.state != QrState::NoQrCode; }));
}

void ResultsModel::checkSettled()
{
    const bool settled = std::all_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.state == QrState::NoQrCode || r.state == QrState::Loaded || r.state == QrState::Failed;
    });
    if (settled && !m_rows.isEmpty())
        emit allImagesSettled();
}

} // namespace nd
