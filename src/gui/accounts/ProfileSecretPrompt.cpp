#include "gui/accounts/ProfileSecretPrompt.h"

#include "profiles/ConnectionProfile.h"
#include "ui_ProfileSecretPrompt.h"

#include <QPushButton>

namespace nd {

ProfileSecretPrompt::ProfileSecretPrompt(
    const ConnectionProfile &profile, bool storeAvailable, const QString &problem, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProfileSecretPrompt>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("secretPrompt"));
    QString text = tr("Enter the AccountSecret for “%1” (account %2 at %3).")
                       .arg(profile.name, profile.accountKey, profile.baseUrl.host());
    if (!problem.isEmpty())
        text = problem + QLatin1Char(' ') + text;
    m_ui->promptLabel->setText(text);
    m_ui->saveCheck->setChecked(storeAvailable);
    m_ui->saveCheck->setEnabled(storeAvailable);
    m_ui->storageLabel->setText(storeAvailable
            ? tr("Unchecked, the secret is kept for this session only and asked for again next start.")
            : tr("No credential store is available: kept for this session only; you will be asked again "
                 "next start."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, &ProfileSecretPrompt::updateState);
    updateState();
}

ProfileSecretPrompt::~ProfileSecretPrompt() = default;

QString ProfileSecretPrompt::secret() const
{
    return m_ui->secretEdit->text();
}

bool ProfileSecretPrompt::saveInStore() const
{
    return m_ui->saveCheck->isEnabled() && m_ui->saveCheck->isChecked();
}

void ProfileSecretPrompt::updateState()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->secretEdit->text().isEmpty());
}

} // namespace nd
