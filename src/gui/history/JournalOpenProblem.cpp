#include "gui/history/JournalOpenProblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace nd {

namespace {
QString noSending()
{
    return QCoreApplication::translate("JournalOpenProblem",
        "Until then NumberDesk starts and shows the history it can, but sends no status change: "
        "every request must be recorded before it leaves.");
}
} // namespace

std::optional<JournalOpenProblem> describeJournalOpen(const JournalOpenResult &result)
{
    JournalOpenProblem problem;
    problem.text = result.message;
    switch (result.status) {
    case JournalOpenResult::Status::Opened:
        return std::nullopt;
    case JournalOpenResult::Status::Recovered:
        problem.title = QCoreApplication::translate("JournalOpenProblem", "Order journal recovered");
        problem.wayForward = QCoreApplication::translate("JournalOpenProblem",
            "Nothing was deleted. NumberDesk works normally with the new journal. Keep the "
            "old file for support: it may still hold records of earlier requests.");
        problem.icon = QMessageBox::Information;
        problem.canSend = true;
        break;
    case JournalOpenResult::Status::Locked:
        problem.title = QCoreApplication::translate("JournalOpenProblem", "Order journal in use");
        problem.wayForward = QCoreApplication::translate("JournalOpenProblem",
                                 "Close the other program (often a second NumberDesk or a backup tool), then "
                                 "choose Try again. ")
            + noSending();
        problem.offerRetry = true;
        break;
    case JournalOpenResult::Status::TooNew:
        problem.title
            = QCoreApplication::translate("JournalOpenProblem", "Order journal from a newer NumberDesk");
        problem.wayForward = QCoreApplication::translate("JournalOpenProblem",
                                 "Install the newer NumberDesk again to keep working with this journal; the "
                                 "file has not been changed. ")
            + noSending();
        problem.icon = QMessageBox::Critical;
        break;
    case JournalOpenResult::Status::Unreachable:
        problem.title = QCoreApplication::translate("JournalOpenProblem", "Team journal cannot be reached");
        problem.wayForward = QCoreApplication::translate("JournalOpenProblem",
                                 "Choose Try again once the network or the server is back, or check the team "
                                 "journal's settings in Preferences. ")
            + noSending();
        problem.offerRetry = true;
        break;
    case JournalOpenResult::Status::Unavailable:
        problem.title = QCoreApplication::translate("JournalOpenProblem", "Order journal cannot be opened");
        problem.wayForward
            = QCoreApplication::translate("JournalOpenProblem",
                  "Check that the folder %1 exists, is writable and that the disk is not full, "
                  "then choose Try again. ")
                  .arg(QDir::toNativeSeparators(QFileInfo(OrderJournal::defaultPath()).path()))
            + noSending();
        problem.icon = QMessageBox::Critical;
        problem.offerRetry = true;
        break;
    }
    return problem;
}

QMessageBox *journalProblemBox(const JournalOpenProblem &problem, QWidget *parent)
{
    auto *box = new QMessageBox(problem.icon, problem.title, problem.text, QMessageBox::NoButton, parent);
    box->setTextFormat(Qt::PlainText); // quotes file paths and SQLite's words
    box->setObjectName(QStringLiteral("journalProblemBox"));
    box->setInformativeText(problem.wayForward);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setAccessibleName(problem.title);
    box->setAccessibleDescription(problem.text + QLatin1Char(' ') + problem.wayForward);
    if (problem.offerRetry) {
        QPushButton *retry = box->addButton(
            QCoreApplication::translate("JournalOpenProblem", "Try again"), QMessageBox::AcceptRole);
        retry->setObjectName(QStringLiteral("retryButton"));
        QPushButton *later
            = box->addButton(QCoreApplication::translate("JournalOpenProblem", "Continue without sending"),
                QMessageBox::RejectRole);
        later->setObjectName(QStringLiteral("continueButton"));
        box->setDefaultButton(retry);
        box->setEscapeButton(later);
    } else {
        QPushButton *ok = box->addButton(problem.canSend
                ? QCoreApplication::translate("JournalOpenProblem", "OK")
                : QCoreApplication::translate("JournalOpenProblem", "Continue without sending"),
            QMessageBox::AcceptRole);
        ok->setObjectName(QStringLiteral("continueButton"));
        box->setDefaultButton(ok);
        box->setEscapeButton(ok);
    }
    return box;
}

} // namespace nd
