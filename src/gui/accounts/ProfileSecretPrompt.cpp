#include "gui/accounts/ProfileSecretPrompt.h"

#include "profiles/ConnectionProfile.h"
#include "ui_ProfileSecretPrompt.h"

#include <QEvent>
#include <QPushButton>

namespace nd {

ProfileSecretPrompt::ProfileSecretPrompt(
    const ConnectionProfile &profile, bool storeAvailable, const QString &problem, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ProfileSecretPrompt>()),
      m_profile(profile),
      m_storeAvailable(storeAvailable && !profile.isTemporary), // a temporary profile leaves no trace
      m_problem(problem)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("secretPrompt"));
    m_ui->saveCheck->setChecked(m_storeAvailable);
    m_ui->saveCheck->setEnabled(m_storeAvailable);
    m_ui->saveCheck->setVisible(!profile.isTemporary);
    // The --api-base profile cannot be edited in Accounts: its key is asked for here, every time, so a
    // mistyped one can be corrected without a restart.
    m_ui->accountKeyLabel->setVisible(asksForKey());
    m_ui->accountKeyEdit->setVisible(asksForKey());
    if (asksForKey()) {
        m_ui->accountKeyEdit->setText(profile.accountKey);
        m_ui->accountKeyEdit->setFocus();
    }
    nameTexts();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, &ProfileSecretPrompt::updateState);
    connect(m_ui->accountKeyEdit, &QLineEdit::textChanged, this, &ProfileSecretPrompt::updateState);
    updateState();
}

ProfileSecretPrompt::~ProfileSecretPrompt() = default;

void ProfileSecretPrompt::nameTexts()
{
    QString text = m_profile.accountKey.isEmpty()
        ? tr("Enter the AccountKey and AccountSecret for “%1” (at %2).")
              .arg(m_profile.name, m_profile.baseUrl.host())
        : tr("Enter the AccountSecret for “%1” (account %2 at %3).")
              .arg(m_profile.name, m_profile.accountKey, m_profile.baseUrl.host());
    if (!m_problem.isEmpty())
        text = m_problem + QLatin1Char(' ') + text; // two whole sentences, the first from where it failed
    m_ui->promptLabel->setText(text);
    if (m_profile.isTemporary)
        m_ui->storageLabel->setText(tr("This profile comes from the command line (--api-base): the account "
                                       "and secret are kept for this session only and never saved."));
    else
        m_ui->storageLabel->setText(m_storeAvailable
                ? tr("Unchecked, the secret is kept for this session only and asked for again next start.")
                : tr("No credential store is available: kept for this session only; you will be asked "
                     "again next start."));
}

void ProfileSecretPrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        nameTexts();
        updateState();
    }
    QDialog::changeEvent(event);
}

QString ProfileSecretPrompt::secret() const
{
    return m_ui->secretEdit->text();
}

QString ProfileSecretPrompt::accountKey() const
{
    return asksForKey() ? m_ui->accountKeyEdit->text().trimmed() : QString();
}

bool ProfileSecretPrompt::saveInStore() const
{
    return m_ui->saveCheck->isEnabled() && m_ui->saveCheck->isChecked();
}

void ProfileSecretPrompt::updateState()
{
    const bool keyGiven = asksForKey() ? !m_ui->accountKeyEdit->text().trimmed().isEmpty() : true;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(keyGiven && !m_ui->secretEdit->text().isEmpty());
}

} // namespace nd
