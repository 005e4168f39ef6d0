#pragma once

// The scan view's "Install link" tab: Apple's and Google's one-tap eSIM install links for the code,
// each with Copy link (Google's marked as not working on every Android device), and the iPhone link as
// a QR code the customer scans with the camera app. Masked and hidden until "Show code", like the code
// it carries; the QR code follows the scan view's rules (whole-pixel modules, white quiet zone).

#include "qr/ActivationCode.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class InstallLinkPanel;
}

class QAbstractButton;

namespace nd {

class QrCodeView;
class SecretClipboard;

class InstallLinkPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstallLinkPanel)

public:
    explicit InstallLinkPanel(QWidget *parent = nullptr);
    ~InstallLinkPanel() override;

    void setClipboard(SecretClipboard *clipboard) { m_clipboard = clipboard; }
    void setCode(const std::optional<ActivationCode> &code);
    void setRevealed(bool revealed);
    bool isRevealed() const;
    QAbstractButton *showCodeButton() const;
    QrCodeView *linkQrView() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void copy(const QString &link);

    std::unique_ptr<Ui::InstallLinkPanel> m_ui;
    std::optional<ActivationCode> m_code;
    SecretClipboard *m_clipboard = nullptr;
};

} // namespace nd
