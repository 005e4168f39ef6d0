#include "gui/results/NumberResultDelegate.h"

#include "desk/ResultsModel.h"
#include "gui/common/DeskColours.h"
#include "gui/common/FocusFrame.h"
#include "gui/results/QrThumbnail.h"
#include "gui/common/ResultsTexts.h"
#include "i18n/LocaleFormat.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace nd {

namespace {

constexpr int TextGap = 14;
constexpr int RetryHeight = 30;
constexpr double NumberFontScale = 1.3;

ResultsModel::QrState qrState(const QModelIndex &index)
{
    return ResultsModel::QrState(index.data(ResultsModel::QrStateRole).toInt());
}

// Amber that reads as "needs attention", not red "danger": a failed image is recoverable.
QColor noticeColor(const QPalette &palette)
{
    return DeskColours(palette).text(Tone::Warning);
}

QFont numberFont(const QFont &base)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(base.pointSizeF() * NumberFontScale);
    font.setBold(true);
    return font;
}

} // namespace

NumberResultDelegate::NumberResultDelegate(ResultsModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{ }

QRect NumberResultDelegate::thumbnailRect(const QRect &itemRect)
{
    return QRect(itemRect.left() + Padding, itemRect.top() + Padding, ThumbnailSide, ThumbnailSide);
}

QRect NumberResultDelegate::retryButtonRect(const QStyleOptionViewItem &option) const
{
    const int width = option.fontMetrics.horizontalAdvance(tr("Retry")) + 4 * Padding;
    const QRect item = option.rect;
    return QRect(item.right() - Padding - width, item.center().y() - RetryHeight / 2, width, RetryHeight);
}

QSize NumberResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // The same for every row (the list sets uniformItemSizes): never depends on the row's data.
    const int textHeight
        = QFontMetrics(numberFont(option.font)).height() + 3 * option.fontMetrics.lineSpacing();
    if (m_compact)
        return {2 * Padding + 360, textHeight + 2 * Padding};
    return {ThumbnailSide + 2 * Padding + TextGap + 360, qMax(ThumbnailSide, textHeight) + 2 * Padding};
}

void NumberResultDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and selection only; the texts are drawn below
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    paintThumbnail(painter, option, index);
    paintTexts(painter, option, index);
    if (qrState(index) == ResultsModel::QrState::Failed)
        paintRetryButton(painter, option);
    painter->restore();
    paintFocus(painter, opt);
}

void NumberResultDelegate::paintThumbnail(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QRect box = thumbnailRect(option.rect);
    const ResultsModel::QrState state = qrState(index);
    if (state == ResultsModel::QrState::NoQrCode || m_compact)
        return;
    const QImage image = index.data(ResultsModel::QrImageRole).value<QImage>();
    if (state == ResultsModel::QrState::Loaded && !image.isNull()) {
        // White behind the code whatever the theme: a QR code is read as dark modules on light. The
        // thumbnail is opaque; only a code that is not square leaves part of the box to fill.
        const QPixmap pixmap = thumbnail(image);
        const QSize size = pixmap.deviceIndependentSize().toSize();
        if (size != box.size())
            painter->fillRect(box, Qt::white);
        painter->drawPixmap(QRect(box.center() - QPoint(size.width() / 2, size.height() / 2), size), pixmap);
        return;
    }
    painter->setPen(QPen(option.palette.color(QPalette::Mid), 1, Qt::DashLine));
    painter->drawRect(box.adjusted(0, 0, -1, -1));
    painter->setPen(DeskColours(option.palette).mutedText());
    const QString text = state == ResultsModel::QrState::Failed ? tr("No image") : tr("Loading QR code…");
    painter->drawText(
        box.adjusted(Padding, Padding, -Padding, -Padding), Qt::AlignCenter | Qt::TextWordWrap, text);
}

