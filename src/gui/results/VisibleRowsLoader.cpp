#include "gui/results/VisibleRowsLoader.h"

#include "desk/QrImageQueue.h"
#include "desk/ResultsModel.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QScrollBar>

namespace nd {

VisibleRowsLoader::VisibleRowsLoader(QAbstractItemView *view, ResultsModel *model, QObject *parent)
    : QObject(parent), m_view(view), m_model(model)
{
    m_pass.setSingleShot(true);
    m_pass.setInterval(0);
    connect(&m_pass, &QTimer::timeout, this, &VisibleRowsLoader::requestVisibleNow);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &VisibleRowsLoader::schedule);
    connect(model, &QAbstractItemModel::modelReset, this, &VisibleRowsLoader::schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, &VisibleRowsLoader::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &VisibleRowsLoader::schedule);
    // dataChanged: a retried or newly issued QR code on a visible row (polling) is fetched too.
    connect(model, &QAbstractItemModel::dataChanged, this, &VisibleRowsLoader::schedule);
    view->viewport()->installEventFilter(this);
}

std::pair<int, int> VisibleRowsLoader::visibleRows() const
{
    if (!m_view || !m_model || m_model->rowCount() == 0 || !m_view->isVisible())
        return {-1, -1};
    const QRect area = m_view->viewport()->rect();
    const QModelIndex first = m_view->indexAt(area.topLeft() + QPoint(1, 1));
    if (!first.isValid())
        return {-1, -1};
    const QModelIndex last = m_view->indexAt(QPoint(area.left() + 1, area.bottom() - 1));
    return {first.row(), last.isValid() ? last.row() : m_model->rowCount() - 1};
}

void VisibleRowsLoader::requestVisibleNow()
{
    const auto [first, last] = visibleRows();
    if (first < 0)
        return;
    // On screen first (top row first), then the next screenful; a failed image is retried by the
    // user, not by every pass (the model only asks for rows never asked for, or evicted).
    const int lastAhead = qMin(m_model->rowCount() - 1, last + (last - first + 1));
    m_model->ensureImagesRequested(first, lastAhead);
    // Then, in the background, the rows below: downloads keep going while the user reads or scrolls
    // (the queue bounds how many by the size of its cache).
    m_model->prefetchImages(lastAhead + 1, lastAhead + QrImageQueue::MaxPrefetch);
}

bool VisibleRowsLoader::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        schedule();
    return QObject::eventFilter(watched, event);
}

void VisibleRowsLoader::schedule()
{
    if (!m_pass.isActive())
        m_pass.start();
}

} // namespace nd
