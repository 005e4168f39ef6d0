// What the user is told when the journal does not open cleanly: a damaged file (set aside, app goes
// on), a locked one ("Try again"), one from a newer NumberDesk (no retry), and nothing when all is well.

#include "gui/history/JournalOpenProblem.h"
#include "journal/OrderJournal.h"

#include <QFile>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;

class TestJournalOpenProblem : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void opened_saysNothing();
    void corruptFile_explainsWhereTheOldFileIs_andSendingWorks();
    void tooNewFile_noRetry_noSending();
    void locked_offersTryAgain();
};

void TestJournalOpenProblem::opened_saysNothing()
{
    QTemporaryDir dir;
    const JournalOpenResult result = OrderJournal::open(dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(!describeJournalOpen(result));
}

void TestJournalOpenProblem::corruptFile_explainsWhereTheOldFileIs_andSendingWorks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const JournalOpenResult result = OrderJournal::open(path);
    QCOMPARE(result.status, JournalOpenResult::Status::Recovered);
    const std::optional<JournalOpenProblem> problem = describeJournalOpen(result);
    QVERIFY(problem);
    QVERIFY(problem->canSend);
    QVERIFY(!problem->offerRetry);
    QVERIFY(problem->text.contains(QFileInfo(result.setAsidePath).fileName()));
    QVERIFY(problem->wayForward.contains(QLatin1String("Nothing was deleted")));
    QMessageBox *box = journalProblemBox(*problem, nullptr);
    QVERIFY(!box->findChild<QPushButton *>(QStringLiteral("retryButton")));
    QCOMPARE(box->informativeText(), problem->wayForward);
    delete box;
}

void TestJournalOpenProblem::tooNewFile_noRetry_noSending()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const JournalOpenResult result = OrderJournal::open(path);
    QCOMPARE(result.status, JournalOpenResult::Status::TooNew);
    const std::optional<JournalOpenProblem> problem = describeJournalOpen(result);
    QVERIFY(!problem->canSend);
    QVERIFY(!problem->offerRetry);
    QVERIFY(problem->wayForward.contains(QLatin1String("sends no status change")));
}

void TestJournalOpenProblem::locked_offersTryAgain()
{
    JournalOpenResult locked;
    locked.status = JournalOpenResult::Status::Locked;
    locked.message = QStringLiteral("The order journal is in use by another program.");
    const std::optional<JournalOpenProblem> problem = describeJournalOpen(locked);
    QVERIFY(problem->offerRetry);
    QVERIFY(!problem->canSend);
    QMessageBox *box = journalProblemBox(*problem, nullptr);
    auto *retry = box->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry);
    QCOMPARE(box->defaultButton(), retry);
    QCOMPARE(box->buttonRole(retry), QMessageBox::AcceptRole);
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("continueButton")));
    delete box;
}

QTEST_MAIN(TestJournalOpenProblem)
#include "tst_journalopenproblem.moc"
