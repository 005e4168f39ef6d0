#pragma once

// Where an order-level failure is shown in the results: the error's title and message, a plain
// caution when the change may have happened anyway (outcome unknown, unreadable answer), the trace
// id, and "Copy for support ticket". Part of ResultsPanel.

#include "response/ApiError.h"

#include <QDateTime>
#include <QFrame>
#include <memory>
#include <optional>

namespace Ui {
class OrderErrorBox;
}

namespace nd {

class OrderErrorBox final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderErrorBox)

public:
    explicit OrderErrorBox(QWidget *parent = nullptr);
    ~OrderErrorBox() override;

    void setError(const ApiError &error, const QDateTime &when);
    QString supportText() const { return m_supportText; }

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::OrderErrorBox> m_ui;
    QString m_supportText;
    std::optional<ApiError> m_error; // what is shown, worded again when the language changes
    QDateTime m_when;
};

} // namespace nd
