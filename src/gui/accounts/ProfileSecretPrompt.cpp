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
      m_storeAvailable(storeAvailable),
      m_problem(problem)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("secretPrompt"));
    m_ui->saveCheck->setChecked(storeAvailable);
    m_ui->saveCheck->setEnabled(storeAvailable);
    nameTexts();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, &ProfileSecretPrompt::updateState);
    updateState();
}

ProfileSecretPrompt::~ProfileSecretPrompt() = default;

void ProfileSecretPrompt::nameTexts()
{
    QString text = tr("Enter the AccountSecret for “%1” (account %2 at %3).")
                       .arg(m_profile.name, m_profile.accountKey, m_profile.baseUrl.host());
    if (!m_problem.isEmpty())
        text = m_problem + QLatin1Char(' ') + text; // two whole sentences, the first from where it failed
    m_ui->promptLabel->setText(text);
    m_ui->storageLabel->setText(m_storeAvailable
            ? tr("Unchecked, the secret is kept for this session only and asked for again next start.")
            : tr("No credential store is available: kept for this session only; you will be asked again "
                 "next start."));
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

bool ProfileSecretPrompt::saveInStore() const
{
    return m_ui->saveCheck->isEnabled() && m_ui->saveCheck->isChecked();
}

void ProfileSecretPrompt::updateState()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->secretEdit->text().isEmpty());
}

} // namespace nd
