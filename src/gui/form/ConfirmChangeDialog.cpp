#include "gui/form/ConfirmChangeDialog.h"

#include "gui/common/PaletteFollower.h"
#include "i18n/LocaleFormat.h"
#include "ui_ConfirmChangeDialog.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>

namespace nd {

ConfirmChangeDialog::ConfirmChangeDialog(const ValidatedRequest &request, const QDate &today, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ConfirmChangeDialog>()),
      m_pastDate(request.effectiveDate < today),
      m_request(request)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("confirmChangeDialog"));

    m_dontSend = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::RejectRole);
    m_dontSend->setObjectName(QStringLiteral("dontSendButton"));
    m_send = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    // The safe answer is what Enter and a stray click on the default do.
    m_send->setAutoDefault(false);
    m_dontSend->setAutoDefault(true);
    m_dontSend->setDefault(true);
    m_dontSend->setFocus();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->pastDateCheck, &QCheckBox::toggled, this, &ConfirmChangeDialog::updateSendButton);
    connect(m_ui->unresolvedCheck, &QCheckBox::toggled, this, &ConfirmChangeDialog::updateSendButton);
    m_ui->unresolvedLabel->hide();
    colourLabel(m_ui->unresolvedLabel, Severity::Error); // the danger red of the current scheme
    m_ui->unresolvedCheck->hide();
    QFont heading = m_ui->headingLabel->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_ui->headingLabel->setFont(heading);
    m_ui->pastDateCheck->setVisible(m_pastDate);
    nameTexts();
    updateSendButton();
}

ConfirmChangeDialog::~ConfirmChangeDialog() = default;

void ConfirmChangeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this); // texts only: the checkboxes keep what the agent ticked
        nameTexts();
    }
    QDialog::changeEvent(event);
}

void ConfirmChangeDialog::nameTexts()
{
    const ValidatedRequest &request = m_request;
    m_dontSend->setText(tr("Don't send"));
    m_dontSend->setAccessibleName(tr("Don't send"));
    m_dontSend->setAccessibleDescription(tr("Closes this question; nothing is sent"));
    m_send->setText(tr("Send “%1”").arg(changeTypeTitle(request.changeType)));
    m_send->setAccessibleName(m_send->text());
    m_send->setAccessibleDescription(tr("Sends the change for every number listed"));

    const ChangeTypeRule &rule = ruleFor(request.changeType);
    const int count = int(request.numbers.size());
    setWindowTitle(tr("Confirm: %1").arg(changeTypeTitle(request.changeType)));
    m_ui->headingLabel->setText(tr("Send “%1” for these numbers?").arg(changeTypeTitle(request.changeType)));
    m_ui->effectLabel->setText(changeTypeExplanation(request.changeType));

    QStringList details {tr("Effective date: %1    Numbers: %2")
                             .arg(dateText(request.effectiveDate), QLocale().toString(count))};
    if (rule.usesAreaCode || rule.usesZipCode) {
        if (!request.areaCode.isEmpty())
            details << tr("New numbers from area code %1 first.").arg(request.areaCode);
        if (!request.zipCode.isEmpty())
            details << tr("Zip code %1 if the area code has none.").arg(request.zipCode);
        if (request.areaCode.isEmpty() && request.zipCode.isEmpty())
            details << tr("No area code or zip code: the server picks any available number.");
    }
    m_ui->detailsLabel->setText(details.join(QLatin1Char('\n')));

    m_ui->numbersList->clear();
    for (const ValidatedNumber &number : request.numbers) {
        m_ui->numbersList->addItem(
            number.iccid.isEmpty() ? number.e164 : tr("%1  (ICCID %2)").arg(number.e164, number.iccid));
    }
    m_ui->pastDateCheck->setText(
        tr("The effective date %1 is in the past. Send it anyway.").arg(dateText(request.effectiveDate)));
    m_ui->unresolvedLabel->setText(
        tr("Earlier requests for these numbers have an unknown outcome; the server may already have made "
           "them. Check the numbers (or look the orders up in History) before sending again:")
        + QLatin1Char('\n') + m_unresolvedRecords.join(QLatin1Char('\n')));
}

void ConfirmChangeDialog::setUnresolvedWarning(const QStringList &records)
{
    m_unresolved = !records.isEmpty();
    m_unresolvedRecords = records;
    m_ui->unresolvedLabel->setVisible(m_unresolved);
    m_ui->unresolvedCheck->setVisible(m_unresolved);
    m_ui->unresolvedCheck->setChecked(false);
    nameTexts();
    updateSendButton();
}

void ConfirmChangeDialog::updateSendButton()
{
    m_send->setEnabled((!m_pastDate || m_ui->pastDateCheck->isChecked())
        && (!m_unresolved || m_ui->unresolvedCheck->isChecked()));
}

} // namespace nd
