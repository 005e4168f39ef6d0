#include "gui/results/InstallLinkPanel.h"

#include "gui/common/SecretClipboard.h"
#include "gui/results/QrCodeView.h"
#include "handoff/InstallLink.h"
#include "ui_InstallLinkPanel.h"

#include <QEvent>

namespace nd {

InstallLinkPanel::InstallLinkPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::InstallLinkPanel>())
{
    m_ui->setupUi(this);
    connect(m_ui->showCodeButton, &QAbstractButton::toggled, this, &InstallLinkPanel::setRevealed);
    connect(m_ui->copyIphoneLinkButton, &QAbstractButton::clicked, this,
        [this] { copy(m_ui->iphoneLinkEdit->text()); });
    connect(m_ui->copyAndroidLinkButton, &QAbstractButton::clicked, this,
        [this] { copy(m_ui->androidLinkEdit->text()); });
    for (QLineEdit *edit : {m_ui->iphoneLinkEdit, m_ui->androidLinkEdit})
        guardSecretField(edit, [this](const QString &text) { copy(text); });
    setCode(std::nullopt);
}

InstallLinkPanel::~InstallLinkPanel() = default;

QAbstractButton *InstallLinkPanel::showCodeButton() const
{
    return m_ui->showCodeButton;
}

QrCodeView *InstallLinkPanel::linkQrView() const
{
    return m_ui->linkQrView;
}

void InstallLinkPanel::setCode(const std::optional<ActivationCode> &code)
{
    m_code = code;
    m_ui->iphoneLinkEdit->setText(code ? installLink(*code, InstallPlatform::Iphone) : QString());
    m_ui->androidLinkEdit->setText(code ? installLink(*code, InstallPlatform::Android) : QString());
    m_ui->iphoneLinkEdit->setCursorPosition(0); // the host shows which link is which
    m_ui->androidLinkEdit->setCursorPosition(0);
    for (QWidget *widget :
        {static_cast<QWidget *>(m_ui->showCodeButton), static_cast<QWidget *>(m_ui->copyIphoneLinkButton),
            static_cast<QWidget *>(m_ui->copyAndroidLinkButton)})
        widget->setEnabled(code.has_value());
    if (!code)
        m_ui->hiddenLabel->setText(
            tr("This QR code holds no eSIM activation code: there is no install link."));
    setRevealed(isRevealed());
}

void InstallLinkPanel::setRevealed(bool revealed)
{
    m_ui->showCodeButton->setChecked(revealed);
    m_ui->showCodeButton->setText(revealed ? tr("&Hide code") : tr("&Show code"));
    const QLineEdit::EchoMode mode = revealed ? QLineEdit::Normal : QLineEdit::Password;
    m_ui->iphoneLinkEdit->setEchoMode(mode);
    m_ui->androidLinkEdit->setEchoMode(mode);
    // The QR code is the link in another form: built only when shown, dropped when hidden.
    const bool showQr = revealed && m_code;
    m_ui->linkQrView->setQr(showQr ? ScannableQr::fromText(m_ui->iphoneLinkEdit->text()) : ScannableQr());
    m_ui->linkQrView->setVisible(showQr);
    m_ui->hiddenLabel->setVisible(!showQr);
    if (m_code)
        m_ui->hiddenLabel->setText(tr("Hidden until “Show code”."));
}

bool InstallLinkPanel::isRevealed() const
{
    return m_ui->showCodeButton->isChecked();
}

void InstallLinkPanel::copy(const QString &link)
{
    if (m_clipboard && m_code && !link.isEmpty())
        m_clipboard->copy(link);
}

void InstallLinkPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setCode(m_code); // the button and the hint in the new language; shown or hidden as before
    }
    QWidget::changeEvent(event);
}

} // namespace nd
