#pragma once

// The order journal as the desk opens it: at startup (explaining a damaged, locked or too-new file,
// with "Try again" where it helps), shows the requests a previous run left in flight, hands the open
// journal (or why there is none) to the StatusChangeSession that sends through it, reconnects a team
// journal, and opens the history window. Owned by MainWindow.

#include "gui/history/HistoryWindow.h"
#include "journal/OrderJournal.h"
#include "profiles/SecretStore.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QThread;
class QWidget;

namespace nd {

class ApiClient;
class StatusChangeSession;

class DeskJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskJournal)

public:
    // `window` parents the dialogs. `session` sends through the journal once it is open (not owned).
    DeskJournal(ApiClient *client, QWidget *window, StatusChangeSession *session);
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

    void openHistory();
    // How the history window opens one record (HistoryWindow::EntryOpener); MainWindow sets it.
    void setHistoryEntryOpener(HistoryWindow::EntryOpener opener) { m_entryOpener = std::move(opener); }

    // A team journal whose server stopped answering (StatusChangeSession::teamJournalProblem):
    // connecting again, which writes the answers kept meanwhile. Waits up to the connect timeout.
    void retryTeamJournal();
    // True once the dialogs open() may show (journal problem, interrupted requests) are closed, so
    // other startup dialogs (first run) come after them instead of stacking on top.
    bool startupDialogsDone() const { return m_startupDone; }

signals:
    void stateChanged(); // opened, or failed to open
    void message(const QString &text); // for the status bar
    void startupDialogsFinished();

private:
    void check(const JournalLocation &location); // on the worker thread, then open() here
    void refusePassword(const SecretResult &read);
    void accept(JournalOpenResult result);
    void showInterrupted();
    void finishStartup();
    void setProblem(const QString &problem, bool opening = false); // here and in the session

    ApiClient *m_client = nullptr;
    QWidget *m_window = nullptr;
    QPointer<StatusChangeSession> m_session;
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
    QPointer<HistoryWindow> m_history;
    HistoryWindow::EntryOpener m_entryOpener;
    QList<JournalEntry> m_adopted; // from a damaged journal, shown with the interrupted requests
    bool m_startupDone = false;
    bool m_retryRequested = false;
};

} // namespace nd
