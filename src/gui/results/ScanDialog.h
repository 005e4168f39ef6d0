#pragma once

// The scan view: one number's QR code shown large and crisp for the customer's phone, with the
// number beside it, full screen on request, copy and save. Opened by the results panel (double-click,
// Enter or "Show QR code"); non-modal, deletes itself when closed.
// Never shows the activation code or the QR URL: the image is all the customer needs.

#include "gui/results/ScannableQr.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ScanDialog;
}

namespace nd {

class QrCodeView;

class ScanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanDialog)

public:
    ScanDialog(const QString &number, const QImage &downloadedImage, QWidget *parent = nullptr);
    ~ScanDialog() override;

    QString number() const { return m_number; }
    QrCodeView *qrView() const;
    // The image as copied and saved: the same code, at a crisp size for printing or pasting.
    QImage exportImage() const;
    void copyImage() const;
    // Writes exportImage() as PNG; false when the file could not be written.
    bool saveImage(const QString &path) const;

private:
    void setFullScreen(bool on);
    void askWhereToSave();

    std::unique_ptr<Ui::ScanDialog> m_ui;
    QString m_number;
    ScannableQr m_qr;
};

} // namespace nd
