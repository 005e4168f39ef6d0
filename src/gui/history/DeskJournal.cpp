#include "gui/history/DeskJournal.h"

#include "gui/history/HistoryWindow.h"
#include "gui/history/InterruptedRequestsDialog.h"
#include "gui/history/JournalOpenProblem.h"
#include "gui/common/ResultsTexts.h"
#include "journal/OrderJournal.h"
#include "profiles/CredentialVault.h"
#include "profiles/TeamJournalSettings.h"

#include <QAbstractButton>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>
#include <utility>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcDeskJournal, "numberdesk.gui.deskjournal")
}

DeskJournal::DeskJournal(ApiClient *client, QWidget *window, std::function<QString()> profileName)
    : QObject(window),
      m_client(client),
      m_window(window),
      m_profileName(std::move(profileName)),
      m_problem(tr("The order journal has not been opened yet."))
{ }

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
    delete m_submission;
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
    m_problem = tr("The order journal is still being opened. Send again in a moment.");
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
        m_submission = new JournaledSubmission(m_client, m_journal.get(), this);
        connect(
            m_submission, &JournaledSubmission::orderReceived, this, [this](qint64 id, const Order &order) {
                m_lastJournalId = id;
                m_lastOrderId = order.orderId;
            });
        connect(
            m_submission, &JournaledSubmission::journalWriteFailed, this, &DeskJournal::reportWriteFailure);
        connect(m_journal.get(), &OrderJournal::connectionChanged, this, &DeskJournal::teamJournalChanged);
        // An answer kept while the team journal was away that it then refused: the same banner and
        // hold as an answer a file journal cannot write.
        connect(m_journal.get(), &OrderJournal::keptWriteFailed, this, &DeskJournal::reportWriteFailure);
        m_adopted = result.adopted;
        qCInfo(lcDeskJournal) << "journal open";
    } else {
        m_problem = problem ? problem->text : tr("The order journal could not be opened.");
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

namespace {
QStringList numbersOf(const ValidatedRequest &request)
{
    QStringList numbers;
    for (const ValidatedNumber &number : request.numbers)
        numbers.append(number.e164);
    return numbers;
}
} // namespace

QStringList DeskJournal::unresolvedTouching(const ValidatedRequest &request)
{
    m_shownFor.clear();
    m_shownRecords.clear();
    if (!m_journal)
        return {};
    const QStringList numbers = numbersOf(request);
    // A desk (or a second NumberDesk on this file) that died with a request in flight: its request is
    // interrupted now, so it shows (and can be resolved) here rather than refusing the send as "in
    // flight" until the next start.
    m_journal->markInterruptedAsOutcomeUnknown();
    QStringList lines;
    const QList<JournalEntry> involved = m_journal->unresolvedInvolving(numbers);
    for (const JournalEntry &entry : involved) {
        QStringList sent;
        for (const JournalNumber &number : entry.numbers)
            sent.append(number.requestedNumber);
        const QString when = results::localDateTimeText(entry.createdAt);
        if (m_journal->isInFlightElsewhere(entry)) {
            // Not the agent's to check: it is on its way now, and its claim refuses a send until it is
            // answered. Said plainly, so nobody ticks the box expecting it to help.
            const QString where = entry.desk.isEmpty() ? tr("another NumberDesk")
                                                       : tr("%1 (%2)").arg(entry.desk, entry.agent);
            //: %1 change type, %2 the computer (and agent), %3 date and time, %4 numbers.
            lines.append(
                tr("• %1, in flight on %2 since %3: %4 — it cannot be sent to until that request "
                   "has its answer")
                    .arg(changeTypeTitle(entry.changeType), where, when, sent.join(QStringLiteral(", "))));
        } else if (entry.desk.isEmpty() || entry.desk == m_journal->identity().desk) {
            lines.append(tr("• %1, sent %2: %3")
                             .arg(changeTypeTitle(entry.changeType), when, sent.join(QStringLiteral(", "))));
        } else {
            //: %1 change type, %2 date and time, %3 computer, %4 agent, %5 numbers.
            lines.append(tr("• %1, sent %2 on %3 by %4: %5")
                             .arg(changeTypeTitle(entry.changeType), when, entry.desk, entry.agent,
                                 sent.join(QStringLiteral(", "))));
        }
        if (m_journal->isSettledByConfirming(entry))
            m_shownRecords.append(entry.id);
    }
    m_shownFor = numbers;
    return lines;
}

JournaledSend DeskJournal::send(const ValidatedRequest &request)
{
    if (!m_submission) {
        JournaledSend refused;
        refused.refusal = tr("Not sent: %1").arg(m_problem);
        return refused;
    }
    if (!m_writeFailure.isEmpty()) {
        JournaledSend refused;
        refused.refusal = tr("Not sent: the order journal could not record an earlier answer. Read the "
                             "message at the top of the window and confirm it first.");
        return refused;
    }
    if (!m_shownRecords.isEmpty() && m_shownFor == numbersOf(request)) {
        const QString finding = tr("Checked by the agent before sending again to these numbers.");
        for (const qint64 id : std::as_const(m_shownRecords)) {
            if (!m_journal->resolve(id, finding)) {
                JournaledSend refused;
                refused.refusal = tr("Not sent: %1").arg(m_journal->lastError());
                return refused;
            }
        }
    }
    m_shownRecords.clear();
    m_shownFor.clear();
    return m_submission->submit(m_submission->contextFor(m_profileName()), request);
}

QString DeskJournal::teamJournalProblem() const
{
    if (!m_journal || !m_journal->isTeam() || (m_journal->isConnected() && m_journal->pendingWrites() == 0))
        return {};
    const int waiting = m_journal->pendingWrites();
    QString text = tr("The team journal %1 cannot be reached. NumberDesk sends nothing until it can record "
                      "it there.")
                       .arg(m_journal->location().displayName());
    if (waiting > 0)
        text += QLatin1Char(' ')
            + tr("%n answer(s) that arrived meanwhile are kept and will be written when it is back.", nullptr,
                waiting);
    return text;
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

void DeskJournal::reportWriteFailure(qint64 journalId, const QString &reason)
{
    QStringList numbers;
    if (m_journal) {
        if (const std::optional<JournalEntry> entry = m_journal->entry(journalId)) {
            for (const JournalNumber &number : entry->numbers)
                numbers.append(number.requestedNumber);
        }
    }
    const QString sentTo = numbers.isEmpty() ? tr("the last request") : numbers.join(QStringLiteral(", "));
    const QString failure = tr("The server answered the request for %1. %2. The change may have been made: "
                               "until you have checked these numbers, NumberDesk treats them as unresolved "
                               "and asks before sending to them again.")
                                .arg(sentTo, reason);
    // Kept, not replaced: each unacknowledged failure names numbers the agent must check.
    m_writeFailure = m_writeFailure.isEmpty() ? failure : m_writeFailure + QLatin1Char('\n') + failure;
    qCWarning(lcDeskJournal) << "an answer could not be recorded; sending is off until acknowledged";
    emit writeFailureChanged();
}

void DeskJournal::acknowledgeWriteFailure()
{
    if (m_writeFailure.isEmpty())
        return;
    m_writeFailure.clear();
    emit writeFailureChanged();
}

void DeskJournal::recordLookup(const Order &order)
{
    if (!m_journal || m_lastJournalId == 0 || order.orderId != m_lastOrderId)
        return;
    if (!m_journal->updateOrder(m_lastJournalId, order))
        emit message(m_journal->lastError());
}

void DeskJournal::openHistory()
{
    if (!m_history) {
        m_history = new HistoryWindow(m_journal.get(), m_client, m_window);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

} // namespace nd
