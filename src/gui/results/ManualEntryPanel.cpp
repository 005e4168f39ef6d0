#include "gui/results/ManualEntryPanel.h"

#include "gui/common/SecretClipboard.h"
#include "ui_ManualEntryPanel.h"

#include <QEvent>

namespace nd {

ManualEntryPanel::ManualEntryPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ManualEntryPanel>())
{
    m_ui->setupUi(this);
    nameWhereToType();
    connect(m_ui->showCodeButton, &QAbstractButton::toggled, this, &ManualEntryPanel::setRevealed);
    connect(m_ui->copySmdpButton, &QAbstractButton::clicked, this, [this] { copy(m_ui->smdpEdit->text()); });
    connect(m_ui->copyMatchingIdButton, &QAbstractButton::clicked, this,
        [this] { copy(m_ui->matchingIdEdit->text()); });
    connect(m_ui->copyLpaButton, &QAbstractButton::clicked, this, [this] { copy(m_ui->lpaEdit->text()); });
    for (QLineEdit *edit : {m_ui->smdpEdit, m_ui->matchingIdEdit, m_ui->lpaEdit})
        guardSecretField(edit, [this](const QString &text) { copy(text); });
    setCode(std::nullopt);
}

ManualEntryPanel::~ManualEntryPanel() = default;

QAbstractButton *ManualEntryPanel::showCodeButton() const
{
    return m_ui->showCodeButton;
}

void ManualEntryPanel::setCode(const std::optional<ActivationCode> &code)
{
    m_code = code;
    m_ui->smdpEdit->setText(code ? code->smdpAddress : QString());
    m_ui->matchingIdEdit->setText(code ? code->matchingId : QString());
    m_ui->lpaEdit->setText(code ? code->toString() : QString());
    // From the start: "LPA:1$…" and the address are what the agent reads out first.
    for (QLineEdit *edit : {m_ui->smdpEdit, m_ui->matchingIdEdit, m_ui->lpaEdit})
        edit->setCursorPosition(0);
    for (QWidget *widget :
        {static_cast<QWidget *>(m_ui->showCodeButton), static_cast<QWidget *>(m_ui->copySmdpButton),
            static_cast<QWidget *>(m_ui->copyMatchingIdButton), static_cast<QWidget *>(m_ui->copyLpaButton)})
        widget->setEnabled(code.has_value());
    if (!code)
        m_ui->confirmationLabel->setText(
            tr("This QR code holds no eSIM activation code, so there is nothing to type in."));
    else if (code->confirmationCodeRequired)
        m_ui->confirmationLabel->setText(
            tr("The phone will also ask for a confirmation code. The carrier gives it to the customer "
               "separately; it is typed on the phone and is never part of a QR code."));
    else
        m_ui->confirmationLabel->clear();
    m_ui->confirmationLabel->setVisible(!m_ui->confirmationLabel->text().isEmpty());
    setRevealed(isRevealed());
}

void ManualEntryPanel::setRevealed(bool revealed)
{
    m_ui->showCodeButton->setChecked(revealed);
    m_ui->showCodeButton->setText(revealed ? tr("&Hide code") : tr("&Show code"));
    // Password echo also keeps the field's own copy shortcut from taking the code unseen.
    const QLineEdit::EchoMode mode = revealed ? QLineEdit::Normal : QLineEdit::Password;
    for (QLineEdit *edit : {m_ui->smdpEdit, m_ui->matchingIdEdit, m_ui->lpaEdit})
        edit->setEchoMode(mode);
}

bool ManualEntryPanel::isRevealed() const
{
    return m_ui->showCodeButton->isChecked();
}

void ManualEntryPanel::copy(const QString &text)
{
    if (m_clipboard && m_code && !text.isEmpty())
        m_clipboard->copy(text);
}

void ManualEntryPanel::nameWhereToType()
{
    m_ui->whereLabel->setText(
        tr("<p><b>iPhone:</b> Settings → Cellular (or Mobile Service) → Add eSIM → Use QR Code → "
           "<i>Enter Details Manually</i>. <b>SM-DP+ Address</b> takes the address, <b>Activation Code</b> "
           "the activation code.</p>"
           "<p><b>Pixel:</b> Settings → Network &amp; internet → SIMs → Add SIM → Download a SIM instead → "
           "<i>Need help?</i> → <i>Enter it manually</i>: the <b>whole code</b> in its one field.</p>"
           "<p><b>Samsung:</b> Settings → Connections → SIM manager → Add eSIM → Scan QR code → "
           "<i>Enter activation code</i>: the <b>whole code</b>. Older models ask for the address and the "
           "activation code in two fields.</p>"));
}

void ManualEntryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        nameWhereToType();
        setCode(m_code); // the button and the notes in the new language; shown or hidden as before
    }
    QWidget::changeEvent(event);
}

} // namespace nd
