#include "gui/accounts/ProfilesDialog.h"

#include "gui/common/DeskColours.h"
#include "gui/common/PaletteFollower.h"
#include "gui/common/UserPrompts.h"
#include "network/ApiEndpoints.h"
#include "profiles/CredentialVault.h"
#include "profiles/ProfileStore.h"
#include "response/ServerText.h"
#include "ui_ProfilesDialog.h"

#include <QEvent>
#include <QPushButton>

namespace nd {

namespace {
constexpr int ProfileIdRole = Qt::UserRole + 1;
} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore *store, CredentialVault *vault, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ProfilesDialog>()),
      m_store(store),
      m_vault(vault),
      m_presenter(std::make_unique<ProfilesPresenter>(store, vault))
{
    Q_ASSERT(store && vault);
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("profilesDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    m_ui->sessionOnlyButton->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->profilesList, &QListWidget::currentRowChanged, this, &ProfilesDialog::onCurrentRowChanged);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfilesDialog::startNewProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfilesDialog::removeSelectedProfile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfilesDialog::saveProfile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, m_presenter.get(),
        &ProfilesPresenter::keepRefusedSecretForSession);
    connect(m_ui->activateButton, &QPushButton::clicked, this, [this] {
        if (m_presenter->activate())
            refreshList();
    });
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->accountKeyEdit, m_ui->accountSecretEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProfilesDialog::pushFields);
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfilesDialog::refreshList);
    connect(m_store, &ProfileStore::activeProfileChanged, this, &ProfilesDialog::refreshList);
    connect(m_vault, &CredentialVault::sessionOnlyStarted, this, &ProfilesDialog::updateStorageNote);

    connect(m_presenter.get(), &ProfilesPresenter::editingStarted, this, &ProfilesDialog::showEditedProfile);
    connect(m_presenter.get(), &ProfilesPresenter::stateChanged, this, &ProfilesDialog::updateState);
    connect(m_presenter.get(), &ProfilesPresenter::secretNoteChanged, this, &ProfilesDialog::showSecretNote);
    connect(m_presenter.get(), &ProfilesPresenter::testNoteChanged, this, &ProfilesDialog::showTestNote);
    connect(m_presenter.get(), &ProfilesPresenter::saveRefused, this, [this](const QString &reason) {
        m_ui->problemLabel->setText(reason);
        m_ui->problemLabel->show();
    });
    connect(m_presenter.get(), &ProfilesPresenter::saveFinished, this, &ProfilesDialog::saveFinished);
    connect(m_presenter.get(), &ProfilesPresenter::testFinished, this, &ProfilesDialog::testFinished);

    updateStorageNote();
    refreshList();
    selectProfile(m_store->activeProfileId().value_or(ConnectionProfile::sandboxId()));
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::setDeskClient(ApiClient *desk)
{
    m_presenter->setDeskClient(desk);
}

void ProfilesDialog::setMakeNewProfilesActive(bool makeActive)
{
    m_presenter->setMakeNewProfilesActive(makeActive);
}

std::optional<QString> ProfilesDialog::editedProfileId() const
{
    return m_presenter->editedProfileId();
}

void ProfilesDialog::updateStorageNote()
{
    // Said plainly, before anyone types a secret: without a credential store it lasts this session only.
    const bool sessionOnly = !m_vault->isPersistent();
    m_ui->storageNote->setVisible(sessionOnly);
    if (!sessionOnly)
        return;
    m_ui->storageNote->setText(tr("No credential store is available: secrets are kept for this session "
                                  "only; you will be asked again next start.")
        + QLatin1Char(' ') + m_vault->sessionOnlyExplanation());
    PaletteFollower::followStyleSheet(m_ui->storageNote, [](const DeskColours &colours) {
        const Swatch box = colours.banner(Tone::Warning);
        return QStringLiteral("QLabel { background: %1; color: %2; padding: 6px; border: 1px solid %3; }")
            .arg(box.background.name(), box.foreground.name(), box.border.name());
    });
}

