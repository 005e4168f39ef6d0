// The history view's model over a real journal: newest first, its columns, and live updates as the
// journal records answers, all under QAbstractItemModelTester.

#include "JournalTestSupport.h"
#include "journal/HistoryModel.h"
#include "journal/OrderJournal.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace nd;
using journaltest::makeRequest;

namespace {
const JournalContext Context {
    QStringLiteral("Desk"), QUrl(QStringLiteral("https://api.example.com/v1.0")), QStringLiteral("DID-1")};
} // namespace

class HistoryModelTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OrderJournal> m_journal;
    QDateTime m_now;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        JournalOpenResult opened = OrderJournal::open(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1String(".sqlite")));
        QVERIFY(opened.journal);
        m_journal = std::move(opened.journal);
        m_now = QDateTime(QDate(2024, 5, 17), QTime(12, 0), QTimeZone::utc());
        m_journal->setClock([this] { return m_now; });
    }
    void cleanup() { m_journal.reset(); }

    void columns_showNewestFirstWithNumbersSummarised()
    {
        const qint64 older = *m_journal->recordSending(
            Context, makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")}));
        m_now = m_now.addSecs(60);
        const qint64 newer = *m_journal->recordSending(Context,
            makeRequest(ChangeType::Cancel,
                {QStringLiteral("+12016093801"), QStringLiteral("+12016093802"),
                    QStringLiteral("+12016093803"), QStringLiteral("+12016093804"),
                    QStringLiteral("+12016093805")}));
        ApiError error;
        error.kind = ApiError::Kind::OutcomeUnknown;
        error.title = QStringLiteral("No answer");
        error.message = QStringLiteral("Check before resending.");
        QVERIFY(m_journal->recordFailure(newer, error));

        HistoryModel model(m_journal.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
        QCOMPARE(model.index(0, 0).data(HistoryModel::JournalIdRole).toLongLong(), newer);
        QCOMPARE(model.index(1, 0).data(HistoryModel::JournalIdRole).toLongLong(), older);

        // The C locale reads as en_US: month/day/four-digit year, then the short time.
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QDateTime local = m_now.toLocalTime();
        QCOMPARE(model.index(0, HistoryModel::DateColumn).data().toString(),
            english.toString(local.date(), QStringLiteral("MM/dd/yyyy")) + QLatin1Char(' ')
                + english.toString(local.time(), QLocale::ShortFormat));
        QCOMPARE(model.index(0, HistoryModel::ChangeTypeColumn).data().toString(),
            changeTypeTitle(ChangeType::Cancel));
        QCOMPARE(model.index(0, HistoryModel::NumbersColumn).data().toString(),
            QStringLiteral("+12016093801, +12016093802, +12016093803 (+2 more)"));
        QCOMPARE(model.index(0, HistoryModel::NumbersColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .count(QLatin1Char('\n')),
            4);
        QCOMPARE(model.index(0, HistoryModel::StatusColumn).data().toString(), QStringLiteral("No answer"));
        QVERIFY(
            model.index(0, HistoryModel::OutcomeColumn).data().toString().contains(QLatin1String("unknown")));
        QCOMPARE(model.index(0, HistoryModel::OutcomeColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Check before resending."));
        QVERIFY(model.index(0, 0).data(HistoryModel::NeedsCheckingRole).toBool());
        QCOMPARE(model.index(1, HistoryModel::OutcomeColumn).data().toString(), QStringLiteral("Sending"));
        QCOMPARE(model.headerData(HistoryModel::OrderIdColumn, Qt::Horizontal).toString(),
            QStringLiteral("OrderId"));
        QCOMPARE(model.entries().size(), 2);
        QVERIFY(!model.entryAt(2));
    }

    void journalChanges_updateTheRowsLive()
    {
        HistoryModel model(m_journal.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.rowCount(), 0);

        const qint64 id = *m_journal->recordSending(
            Context, makeRequest(ChangeType::Swap, {QStringLiteral("+12016093801")}));
        QCOMPARE(model.rowCount(), 1); // a new record appears

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Order order;
        order.orderId = QStringLiteral("JNUOID-77");
        order.serverStatus = QStringLiteral("Pending");
        order.state = OrderState::InProgress;
        OrderNumber number;
        number.number = QStringLiteral("+12015550000");
        number.originalNumber = QStringLiteral("+12016093801");
        order.numbers = {number};
        QVERIFY(m_journal->recordOrder(id, order));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, HistoryModel::OrderIdColumn).data().toString(), QStringLiteral("JNUOID-77"));
        QCOMPARE(model.index(0, HistoryModel::StatusColumn).data().toString(), QStringLiteral("Pending"));
        QCOMPARE(
            model.index(0, HistoryModel::OutcomeColumn).data().toString(), QStringLiteral("In progress"));
        QCOMPARE(
            model.index(0, HistoryModel::NumbersColumn).data().toString(), QStringLiteral("+12015550000"));
        QCOMPARE(model.index(0, HistoryModel::NumbersColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("+12015550000 (was +12016093801)"));
    }

    void setQuery_filtersTheRows()
    {
        QVERIFY(m_journal->recordSending(
            Context, makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")})));
        QVERIFY(m_journal->recordSending(
            Context, makeRequest(ChangeType::Park, {QStringLiteral("+12232233180")})));
        HistoryModel model(m_journal.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HistoryQuery query;
        query.number = QStringLiteral("(223) 223-3180");
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entryAt(0)->changeType, ChangeType::Park);
        // A new record that does not match stays out.
        QVERIFY(m_journal->recordSending(
            Context, makeRequest(ChangeType::Activate, {QStringLiteral("+12016093809")})));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(HistoryModelTest)
#include "tst_historymodel.moc"
