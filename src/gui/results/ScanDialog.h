#pragma once

// The scan view: one number's QR code shown large and crisp for the customer's phone, with the
// number beside it, full screen on request, copy and save; and the other ways to hand the eSIM over
// when scanning fails: the code to type in, one-tap install links, a printed or PDF customer card.
// Opened by the results panel (double-click, Enter, "Show QR code", the row's context menu);
// non-modal, deletes itself when closed. The activation code stays hidden until "Show code".

#include "gui/results/ScannableQr.h"
#include "handoff/ActivationCodeSource.h"
#include "handoff/CustomerCard.h"

#include <QDialog>
#include <QUrl>
#include <memory>

namespace Ui {
class ScanDialog;
}

class QAction;

namespace nd {

class InstallLinkPanel;
class ManualEntryPanel;
class QrCodeView;
class SecretClipboard;

class ScanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanDialog)

public:
    enum class Tab { Scan, TypeIn, InstallLink };

    ScanDialog(const QString &number, const QImage &downloadedImage, QWidget *parent = nullptr);
    ~ScanDialog() override;

    // The URL the image came from: its `text=`, when it has one, is the fall-back for the code and is
    // checked against the image.
    void setQrUrl(const QUrl &url);
    // The order the number belongs to, for the customer card (order id and date).
    void setOrder(const Order &order);
    // Not owned; without one the dialog uses its own.
    void setSecretClipboard(SecretClipboard *clipboard);
    void showTab(Tab tab);

    QString number() const { return m_number; }
    QrCodeView *qrView() const;
    ManualEntryPanel *manualEntry() const;
    InstallLinkPanel *installLinks() const;
    const ResolvedActivationCode &activationCode() const { return m_code; }
    // The card "Customer card…" prints, with the support line from the settings.
    CustomerCard customerCard() const;
    // The image as copied and saved: the same code, at a crisp size for printing or pasting.
    QImage exportImage() const;
    void copyImage() const;
    // Writes exportImage() as PNG; false when the file could not be written.
    bool saveImage(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void resolveCode();
    void updateWarning();
    void setRevealed(bool revealed);
    void setFullScreen(bool on);
    void askWhereToSave();
    void openCardDialog();

    std::unique_ptr<Ui::ScanDialog> m_ui;
    QString m_number;
    ScannableQr m_qr;
    QUrl m_qrUrl;
    ResolvedActivationCode m_code;
    CustomerCard m_cardTemplate;
    SecretClipboard *m_clipboard = nullptr;
    QAction *m_fullScreenAction = nullptr;
};

} // namespace nd
