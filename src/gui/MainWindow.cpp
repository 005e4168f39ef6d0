#include "gui/MainWindow.h"

#include "gui/about/AboutDialog.h"
#include "gui/accounts/FirstRunDialog.h"
#include "gui/accounts/ProfileSwitcher.h"
#include "gui/accounts/ProfilesDialog.h"
#include "gui/common/Announcer.h"
#include "gui/common/ButtonActions.h"
#include "gui/common/ColourScheme.h"
#include "gui/common/ConnectionBanner.h"
#include "gui/common/DeskColours.h"
#include "gui/common/DeskSettings.h"
#include "gui/common/PaletteFollower.h"
#include "gui/common/UserPrompts.h"
#include "gui/form/FormSessionLink.h"
#include "gui/form/StatusChangeForm.h"
#include "gui/history/DeskJournal.h"
#include "gui/preferences/PreferencesDialog.h"
#include "gui/results/HistoryEntryDialog.h"
#include "gui/results/ResultsPanel.h"
#include "i18n/AppTranslators.h"
#include "i18n/LanguageChoice.h"
#include "network/ApiClient.h"
#include "response/ServerText.h"
#include "session/StatusChangeSession.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcWindow, "numberdesk.gui.mainwindow")
constexpr int StatusTimeoutMs = 8000;
} // namespace

MainWindow::MainWindow(ApiClient *client, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_settings(std::make_unique<DeskSettings>()),
      m_client(client)
{
    m_ui->setupUi(this);
    m_results = new ResultsPanel(client, m_ui->mainSplitter);
    m_results->setObjectName(QStringLiteral("resultsPanel"));
    if (m_results->accessibleName().isEmpty())
        m_results->setAccessibleName(tr("Results"));
    if (m_results->accessibleDescription().isEmpty())
        m_results->setAccessibleDescription(tr("The server's answers: orders, numbers and their QR codes"));
    m_ui->mainSplitter->addWidget(m_results);
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({600, 680});
    QWidget::setTabOrder(m_ui->statusChangeForm, m_results);

    m_session = new StatusChangeSession(client, this);
    m_session->setObjectName(QStringLiteral("statusChangeSession"));
    m_formLink = new FormSessionLink(m_session, form(), this);
    showSession();
    connect(form(), &StatusChangeForm::submittableChanged, this, &MainWindow::updateActions);
    connect(form(), &StatusChangeForm::changeTypeChanged, this,
        [this](ChangeType type) { m_settings->saveLastChangeType(type); });

    setUpActions();
    restoreSettings();
    refreshConnection();
    updateActions();
    statusBar()->showMessage(tr("Ready."), StatusTimeoutMs);
}

MainWindow::~MainWindow() = default;

StatusChangeForm *MainWindow::form() const
{
    return m_ui->statusChangeForm;
}

void MainWindow::setCodeShortcuts()
{
    m_ui->actionSubmit->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    // Not every platform has a standard key for Preferences (none on X11): then Ctrl+, as on macOS.
    const QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    m_ui->actionPreferences->setShortcuts(preferencesKeys.isEmpty()
            ? QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_Comma)}
            : preferencesKeys);
    m_ui->actionAbout->setShortcut(QKeySequence::HelpContents);
}

void MainWindow::setUpActions()
{
    setCodeShortcuts();
    connect(m_ui->actionNewRequest, &QAction::triggered, this, &MainWindow::newRequest);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSubmit, &QAction::triggered, m_formLink, &FormSessionLink::submit);
    connect(m_ui->actionAbandon, &QAction::triggered, m_formLink, &FormSessionLink::abandon);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionAccounts, &QAction::triggered, this, &MainWindow::openAccounts);
    connect(m_ui->actionHistory, &QAction::triggered, this, &MainWindow::openHistory);
    connect(m_ui->actionRetryJournal, &QAction::triggered, this, [this] {
        if (m_journal)
            m_journal->retry();
    });
    // The panels' buttons get menu entries too, so the keyboard reaches every command from anywhere.
    form()->addRowActions(m_ui->menuEdit);
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(m_ui->actionPreferences); // moves it below the row commands
    m_results->addOrderActions(m_ui->menuOrder);
    QAction *acknowledge = addButtonAction(m_ui->menuFile, m_ui->acknowledgeJournalButton, "nd::MainWindow",
        QT_TRANSLATE_NOOP("nd::MainWindow", "I understand the order &journal problem"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_ui->menuFile->insertAction(m_ui->actionRetryJournal, acknowledge); // with the other journal entry
    m_ui->actionAccounts->setEnabled(false); // until setAccounts()
    m_ui->actionHistory->setEnabled(false); // until openJournal()
}

void MainWindow::restoreSettings()
{
    if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = m_settings->windowState(); !state.isEmpty())
        restoreState(state);
    if (const QByteArray splitter = m_settings->splitterState(); !splitter.isEmpty())
        m_ui->mainSplitter->restoreState(splitter);
    if (const std::optional<ChangeType> type = m_settings->lastChangeType())
        form()->setChangeType(*type);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->saveWindow(saveGeometry(), saveState(), m_ui->mainSplitter->saveState());
    m_settings->saveLastChangeType(form()->changeType());
    if (m_session->isInFlight())
        m_session->abandon();
    if (m_session->isAwaitingConfirmation())
        m_session->decline(); // the question goes with the window; nothing is sent
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    // retranslateUi puts back the form's placeholders and shortcuts; what the code set goes on top again.
    setCodeShortcuts();
    if (m_connectionToolBar)
        m_connectionToolBar->setWindowTitle(tr("Connection"));
    refreshConnection();
    updateJournalState();
    showJournalWriteBanner();
    // Widgets keep the locale they started with; this hands the new default (dates, numbers) to
    // every child, the date edit of the form included.
    setLocale(QLocale());
}

