#pragma once

// The top of the results: OrderId (selectable, with a copy button), order date in local time, a
// Complete / Pending / Error badge beside the server's own status word, change type, effective
// date, total fee when any fee is stated, and the server's reason when the order failed.
// Part of ResultsPanel.

#include "response/Order.h"

#include <QFrame>
#include <memory>

namespace Ui {
class OrderHeader;
}

namespace nd {

class OrderHeader final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderHeader)

public:
    explicit OrderHeader(QWidget *parent = nullptr);
    ~OrderHeader() override;

    void setOrder(const Order &order);
    // "Order", or "Earlier order" while a later request's error is shown above it.
    void setEarlier(bool earlier);
    QString badgeText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void copyOrderId() const;

    std::unique_ptr<Ui::OrderHeader> m_ui;
    Order m_order; // what is shown, worded again when the language changes
    bool m_earlier = false;
};

} // namespace nd
