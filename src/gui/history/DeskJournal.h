#pragma once

// The order journal as the desk uses it: opens it at startup (explaining a damaged, locked or
// too-new file, with "Try again" where it helps), shows the requests a previous run left in flight,
// sends every status change through JournaledSubmission (so nothing leaves unrecorded; without a
// journal nothing is sent and the refusal says why), records later lookups of the order on show, and
// opens the history window. Owned by MainWindow.

#include "journal/JournaledSubmission.h"
#include "journal/OrderJournal.h"
#include "profiles/SecretStore.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QThread;
class QWidget;

namespace nd {

class ApiClient;
class HistoryWindow;

class DeskJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskJournal)

public:
    // `window` parents the dialogs. `profileName` names the active profile for the records.
    DeskJournal(ApiClient *client, QWidget *window, std::function<QString()> profileName);
    ~DeskJournal() override;

    // Shows the problem (and the interrupted requests) window-modal. Runs the whole check here.
    void open(const JournalLocation &location, const JournalIdentity &who);
    void open(const QString &path)
    {
        open(JournalLocation::localFile(path), JournalIdentity::ofThisComputer());
    }
    // The same, but the check (OrderJournal::check: reading the whole file, or connecting to the team
    // server) runs on a worker thread, so the window answers input meanwhile; sends are refused until it
    // is done. The app's way. A team location without a password takes it from the secret store first
    // (setSecretStore): a password that cannot be read is a problem shown like an unreachable server,
    // never a reason to fall back to the local file.
    void openInBackground(const JournalLocation &location, const JournalIdentity &who);
    void openInBackground(const QString &path)
    {
        openInBackground(JournalLocation::localFile(path), JournalIdentity::ofThisComputer());
    }
    void retry() { openInBackground(m_location, m_identity); }
    // Where the team journal's password is read from (the app's CredentialVault); not owned.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    bool isOpen() const { return m_journal != nullptr; }
    bool isOpening() const { return m_checking != nullptr || m_readingPassword; }
    QString problem() const { return m_problem; } // why nothing can be sent; empty when open
    OrderJournal *journal() const { return m_journal.get(); }

    // One line per record with an unknown outcome that involves any of the request's numbers (on a team
    // journal: any desk's, after marking the requests of desks that died as interrupted).
    QStringList unresolvedTouching(const ValidatedRequest &request);
    // The desk's only way to send a status change. The records unresolvedTouching() showed for these
    // numbers (the agent ticked "I have checked these numbers" to get here) are resolved first, by this
    // agent: they hold their numbers' claims, and the journal says who checked them.
    JournaledSend send(const ValidatedRequest &request);
    // A later lookup of an order the desk shows (polling): written to the record it came from.
    void recordLookup(const Order &order);
    void openHistory();

    // An answer that arrived but could not be written (disk full, file gone): the server may have made
    // the change and the journal cannot show it. Sending stays off until the user acknowledges it; the
    // record stays `sending`, which the unresolved check counts.
    QString unacknowledgedWriteFailure() const { return m_writeFailure; }
    void acknowledgeWriteFailure();
    // A team journal whose server stopped answering: why nothing is sent now (empty when it answers),
    // and connecting again, which writes the answers kept meanwhile. Waits up to the connect timeout.
    QString teamJournalProblem() const;
    void retryTeamJournal();
    // True once the dialogs open() may show (journal problem, interrupted requests) are closed, so
    // other startup dialogs (first run) come after them instead of stacking on top.
    bool startupDialogsDone() const { return m_startupDone; }

signals:
    void stateChanged(); // opened, or failed to open
    void message(const QString &text); // for the status bar
    void startupDialogsFinished();
    void writeFailureChanged(); // a write failure to show, or acknowledged
    void teamJournalChanged(); // teamJournalProblem() changed

private:
    void check(const JournalLocation &location); // on the worker thread, then open() here
    void refusePassword(const SecretResult &read);
    void accept(JournalOpenResult result);
    void showInterrupted();
    void finishStartup();
    void reportWriteFailure(qint64 journalId, const QString &reason);

    ApiClient *m_client = nullptr;
    QWidget *m_window = nullptr;
    std::function<QString()> m_profileName;
    // As asked for: a password read from the secret store is not kept here, so Try again reads it again.
    JournalLocation m_location;
    JournalIdentity m_identity;
    JournalLocation m_checkedLocation; // with the password, while m_checking runs
    SecretStore *m_secrets = nullptr;
    bool m_readingPassword = false;
    QString m_problem;
    std::unique_ptr<OrderJournal> m_journal;
    std::unique_ptr<QThread> m_checking; // runs OrderJournal::check into m_check
    JournalCheck m_check;
    JournaledSubmission *m_submission = nullptr;
    QPointer<HistoryWindow> m_history;
    qint64 m_lastJournalId = 0; // the record of the order last answered
    QString m_lastOrderId;
    QString m_writeFailure;
    QList<JournalEntry> m_adopted; // from a damaged journal, shown with the interrupted requests
    // What unresolvedTouching() last showed: for these numbers, these records the agent has checked.
    QStringList m_shownFor;
    QList<qint64> m_shownRecords;
    bool m_startupDone = false;
    bool m_retryRequested = false;
};

} // namespace nd