void MainWindow::applyLanguage(const QString &code)
{
    if (m_translators)
        m_translators->apply(languageToApply(code));
}

void MainWindow::setSandboxBaseUrl(const QUrl &baseUrl)
{
    m_sandboxBaseUrl = baseUrl;
    refreshConnection();
}

void MainWindow::refreshConnection()
{
    const ConnectionSummary summary
        = m_switcher ? m_switcher->summary() : describeConnection(*m_client, m_sandboxBaseUrl);
    const bool changed = summary.text != m_ui->connectionBanner->text();
    showConnectionBanner(m_ui->connectionBanner, summary);
    if (changed && isVisible())
        Announcer::announce(m_ui->connectionBanner, summary.text);
    setWindowTitle(summary.windowTitle);
    m_session->setProfileName(profileName()); // named in the records of the next requests
    qCInfo(lcWindow) << "next requests go to" << m_client->baseUrl().host();
}

void MainWindow::updateActions()
{
    const bool inFlight = m_session->isInFlight();
    m_ui->actionSubmit->setEnabled(!inFlight && form()->canSubmit());
    m_ui->actionAbandon->setEnabled(inFlight);
    m_ui->actionNewRequest->setEnabled(!inFlight);
    m_ui->actionAccounts->setEnabled(!inFlight && m_store); // nor through the Accounts dialog
    if (m_switcher)
        m_switcher->chooser()->setEnabled(m_session->canSwitchAccount()); // not under a request
}

void MainWindow::newRequest()
{
    if (m_session->isInFlight())
        return;
    if (!form()->hasContent()) {
        form()->clear();
        return;
    }
    QDialog *question = UserPrompts::question(this, QStringLiteral("discardFormQuestion"), tr("New request"),
        tr("Empty the form? What is typed now will be lost."), tr("Empty the form"), tr("Keep it"));
    UserPrompts::ask(question, this, [this](bool accepted) {
        if (!accepted)
            return;
        form()->clear();
        showStatus(tr("The form is empty."));
    });
}

