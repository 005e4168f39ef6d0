#pragma once

// Asks the results model for the QR images of the rows a list shows now, then the next screenful,
// and has the rows below those fetched in the background (a bounded window that moves with the
// list), so the downloads never wait for the user to scroll and scrolling rarely meets a
// placeholder. Watches scrolling, resizing and model changes; coalesces them into one pass per
// event-loop turn. Used by ResultsPanel.

#include "desk/ResultsModel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAbstractItemView;

namespace nd {

class VisibleRowsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisibleRowsLoader)

public:
    VisibleRowsLoader(QAbstractItemView *view, ResultsModel *model, QObject *parent = nullptr);

    // First and last row inside the viewport now; {-1, -1} when none.
    std::pair<int, int> visibleRows() const;
    // Runs at once instead of on the next event-loop turn.
    void requestVisibleNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();

    QPointer<QAbstractItemView> m_view;
    QPointer<ResultsModel> m_model;
    QTimer m_pass;
};

} // namespace nd
