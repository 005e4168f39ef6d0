#pragma once

// What the user is told when the order journal did not open cleanly (OrderJournal::open): the core's
// message plus the way forward, and whether "Try again" makes sense (a locked file normally frees up;
// a file from a newer NumberDesk does not). The app still starts in every case; without a journal it
// refuses to send. Used by main.cpp / MainWindow at startup and when the user retries.

#include "journal/OrderJournal.h"

#include <QMessageBox>
#include <QString>
#include <optional>

namespace nd {

struct JournalOpenProblem
{
    QString title;
    QString text; // what happened (the core's words)
    QString wayForward; // what to do now
    QMessageBox::Icon icon = QMessageBox::Warning;
    bool offerRetry = false;
    bool canSend = false; // a journal is open (recovered): sending works
};

// nullopt when the journal opened without trouble.
std::optional<JournalOpenProblem> describeJournalOpen(const JournalOpenResult &result);

// A window-modal box for `problem` (deleted when closed). "Try again", when offered, has the
// AcceptRole; the other button says what happens without a journal.
QMessageBox *journalProblemBox(const JournalOpenProblem &problem, QWidget *parent);

} // namespace nd
