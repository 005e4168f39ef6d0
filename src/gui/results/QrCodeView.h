#pragma once

// Paints a ScannableQr as large as it fits, enlarged by a whole factor with no smoothing, black on
// an explicitly white area whatever the theme (a dark palette must not reach the quiet zone).
// Used by the scan view; tests grab() it and decode the result.

#include "gui/results/ScannableQr.h"

#include <QImage>
#include <QWidget>

namespace nd {

class QrCodeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeView)

public:
    explicit QrCodeView(QWidget *parent = nullptr);

    void setQr(const ScannableQr &qr);
    const ScannableQr &qr() const { return m_qr; }
    // The factor the code is drawn at now (device pixels per module).
    int scaleFactor() const;
    // Where the code (quiet zone included) is drawn, in widget coordinates.
    QRect codeRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect deviceCodeRect() const;

    ScannableQr m_qr;
    QImage m_scaled; // cached for the current size
};

} // namespace nd
