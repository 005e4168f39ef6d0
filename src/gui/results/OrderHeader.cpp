#include "gui/results/OrderHeader.h"

#include "gui/common/DeskColours.h"
#include "gui/common/PaletteFollower.h"
#include "gui/common/ResultsTexts.h"
#include "i18n/LocaleFormat.h"
#include "ui_ResultsOrderHeader.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>

namespace nd {

OrderHeader::OrderHeader(QWidget *parent) : QFrame(parent), m_ui(std::make_unique<Ui::OrderHeader>())
{
    m_ui->setupUi(this);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.15);
    mono.setBold(true);
    m_ui->orderIdLabel->setFont(mono);
    QFont bold = m_ui->orderCaption->font();
    bold.setBold(true);
    m_ui->orderCaption->setFont(bold);
    m_ui->statusBadge->setFont(bold);
    m_ui->statusBadge->setMargin(4);
    connect(m_ui->copyOrderIdButton, &QPushButton::clicked, this, &OrderHeader::copyOrderId);
}

OrderHeader::~OrderHeader() = default;

void OrderHeader::setOrder(const Order &order)
{
    m_order = order;
    const QString none = tr("not stated");
    m_ui->orderIdLabel->setText(order.orderId.isEmpty() ? tr("(no order id)") : order.orderId);
    m_ui->copyOrderIdButton->setEnabled(!order.orderId.isEmpty());

    const results::Badge badge = results::badgeFor(order.state);
    m_ui->statusBadge->setText(results::badgeText(badge));
    // The badge's colours come with the scheme: rebuilt when the palette changes.
    PaletteFollower::followStyleSheet(m_ui->statusBadge, [state = order.state](const DeskColours &colours) {
        const Swatch chip = colours.orderBadge(state);
        return QStringLiteral("QLabel { color: %1; background: %2; border-radius: 4px; }")
            .arg(chip.foreground.name(), chip.background.name());
    });
    m_ui->statusBadge->setAccessibleDescription(tr("Order status: %1").arg(results::badgeText(badge)));
    m_ui->serverStatusLabel->setText(
        order.serverStatus.isEmpty() ? QString() : tr("server: “%1”").arg(order.serverStatus));

    if (!order.orderDate)
        m_ui->orderDateLabel->setText(none);
    else if (order.orderDateIsDateOnly)
        m_ui->orderDateLabel->setText(dateText(order.orderDate->toUTC().date()));
    else
        m_ui->orderDateLabel->setText(results::localDateTimeText(*order.orderDate));
    m_ui->changeTypeLabel->setText(
        order.changeType.isEmpty() ? none : results::changeTypeText(order.changeType));
    m_ui->effectiveDateLabel->setText(order.effectiveDate ? dateText(*order.effectiveDate) : none);

    const std::optional<double> total = order.totalFee();
    m_ui->totalFeeCaption->setVisible(total.has_value());
    m_ui->totalFeeLabel->setVisible(total.has_value());
    m_ui->totalFeeLabel->setText(total ? usdText(*total) : QString());

    m_ui->statusMessageLabel->setText(order.statusMessage);
    m_ui->statusMessageLabel->setVisible(!order.statusMessage.isEmpty());
}

void OrderHeader::setEarlier(bool earlier)
{
    m_earlier = earlier;
    m_ui->orderCaption->setText(earlier ? tr("Earlier order") : tr("Order"));
}

QString OrderHeader::badgeText() const
{
    return m_ui->statusBadge->text();
}

void OrderHeader::copyOrderId() const
{
    QGuiApplication::clipboard()->setText(m_ui->orderIdLabel->text());
}

void OrderHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setOrder(m_order);
        setEarlier(m_earlier);
    }
    QFrame::changeEvent(event);
}

} // namespace nd
