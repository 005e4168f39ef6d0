#pragma once

// The scan view's "Type it in" tab: the activation code split into the fields a phone asks for when
// its camera will not scan (SM-DP+ address, activation code) and the whole LPA string for phones with
// one field, each with a Copy button, and where each goes on an iPhone, a Pixel and a Samsung.
// The code is a secret: masked until "Show code", copied through SecretClipboard, never logged, and
// never a clickable link (Windows starts an eSIM install on the PC for "LPA:" links).

#include "qr/ActivationCode.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class ManualEntryPanel;
}

class QAbstractButton;

namespace nd {

class SecretClipboard;

class ManualEntryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualEntryPanel)

public:
    explicit ManualEntryPanel(QWidget *parent = nullptr);
    ~ManualEntryPanel() override;

    // Not owned; copying is off until one is set.
    void setClipboard(SecretClipboard *clipboard) { m_clipboard = clipboard; }
    // nullopt: the QR code holds no activation code; the panel says so.
    void setCode(const std::optional<ActivationCode> &code);
    void setRevealed(bool revealed);
    bool isRevealed() const;
    QAbstractButton *showCodeButton() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void nameWhereToType();
    void copy(const QString &text);

    std::unique_ptr<Ui::ManualEntryPanel> m_ui;
    std::optional<ActivationCode> m_code;
    SecretClipboard *m_clipboard = nullptr;
};

} // namespace nd
