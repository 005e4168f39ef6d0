#include "gui/form/ConnectionDialog.h"

#include "gui/accounts/ConnectionTest.h"
#include "gui/common/PaletteFollower.h"
#include "network/ApiEndpoints.h"
#include "ui_ConnectionDialog.h"

#include <QEvent>
#include <QLoggingCategory>
#include <QPushButton>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcConnection, "numberdesk.gui.connection")
} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectionDialog>()), m_test(new ConnectionTest(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_ui->baseUrlEdit->setText(ApiEndpoints::defaultBaseUrl().toString());
    m_ui->baseUrlIssue->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_test, &ConnectionTest::finished, this, &ConnectionDialog::showTestResult);
    for (QLineEdit *edit : {m_ui->baseUrlEdit, m_ui->accountKeyEdit, m_ui->accountSecretEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    // Typed by the user (not set by setValues): a secret for whichever server the URL names now.
    connect(m_ui->accountSecretEdit, &QLineEdit::textEdited, this, [this] {
        m_secretServer.clear();
        updateState();
    });
    updateState();
}

std::optional<QString> ConnectionDialog::secretForAnotherServer() const
{
    if (m_secretServer.isEmpty() || ApiEndpoints::sameServer(m_secretServer, baseUrl()))
        return std::nullopt;
    return tr("The server is no longer %1: type the AccountSecret again. A secret is only sent to the "
              "server it was given for.")
        .arg(m_secretServer.host());
}

ConnectionDialog::~ConnectionDialog() = default; // m_test abandons a running test quietly

void ConnectionDialog::setDeskClient(ApiClient *desk)
{
    m_test->setDeskClient(desk);
}

bool ConnectionDialog::isTesting() const
{
    return m_test->isRunning();
}

void ConnectionDialog::setValues(const QUrl &baseUrl, const Credentials &credentials)
{
    m_ui->baseUrlEdit->setText(baseUrl.toString());
    m_ui->accountKeyEdit->setText(credentials.accountKey);
    m_ui->accountSecretEdit->setText(credentials.accountSecret);
    // The secret shown belongs to this server; it goes nowhere else unless the user types it again.
    m_secretServer = credentials.accountSecret.isEmpty() ? QUrl() : baseUrl;
    m_ui->testResultLabel->clear();
    updateState();
}

QUrl ConnectionDialog::baseUrl() const
{
    return QUrl::fromUserInput(m_ui->baseUrlEdit->text().trimmed());
}

Credentials ConnectionDialog::credentials() const
{
    return {m_ui->accountKeyEdit->text().trimmed(), m_ui->accountSecretEdit->text()};
}

std::optional<QString> ConnectionDialog::problem() const
{
    if (m_ui->baseUrlEdit->text().trimmed().isEmpty())
        return tr("Enter the server's base URL.");
    if (const std::optional<QString> urlProblem = ApiEndpoints::problemWithBaseUrl(baseUrl()))
        return urlProblem;
    if (!credentials().isComplete())
        return tr("Enter the AccountKey and the AccountSecret.");
    return secretForAnotherServer();
}

void ConnectionDialog::updateState()
{
    std::optional<QString> urlProblem = m_ui->baseUrlEdit->text().trimmed().isEmpty()
        ? std::optional<QString>(tr("Enter the server's base URL."))
        : ApiEndpoints::problemWithBaseUrl(baseUrl());
    if (!urlProblem)
        urlProblem = secretForAnotherServer();
    m_ui->baseUrlIssue->setText(urlProblem.value_or(QString()));
    m_ui->baseUrlIssue->setVisible(urlProblem.has_value());
    colourLabel(m_ui->baseUrlIssue, Severity::Error);
    const bool usable = !problem().has_value();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(usable);
    m_ui->testButton->setEnabled(usable && !isTesting());
}

void ConnectionDialog::testConnection()
{
    if (problem() || isTesting())
        return;
    m_ui->testResultLabel->setText(tr("Asking %1 for a token…").arg(baseUrl().host()));
    colourLabel(m_ui->testResultLabel, Severity::Note);
    m_test->start(baseUrl(), credentials());
    updateState();
}

void ConnectionDialog::showTestResult(bool succeeded, const QString &text)
{
    m_ui->testResultLabel->setText(text);
    colourLabel(m_ui->testResultLabel, succeeded ? std::nullopt : std::optional<Severity>(Severity::Error));
    qCInfo(lcConnection) << "connection test" << (succeeded ? "succeeded" : "failed");
    updateState();
    emit testFinished(succeeded);
}

void ConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The test's last result is kept as it came (the server's words); the checks are worded anew.
        const QString testResult = m_ui->testResultLabel->text();
        m_ui->retranslateUi(this);
        m_ui->testResultLabel->setText(testResult);
        updateState();
    }
    QDialog::changeEvent(event);
}

} // namespace nd