void NumberResultDelegate::paintTexts(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor textColor
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const ResultsModel::QrState state = qrState(index);

    const int left = option.rect.left() + Padding + (m_compact ? 0 : ThumbnailSide + TextGap);
    int right = option.rect.right() - Padding;
    if (state == ResultsModel::QrState::Failed)
        right = retryButtonRect(option).left() - Padding;
    int y = option.rect.top() + Padding;
    const auto line = [&](const QFont &font, const QColor &color, const QString &text) {
        painter->setPen(color);
        m_lines.draw(painter, QPoint(left, y), font, text, qMax(0, right - left));
        y += QFontMetrics(font).lineSpacing();
    };

    line(numberFont(option.font), textColor, index.data(ResultsModel::NumberRole).toString());
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(option.font.pointSizeF());
    const QString original = index.data(ResultsModel::OriginalNumberRole).toString();
    if (!original.isEmpty())
        line(mono, textColor,
            QStringLiteral("%1 → %2").arg(original, index.data(ResultsModel::NumberRole).toString()));

    // The SIM the server put the number on: what the agent reads back to the customer on a Swap SIM.
    const QString iccid = index.data(ResultsModel::IccidRole).toString();
    if (!iccid.isEmpty())
        line(mono, textColor, tr("ICCID %1").arg(iccid));

    QStringList details;
    const QVariant fee = index.data(ResultsModel::FeeRole);
    if (fee.isValid())
        details << tr("Fee %1").arg(usdText(fee.toDouble()));
    const QString status = index.data(ResultsModel::ServerStatusRole).toString();
    if (!status.isEmpty())
        details << tr("Status: %1").arg(status);
    if (!details.isEmpty())
        line(option.font, textColor, details.join(QStringLiteral("   ·   ")));

    const QColor muted = selected ? textColor : DeskColours(option.palette).mutedText();
    switch (state) {
    case ResultsModel::QrState::NoQrCode:
        line(option.font, muted, tr("No QR code for this change"));
        break;
    case ResultsModel::QrState::Loaded:
        line(option.font, muted, tr("Double-click or press Enter to show the QR code for scanning"));
        break;
    case ResultsModel::QrState::Failed: {
        // Wrapped over the rest of the row; the tooltip has all of it.
        painter->setFont(option.font);
        painter->setPen(selected ? textColor : noticeColor(option.palette));
        const QRect rest(left, y, qMax(0, right - left), option.rect.bottom() - Padding - y);
        painter->drawText(rest, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
            tr("QR code not loaded: %1").arg(index.data(ResultsModel::QrErrorRole).toString()));
        break;
    }
    case ResultsModel::QrState::NotRequested:
    case ResultsModel::QrState::Loading:
        line(option.font, muted, tr("Loading QR code…"));
        break;
    }
}

void NumberResultDelegate::paintFocus(QPainter *painter, const QStyleOptionViewItem &option) const
{
    // The row the keyboard is on must show without a selection (the current row is not selected, so
    // no highlight covers its QR code).
    paintFocusFrame(painter, option);
}

void NumberResultDelegate::paintRetryButton(QPainter *painter, const QStyleOptionViewItem &option) const
{
    QStyleOptionButton button;
    button.rect = retryButtonRect(option);
    button.text = tr("Retry");
    button.palette = option.palette;
    button.fontMetrics = option.fontMetrics;
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    painter->setFont(option.font);
    style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
}

QPixmap NumberResultDelegate::thumbnail(const QImage &image) const
{
    if (QPixmap *cached = m_thumbnails.object(image.cacheKey()))
        return *cached;
    // A preview only (the scan view is for scanning): smooth downscaling keeps it legible.
    auto *pixmap = new QPixmap(QPixmap::fromImage(qrThumbnail(image, ThumbnailSide)));
    m_thumbnails.insert(image.cacheKey(), pixmap);
    return *pixmap;
}

bool NumberResultDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && qrState(index) == ResultsModel::QrState::Failed) {
        QToolTip::showText(event->globalPos(), index.data(ResultsModel::QrErrorRole).toString(), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

bool NumberResultDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease && m_model
        && qrState(index) == ResultsModel::QrState::Failed) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && retryButtonRect(option).contains(mouse->position().toPoint())) {
            m_model->retryImage(index.row());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace nd
