#include "gui/accounts/FirstRunDialog.h"

#include "gui/accounts/ProfilesDialog.h"
#include "network/ApiClient.h"
#include "profiles/ProfileStore.h"
#include "ui_FirstRunDialog.h"

#include <QEvent>
#include <QLoggingCategory>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcFirstRun, "numberdesk.gui.firstrun")
}

FirstRunDialog::FirstRunDialog(ProfileStore *store, CredentialVault *vault, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstRunDialog>()), m_store(store), m_vault(vault)
{
    Q_ASSERT(store && vault);
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("firstRunDialog"));
    connect(m_ui->sandboxButton, &QCommandLinkButton::clicked, this, &FirstRunDialog::chooseSandbox);
    connect(m_ui->addAccountButton, &QCommandLinkButton::clicked, this, &FirstRunDialog::chooseAddAccount);
    // The safe choice first: a newcomer pressing Enter lands in the sandbox, not in production.
    m_ui->sandboxButton->setDefault(true);
    m_ui->sandboxButton->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::setDeskClient(ApiClient *desk)
{
    m_desk = desk;
}

void FirstRunDialog::chooseSandbox()
{
    qCInfo(lcFirstRun) << "first run: the sandbox was chosen";
    m_store->setActiveProfile(ConnectionProfile::sandboxId());
    emit sandboxChosen();
    accept();
}

void FirstRunDialog::chooseAddAccount()
{
    qCInfo(lcFirstRun) << "first run: adding an account";
    auto *profiles = new ProfilesDialog(m_store, m_vault, parentWidget());
    profiles->setAttribute(Qt::WA_DeleteOnClose);
    profiles->setMakeNewProfilesActive(true);
    profiles->setDeskClient(m_desk);
    profiles->startNewProfile();
    accept();
    profiles->open();
    emit profilesDialogOpened(profiles);
}

void FirstRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace nd
