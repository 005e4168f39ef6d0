#pragma once

// Draws one number of an order in the results list: the number in a fixed-width font, "old → new"
// when the server reassigned it, the fee, the per-number status, and the QR code thumbnail (or a
// "Loading QR code…" placeholder, or the reason it failed with a Retry button, or a plain note that
// this change has no QR code). Every row has the same height so the list can lay out 1,000 rows
// without measuring them. Used by ResultsPanel over a ResultsModel.

#include "desk/ResultsModel.h"
#include "gui/results/TextLineCache.h"

#include <QCache>
#include <QPixmap>
#include <QPointer>
#include <QStyledItemDelegate>

namespace nd {

class NumberResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberResultDelegate)

public:
    static constexpr int Padding = 8;
    static constexpr int ThumbnailSide = 112;

    explicit NumberResultDelegate(ResultsModel *model, QObject *parent = nullptr);

    // For orders without any QR code (park, cancel, swap…): no thumbnail column, shorter rows.
    void setCompact(bool compact) { m_compact = compact; }
    bool isCompact() const { return m_compact; }

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The full reason of a failed image, which the row may have to cut short.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // Where a row's QR thumbnail and Retry button are drawn, for clicks and tests.
    static QRect thumbnailRect(const QRect &itemRect);
    QRect retryButtonRect(const QStyleOptionViewItem &option) const;

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    void paintThumbnail(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintTexts(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintRetryButton(QPainter *painter, const QStyleOptionViewItem &option) const;
    void paintFocus(QPainter *painter, const QStyleOptionViewItem &option) const;
    QPixmap thumbnail(const QImage &image) const;

    QPointer<ResultsModel> m_model;
    mutable QCache<qint64, QPixmap> m_thumbnails {400}; // by QImage::cacheKey(), one per image
    mutable TextLineCache m_lines;
    bool m_compact = false;
};

} // namespace nd