void ProfilesDialog::refreshList()
{
    const QString current = m_ui->profilesList->currentItem()
        ? m_ui->profilesList->currentItem()->data(ProfileIdRole).toString()
        : QString();
    const std::optional<QString> active = m_store->activeProfileId();
    m_refreshing = true;
    m_ui->profilesList->clear();
    for (const ConnectionProfile &profile : m_store->profiles()) {
        QString text = profile.isSandbox ? tr("%1 — built in").arg(profile.name)
            : profile.isTemporary        ? tr("%1 (this session only)").arg(profile.name)
                                         : profile.name;
        if (active == profile.id)
            //: A profile in the list that the desk is using now; %1 is its name
            text = tr("%1  (active)").arg(text);
        auto *item = new QListWidgetItem(text, m_ui->profilesList);
        item->setData(ProfileIdRole, profile.id);
        item->setToolTip(profile.isSandbox
                ? tr("Training server on this computer; cannot be edited or removed")
                : literalText(tr("%1 at %2").arg(profile.accountKey, profile.baseUrl.host())));
        if (profile.id == current && m_presenter->editedProfileId())
            m_ui->profilesList->setCurrentItem(item);
    }
    m_refreshing = false;
    updateState();
}

void ProfilesDialog::selectProfile(const QString &id)
{
    m_presenter->edit(id); // also when it is edited already: reload the fields
}

void ProfilesDialog::onCurrentRowChanged(int row)
{
    if (m_refreshing || row < 0)
        return;
    m_presenter->edit(m_ui->profilesList->item(row)->data(ProfileIdRole).toString());
}

void ProfilesDialog::startNewProfile()
{
    m_presenter->startNew();
}

void ProfilesDialog::showEditedProfile()
{
    const std::optional<QString> id = m_presenter->editedProfileId();
    int shownRow = -1;
    for (int row = 0; id && row < m_ui->profilesList->count(); ++row) {
        if (m_ui->profilesList->item(row)->data(ProfileIdRole).toString() == *id)
            shownRow = row;
    }
    m_refreshing = true;
    m_ui->profilesList->setCurrentRow(shownRow);
    m_refreshing = false;
    nameEditor();
    // Copied first: each field set below is pushed back to the presenter as typed.
    const ProfilesPresenter::Fields fields = m_presenter->fields();
    m_ui->nameEdit->setText(fields.name);
    m_ui->baseUrlEdit->setText(fields.baseUrl);
    m_ui->accountKeyEdit->setText(fields.accountKey);
    m_ui->accountSecretEdit->clear();
    const bool readOnly = m_presenter->target() == ProfilesPresenter::Target::BuiltIn;
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->accountKeyEdit, m_ui->accountSecretEdit})
        edit->setReadOnly(readOnly);
    m_ui->accountSecretEdit->setEnabled(!readOnly);
    m_ui->testResultLabel->clear();
    if (id) {
        m_ui->secretNote->clear();
    } else {
        m_ui->secretNote->setText(m_vault->isPersistent()
                ? tr("The secret is kept in this computer's credential store, never in a settings file.")
                : tr("Kept for this session only; you will be asked again next start."));
        colourLabel(m_ui->secretNote, Severity::Note);
        m_ui->nameEdit->setFocus();
    }
    updateState();
}

void ProfilesDialog::pushFields()
{
    m_presenter->setFields({m_ui->nameEdit->text(), m_ui->baseUrlEdit->text(), m_ui->accountKeyEdit->text(),
        m_ui->accountSecretEdit->text()});
}

