#include "gui/history/DeskJournal.h"

#include "gui/history/HistoryWindow.h"
#include "gui/history/InterruptedRequestsDialog.h"
#include "gui/history/JournalOpenProblem.h"
#include "journal/OrderJournal.h"
#include "profiles/CredentialVault.h"
#include "profiles/TeamJournalSettings.h"
#include "session/StatusChangeSession.h"

#include <QAbstractButton>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>
#include <utility>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcDeskJournal, "numberdesk.gui.deskjournal")
}

DeskJournal::DeskJournal(ApiClient *client, QWidget *window, StatusChangeSession *session)
    : QObject(window), m_client(client), m_window(window), m_session(session)
{
    setProblem(tr("The order journal has not been opened yet."));
}

DeskJournal::~DeskJournal()
{
    if (m_checking) {
        m_checking->wait(); // it writes into m_check
        // Closed while a damaged journal was being set aside: the open records it salvaged are
        // adopted into the fresh journal now, or the next start would no longer guard their numbers.
        if (!m_check.setAsidePath.isEmpty())
            OrderJournal::open(m_checkedLocation, m_identity, m_check);
    }
    delete m_history; // reads the journal: goes first
}

void DeskJournal::setProblem(const QString &problem, bool opening)
{
    m_problem = problem;
    if (m_session)
        m_session->setJournalUnavailable(problem, opening);
}

void DeskJournal::open(const JournalLocation &location, const JournalIdentity &who)
{
    if (m_journal || isOpening())
        return;
    m_location = location;
    m_identity = who;
    accept(OrderJournal::open(location, who));
}

void DeskJournal::openInBackground(const JournalLocation &location, const JournalIdentity &who)
{
    if (m_journal || isOpening())
        return;
    m_location = location;
    m_identity = who;
    setProblem(tr("The order journal is still being opened. Send again in a moment."), true);
    if (location.isTeam() && location.password.isEmpty() && m_secrets) {
        m_readingPassword = true;
        m_secrets->readSecret(
            TeamJournalSettings::passwordKey(location.server), this, [this](const SecretResult &read) {
                m_readingPassword = false;
                if (!read.ok()) {
                    refusePassword(read);
                    return;
                }
                JournalLocation withPassword = m_location;
                withPassword.password = read.secret;
                check(withPassword);
            });
        emit stateChanged();
        return;
    }
    check(location);
}

void DeskJournal::check(const JournalLocation &location)
{
    m_checkedLocation = location;
    m_checking.reset(QThread::create([this, location] { m_check = OrderJournal::check(location); }));
    m_checking->setObjectName(QStringLiteral("journalCheck"));
    // Queued: delivered here, on the GUI thread, once the check has returned.
    connect(m_checking.get(), &QThread::finished, this, [this] {
        m_checking->wait(); // finished is emitted just before the thread ends
        m_checking.reset();
        qCInfo(lcDeskJournal) << "journal checked in the background";
        const JournalLocation location = std::exchange(m_checkedLocation, {});
        accept(OrderJournal::open(location, m_identity, std::exchange(m_check, {})));
    });
    m_checking->start(QThread::LowPriority);
    emit stateChanged();
}

void DeskJournal::refusePassword(const SecretResult &read)
{
    // Shown as the team journal being out of reach: Try again reads the keychain again (it may have
    // been locked), and Preferences is where the password is entered.
    JournalOpenResult result;
    result.status = JournalOpenResult::Status::Unreachable;
    // Without the OS keychain the vault answers from this run's memory: "not found" would hide why.
    const auto *vault = dynamic_cast<const CredentialVault *>(m_secrets);
    const SecretResult why = vault && !vault->isPersistent()
        ? SecretResult {SecretStatus::Unavailable, QString(), vault->sessionOnlyExplanation()}
        : read;
    result.message = why.status == SecretStatus::NotFound
        ? tr("No password for the team journal %1 is stored in this computer's keychain. Enter it in "
             "Preferences.")
              .arg(m_location.displayName())
        : tr("The password of the team journal %1 could not be read from this computer's keychain: %2")
              .arg(m_location.displayName(), why.message);
    qCWarning(lcDeskJournal) << "the team journal's password could not be read; sending is off";
    accept(std::move(result));
}

void DeskJournal::accept(JournalOpenResult result)
{
    const std::optional<JournalOpenProblem> problem = describeJournalOpen(result);
    if (result.journal) {
        m_journal = std::move(result.journal);
        m_problem.clear();
        if (m_session)
            m_session->setJournal(m_journal.get());
        m_adopted = result.adopted;
        qCInfo(lcDeskJournal) << "journal open";
    } else {
        setProblem(problem ? problem->text : tr("The order journal could not be opened."));
        qCWarning(lcDeskJournal) << "no journal; sending is off";
    }
    emit stateChanged();
    if (!problem) {
        showInterrupted();
        return;
    }
    QMessageBox *box = journalProblemBox(*problem, m_window);
    m_retryRequested = false;
    connect(box, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
        if (button->objectName() == QLatin1String("retryButton")) {
            m_retryRequested = true;
            QTimer::singleShot(0, this, &DeskJournal::retry); // after the box has closed
        }
    });
    connect(box, &QDialog::finished, this, [this] {
        if (m_retryRequested)
            return; // the retry's own dialogs finish the startup
        if (m_journal) // recovered: a fresh journal has nothing interrupted, but the order stays the same
            showInterrupted();
        else
            finishStartup();
    });
    box->open();
}

void DeskJournal::finishStartup()
{
    if (m_startupDone)
        return;
    m_startupDone = true;
    emit startupDialogsFinished();
}

void DeskJournal::showInterrupted()
{
    if (!m_journal) {
        finishStartup();
        return;
    }
    QList<JournalEntry> interrupted = m_journal->markInterruptedAsOutcomeUnknown();
    interrupted += std::exchange(m_adopted, {});
    if (interrupted.isEmpty()) {
        finishStartup();
        return;
    }
    auto *dialog = new InterruptedRequestsDialog(interrupted, m_journal.get(), m_client, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &DeskJournal::finishStartup);
    dialog->open();
}

void DeskJournal::retryTeamJournal()
{
    if (!m_journal || !m_journal->isTeam())
        return;
    const int waiting = m_journal->pendingWrites();
    if (m_journal->reconnect())
        emit message(tr("The team journal is reachable again; %n kept answer(s) written.", nullptr, waiting));
    else
        emit message(tr("The team journal still cannot be reached: %1").arg(m_journal->lastError()));
}

void DeskJournal::openHistory()
{
    if (!m_history) {
        m_history = new HistoryWindow(m_journal.get(), m_client, m_window);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        m_history->setEntryOpener(m_entryOpener);
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

} // namespace nd