void MainWindow::showPreferences()
{
    if (auto *open = findChild<PreferencesDialog *>(); open && open->isVisible()) {
        open->raise();
        return;
    }
    auto *dialog = new PreferencesDialog(this);
    dialog->setSecretStore(m_journalSecrets);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::languageChosen, this, &MainWindow::applyLanguage);
    connect(dialog, &PreferencesDialog::colourSchemeChosen, this, [](const QString &value) {
        applyColourScheme(colourSchemeFromSettingsValue(value).value_or(ColourScheme::System));
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setAccounts(ProfileStore *store, CredentialVault *vault)
{
    if (m_switcher)
        return;
    m_store = store;
    m_vault = vault;
    m_switcher = new ProfileSwitcher(store, vault, m_client, this);
    auto *toolBar = new QToolBar(tr("Connection"), this);
    m_connectionToolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("connectionToolBar"));
    toolBar->setMovable(false);
    toolBar->addWidget(m_switcher);
    addToolBar(Qt::TopToolBarArea, toolBar);
    connect(m_switcher, &ProfileSwitcher::connectionChanged, this, &MainWindow::refreshConnection);
    connect(m_switcher, &ProfileSwitcher::accountChanging, m_session, &StatusChangeSession::accountSwitched);
    connect(m_switcher, &ProfileSwitcher::message, this, &MainWindow::showStatus);
    m_ui->actionAccounts->setEnabled(true);
    updateActions();
    refreshConnection();
}

void MainWindow::openAccounts()
{
    if (!m_store || !m_vault)
        return;
    if (auto *open = findChild<ProfilesDialog *>(); open && open->isVisible()) {
        open->raise();
        return;
    }
    auto *dialog = new ProfilesDialog(m_store, m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDeskClient(m_client);
    dialog->open();
}

void MainWindow::showFirstRun()
{
    if (!m_store || !m_vault)
        return;
    if (m_journal && !m_journal->startupDialogsDone()) {
        // One dialog at a time: the journal's news (problems, interrupted requests) comes first.
        connect(m_journal, &DeskJournal::startupDialogsFinished, this, &MainWindow::showFirstRun,
            Qt::SingleShotConnection);
        return;
    }
    auto *dialog = new FirstRunDialog(m_store, m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDeskClient(m_client);
    dialog->open();
}

QString MainWindow::profileName() const
{
    if (m_switcher && m_switcher->currentProfile())
        return m_switcher->currentProfile()->name;
    if (m_sandboxBaseUrl && m_client->baseUrl() == *m_sandboxBaseUrl)
        return tr("Sandbox");
    return tr("Session connection");
}

void MainWindow::openJournal(const QString &path)
{
    deskJournalToOpen()->open(path);
}

void MainWindow::openJournalInBackground(const QString &path)
{
    deskJournalToOpen()->openInBackground(path);
}

void MainWindow::openJournalInBackground(const JournalLocation &location, const JournalIdentity &who)
{
    deskJournalToOpen()->openInBackground(location, who);
}

void MainWindow::setJournalSecretStore(SecretStore *secrets)
{
    m_journalSecrets = secrets;
    if (m_journal)
        m_journal->setSecretStore(secrets);
}

DeskJournal *MainWindow::deskJournalToOpen()
{
    if (!m_journal) {
        m_journal = new DeskJournal(m_client, this, m_session);
        m_journal->setObjectName(QStringLiteral("deskJournal"));
        m_journal->setSecretStore(m_journalSecrets);
        // History shows one record in the results feature's dialog: handed over here, where both meet.
        m_journal->setHistoryEntryOpener([](const JournalEntry &entry, ApiClient *client,
                                             OrderJournal *journal, QWidget *parent) -> QDialog * {
            return new HistoryEntryDialog(entry, client, journal, parent);
        });
        connect(m_journal, &DeskJournal::stateChanged, this, &MainWindow::updateJournalState);
        connect(m_ui->retryTeamJournalButton, &QPushButton::clicked, this, [this] {
            // Connecting waits for the network (at most the connect timeout): say so while it does.
            QApplication::setOverrideCursor(Qt::WaitCursor);
            m_journal->retryTeamJournal();
            QApplication::restoreOverrideCursor();
        });
        connect(m_journal, &DeskJournal::message, this, &MainWindow::showStatus);
    }
    return m_journal;
}

void MainWindow::updateJournalState()
{
    const bool open = m_journal && m_journal->isOpen();
    m_ui->actionHistory->setEnabled(open);
    // While the journal is checked at startup a plain status line says so: nothing is wrong yet, and
    // no warning flashes by on every start.
    const bool opening = m_journal && m_journal->isOpening();
    const QString openingText = tr("Opening the order journal…");
    if (opening)
        statusBar()->showMessage(openingText);
    else if (statusBar()->currentMessage() == openingText)
        statusBar()->clearMessage();
    m_ui->actionRetryJournal->setVisible(m_journal && !open && !opening);
    // Permanent, so passing status messages cannot hide it.
    auto *off = statusBar()->findChild<QLabel *>(QStringLiteral("sendingOffLabel"));
    if (!off && m_journal && !open && !opening) {
        off = new QLabel(statusBar());
        off->setObjectName(QStringLiteral("sendingOffLabel"));
        PaletteFollower::followStyleSheet(off, [](const DeskColours &colours) {
            const Swatch chip = colours.badge(Tone::Danger);
            return QStringLiteral("QLabel { color: %1; background: %2; padding: 1px 6px; }")
                .arg(chip.foreground.name(), chip.background.name());
        });
        statusBar()->addPermanentWidget(off);
    }
    if (off) {
        off->setVisible(!open && !opening);
        off->setText(
            tr("Sending is off: the order journal is not open (File → Open the order journal again)"));
        off->setToolTip(m_journal ? literalText(m_journal->problem()) : QString());
        off->setAccessibleName(off->text());
        if (!open && !opening)
            Announcer::announce(off, off->text(), Announcer::Urgency::Assertive);
    }
}

void MainWindow::showJournalWriteFailure()
{
    showJournalWriteBanner();
    const QString failure = m_session->unacknowledgedWriteFailure();
    if (!failure.isEmpty()) {
        // Where the keyboard is, so a screen reader reads the banner and Enter confirms it.
        m_ui->acknowledgeJournalButton->setFocus(Qt::OtherFocusReason);
        Announcer::announce(m_ui->journalWriteBannerText, failure, Announcer::Urgency::Assertive);
        QApplication::beep();
    }
}

void MainWindow::showTeamJournalProblem()
{
    const QString problem = m_session->teamJournalProblem();
    const bool wasShown = m_ui->teamJournalBanner->isVisible();
    m_ui->teamJournalBannerText->setText(problem);
    m_ui->teamJournalBannerText->setAccessibleName(problem);
    PaletteFollower::followStyleSheet(m_ui->teamJournalBanner, [](const DeskColours &colours) {
        return QStringLiteral("#teamJournalBanner { border: 2px solid %1; }")
            .arg(colours.edge(Tone::Danger).name());
    });
    m_ui->teamJournalBanner->setVisible(!problem.isEmpty());
    if (!problem.isEmpty() && !wasShown) {
        Announcer::announce(m_ui->teamJournalBannerText, problem, Announcer::Urgency::Assertive);
        QApplication::beep();
    }
    showJournalWriteBanner(); // holds or releases sending for both
}

void MainWindow::showJournalWriteBanner()
{
    const QString failure = m_session->unacknowledgedWriteFailure();
    m_ui->journalWriteBannerText->setText(failure);
    m_ui->journalWriteBannerText->setAccessibleName(failure);
    // The danger edge of every box that holds an error, so it reads on light and dark palettes alike.
    PaletteFollower::followStyleSheet(m_ui->journalWriteBanner, [](const DeskColours &colours) {
        return QStringLiteral("#journalWriteBanner { border: 2px solid %1; }")
            .arg(colours.edge(Tone::Danger).name());
    });
    m_ui->journalWriteBanner->setVisible(!failure.isEmpty());
    const bool teamUnreachable = !m_session->teamJournalProblem().isEmpty();
    if (!failure.isEmpty())
        form()->holdSending(
            tr("Sending is off until you confirm the order journal message at the top of the window."));
    else if (teamUnreachable)
        form()->holdSending(tr("Sending is off until the team journal can be reached again."));
    else
        form()->holdSending(QString());
    updateActions();
}

void MainWindow::showSession()
{
    StatusChangeSession *session = m_session;
    connect(session, &StatusChangeSession::statusMessage, this, &MainWindow::showStatus);
    connect(session, &StatusChangeSession::journalMessage, this, &MainWindow::showStatus);
    connect(session, &StatusChangeSession::inFlightChanged, this, &MainWindow::updateActions);
    // The account chooser waits while a confirmation is open too.
    connect(session, &StatusChangeSession::confirmationNeeded, this, &MainWindow::updateActions);
    connect(session, &StatusChangeSession::declined, this, &MainWindow::updateActions);
    connect(session, &StatusChangeSession::refused, this, &MainWindow::updateActions);
    connect(session, &StatusChangeSession::sending, m_results,
        [this](const ValidatedRequest &, const QString &description) { m_results->showBusy(description); });
    connect(session, &StatusChangeSession::refused, m_results,
        [this](StatusChangeSession::Refusal why, const QString &reason) {
            using Refusal = StatusChangeSession::Refusal;
            // The form says what is wrong with the request or the connection; a refusal of the journal
            // shows where the answer would have been.
            if (why == Refusal::Busy || why == Refusal::Invalid || why == Refusal::NotConfigured)
                return;
            ApiError refusal;
            refusal.kind = ApiError::Kind::Configuration;
            refusal.title = tr("Not sent");
            refusal.message = reason;
            m_results->showError(refusal);
        });
    connect(session, &StatusChangeSession::orderReceived, m_results, &ResultsPanel::showOrder);
    connect(session, &StatusChangeSession::failed, m_results,
        [this](const ApiError &error) { m_results->showError(error); });
    connect(session, &StatusChangeSession::orderUpdated, m_results, &ResultsPanel::showLookedUp);
    connect(session, &StatusChangeSession::lookupFailed, m_results, &ResultsPanel::showLookupFailed);
    connect(session, &StatusChangeSession::countdownChanged, m_results, &ResultsPanel::showCountdown);
    connect(session, &StatusChangeSession::gaveUp, m_results, &ResultsPanel::showGaveUp);
    connect(session, &StatusChangeSession::followingStopped, m_results, &ResultsPanel::showFollowingStopped);
    connect(m_results, &ResultsPanel::stopFollowingRequested, session,
        [session] { session->stopFollowing(QString()); });
    connect(session, &StatusChangeSession::writeFailureChanged, this, &MainWindow::showJournalWriteFailure);
    connect(m_ui->acknowledgeJournalButton, &QPushButton::clicked, session,
        &StatusChangeSession::acknowledgeWriteFailure);
    connect(session, &StatusChangeSession::teamJournalChanged, this, &MainWindow::showTeamJournalProblem);
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, StatusTimeoutMs);
    Announcer::announce(statusBar(), message);
}

void MainWindow::openHistory()
{
    if (m_journal && m_journal->isOpen())
        m_journal->openHistory();
}

} // namespace nd