void ProfilesDialog::nameEditor()
{
    const std::optional<ConnectionProfile> profile = m_presenter->editedProfile();
    if (!profile) {
        m_ui->editorTitle->setText(tr("New account"));
        m_ui->accountSecretEdit->setPlaceholderText(QString());
        return;
    }
    if (profile->isSandbox)
        m_ui->editorTitle->setText(tr(
            "The sandbox is built in: a training server on this computer. It cannot be edited or removed."));
    else if (profile->isTemporary)
        m_ui->editorTitle->setText(tr("“%1” comes from the command line (--api-base): it is used for this "
                                      "session only, never saved, and cannot be edited or removed.")
                                       .arg(profile->name));
    else
        m_ui->editorTitle->setText(tr("Profile “%1”").arg(profile->name));
    m_ui->accountSecretEdit->setPlaceholderText(profile->isSandbox ? tr("built in")
            : profile->isTemporary                                 ? tr("this session only")
                                   : tr("saved — type a new one to replace it"));
}

void ProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The notes keep what the code last said (they report what happened); what is typed stays.
        const QString secretNote = m_ui->secretNote->text();
        const QString testResult = m_ui->testResultLabel->text();
        m_ui->retranslateUi(this);
        m_ui->secretNote->setText(secretNote);
        m_ui->testResultLabel->setText(testResult);
        nameEditor();
        updateStorageNote();
        refreshList();
    }
    QDialog::changeEvent(event);
}

void ProfilesDialog::updateState()
{
    const std::optional<QString> why = m_presenter->problem();
    m_ui->problemLabel->setText(why.value_or(QString()));
    m_ui->problemLabel->setVisible(why && !m_presenter->isUntouched());
    colourLabel(m_ui->problemLabel, Severity::Error);

    m_ui->saveButton->setEnabled(m_presenter->canSave());
    m_ui->profilesList->setEnabled(m_presenter->canMoveOn());
    m_ui->addButton->setEnabled(m_presenter->canMoveOn());
    m_ui->removeButton->setEnabled(m_presenter->canRemove());
    m_ui->activateButton->setEnabled(m_presenter->canActivate());
    m_ui->testButton->setEnabled(m_presenter->canTest());
    m_ui->sessionOnlyButton->setVisible(m_presenter->canKeepRefusedSecretForSession());
}

void ProfilesDialog::saveProfile()
{
    m_presenter->save();
}

void ProfilesDialog::showSecretNote(const QString &text, bool isProblem)
{
    m_ui->secretNote->setText(text);
    colourLabel(m_ui->secretNote, isProblem ? std::optional<Severity>(Severity::Error) : Severity::Note);
}

void ProfilesDialog::removeSelectedProfile()
{
    if (!m_presenter->canRemove())
        return;
    const QString id = *m_presenter->editedProfileId();
    const QString name = m_ui->nameEdit->text();
    QDialog *question = UserPrompts::question(this, QStringLiteral("removeProfileQuestion"),
        tr("Remove profile"),
        tr("Remove the profile “%1” and its saved AccountSecret from this computer? The order history keeps "
           "its records.")
            .arg(name),
        tr("Remove"), tr("Keep it"));
    UserPrompts::ask(question, this, [this, id](bool accepted) {
        if (accepted)
            m_presenter->remove(id);
    });
}

void ProfilesDialog::testConnection()
{
    m_presenter->test();
}

void ProfilesDialog::showTestNote(const QString &text, ProfilesPresenter::TestNote note)
{
    m_ui->testResultLabel->setText(text);
    switch (note) {
    case ProfilesPresenter::TestNote::Reading:
        break; // a passing word: the colour of the last result stays
    case ProfilesPresenter::TestNote::Asking:
        colourLabel(m_ui->testResultLabel, Severity::Note);
        break;
    case ProfilesPresenter::TestNote::Succeeded:
    case ProfilesPresenter::TestNote::Failed:
        colourLabel(m_ui->testResultLabel,
            note == ProfilesPresenter::TestNote::Succeeded ? std::nullopt
                                                           : std::optional<Severity>(Severity::Error));
        break;
    }
}

} // namespace nd
