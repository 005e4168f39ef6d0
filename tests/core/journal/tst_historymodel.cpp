// The history view's model over a real journal: newest first, its columns, live updates as the
// journal records answers, all under QAbstractItemModelTester; searches answered on the worker thread
// (stale answers thrown away), an exact count, and records read a page at a time as rows are asked for.

#include "JournalTestSupport.h"
#include "journal/HistoryModel.h"
#include "journal/OrderJournal.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <functional>

using namespace nd;
using journaltest::makeRequest;

namespace {
const JournalContext Context {
    QStringLiteral("Desk"), QUrl(QStringLiteral("https://api.example.com/v1.0")), QStringLiteral("DID-1")};

// Searches run on a worker thread: start one and wait for its answer.
bool searched(HistoryModel &model, const std::function<void()> &start)
{
    QSignalSpy finished(&model, &HistoryModel::searchFinished);
    start();
    return finished.wait(10000) && finished.size() == 1;
}

bool refreshed(HistoryModel &model)
{
    return searched(model, [&model] { model.refresh(); });
}
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
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
                + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))
                + QLatin1String(".sqlite")));
        QVERIFY(opened.journal);
        m_journal = std::move(opened.journal);
        m_now = QDateTime(QDate(2024, 5, 17), QTime(12, 0), QTimeZone::utc());
        m_journal->setClock([this] { return m_now; });
    }
    void cleanup() { m_journal.reset(); }

    qint64 answered(const QString &orderId, const QStringList &numbers, const QString &returned = {})
    {
        m_now = m_now.addSecs(60);
        const qint64 id = *m_journal->recordSending(Context, makeRequest(ChangeType::Swap, numbers));
        Order order;
        order.orderId = orderId;
        order.state = OrderState::Done;
        for (const QString &sent : numbers) {
            OrderNumber number;
            number.number = returned.isEmpty() ? sent : returned;
            number.originalNumber = returned.isEmpty() ? QString() : sent;
            order.numbers.append(number);
        }
        if (!m_journal->recordOrder(id, order))
            qWarning() << "could not record the order";
        return id;
    }

    // Many records quickly: this connection stops waiting for the disk at each commit (the records
    // are the same; only a power cut could lose them, which a test does not have).
    static void fastWrites()
    {
        for (const QString &name : QSqlDatabase::connectionNames())
            QSqlQuery(QSqlDatabase::database(name)).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    }

    void columns_showNewestFirstWithNumbersSummarised()
    {
        // Another number: one still in flight cannot be sent to again (claims, docs/journal.md).
        const qint64 older = *m_journal->recordSending(
            Context, makeRequest(ChangeType::Activate, {QStringLiteral("+12016093800")}));
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
        QVERIFY(refreshed(model));
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
        QCOMPARE(model.entryAt(0)->numbers.size(), 5); // the whole entry, all its numbers
        QCOMPARE(model.entryAt(1)->id, older);
        QVERIFY(!model.entryAt(2));
    }

    void journalChanges_updateTheRowsLive()
    {
        HistoryModel model(m_journal.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(refreshed(model));
        QCOMPARE(model.rowCount(), 0);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const qint64 id = *m_journal->recordSending(
            Context, makeRequest(ChangeType::Swap, {QStringLiteral("+12016093801")}));
        QTRY_COMPARE(model.rowCount(), 1); // a new record appears
        QCOMPARE(inserted.size(), 1); // inserted on top, not a reset: the agent's place stays
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(0, 0).data(HistoryModel::JournalIdRole).toLongLong(), id);

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
        QVERIFY(searched(model, [&] { model.setQuery(query); }));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entryAt(0)->changeType, ChangeType::Park);
        // A new record that does not match stays out (the journal's change searches again).
        QVERIFY(searched(model, [&] {
            QVERIFY(m_journal->recordSending(
                Context, makeRequest(ChangeType::Activate, {QStringLiteral("+12016093809")})));
        }));
        QCOMPARE(model.rowCount(), 1);
    }

    void search_onTheWorker_findsPartsOfNumbersAndOrderIds_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("orderId");
        QTest::addColumn<QStringList>("found"); // OrderIds, newest first
        QTest::newRow("part of a number") << QStringLiteral(
            "609-38") << QString() << QStringList {QStringLiteral("JNUOID-b"), QStringLiteral("JNUOID-a")};
        QTest::newRow("whole number, any format")
            << QStringLiteral("+1 (201) 609-3801") << QString() << QStringList {QStringLiteral("JNUOID-a")};
        QTest::newRow("returned number")
            << QStringLiteral("5550000") << QString() << QStringList {QStringLiteral("JNUOID-b")};
        QTest::newRow("no digit finds nothing") << QStringLiteral("abc") << QString() << QStringList {};
        QTest::newRow("OrderId part, any case")
            << QString() << QStringLiteral("jnuoid-B") << QStringList {QStringLiteral("JNUOID-b")};
        QTest::newRow("OrderId wildcards are literal")
            << QString() << QStringLiteral("JNUOID_") << QStringList {};
        QTest::newRow("everything") << QString() << QString()
                                    << QStringList {QStringLiteral("TNOID-c"), QStringLiteral("JNUOID-b"),
                                           QStringLiteral("JNUOID-a")};
    }

    void search_onTheWorker_findsPartsOfNumbersAndOrderIds()
    {
        QFETCH(QString, number);
        QFETCH(QString, orderId);
        QFETCH(QStringList, found);
        answered(QStringLiteral("JNUOID-a"), {QStringLiteral("+12016093801")});
        answered(
            QStringLiteral("JNUOID-b"), {QStringLiteral("+12016093802")}, QStringLiteral("+12015550000"));
        answered(QStringLiteral("TNOID-c"), {QStringLiteral("+14155550123")});
        HistoryModel model(m_journal.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HistoryQuery query;
        query.number = number;
        query.orderId = orderId;
        QVERIFY(searched(model, [&] { model.setQuery(query); }));
        QVERIFY(!model.isSearching());
        QVERIFY(model.searchError().isEmpty());
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, HistoryModel::OrderIdColumn).data().toString();
        QCOMPARE(shown, found);
    }

    void search_typedOn_answersTheLatestQueryOnly()
    {
        answered(QStringLiteral("JNUOID-a"), {QStringLiteral("+12016093801")});
        answered(QStringLiteral("JNUOID-b"), {QStringLiteral("+13125550100")});
        HistoryModel model(m_journal.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &HistoryModel::searchFinished);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // The agent types on before the first answers: "2", "20", "201". Only "201" counts; the earlier
        // searches are skipped on the worker or their answers thrown away, never shown.
        for (const QString &typed : {QStringLiteral("3"), QStringLiteral("20"), QStringLiteral("201")}) {
            HistoryQuery query;
            query.number = typed;
            model.setQuery(query);
            QVERIFY(model.isSearching());
        }
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, HistoryModel::OrderIdColumn).data().toString(), QStringLiteral("JNUOID-a"));
        // The worker answers in order: one more search is answered after any stale answer could be.
        QVERIFY(refreshed(model));
        QCOMPARE(finished.size(), 2);
        QCOMPARE(model.rowCount(), 1);
    }

    void rows_areReadAPageAtATime_andCountedExactly()
    {
        const int records = 2 * HistoryModel::PageSize + 50;
        fastWrites();
        QList<qint64> ids;
        for (int i = 0; i < records; ++i) {
            m_now = m_now.addSecs(1);
            ids.prepend(*m_journal->recordSending(Context,
                makeRequest(ChangeType::Activate,
                    {QStringLiteral("+1201%1").arg(i, 7, 10, QLatin1Char('0')),
                        QStringLiteral("+1312%1").arg(i, 7, 10, QLatin1Char('0'))})));
        }
        HistoryModel model(m_journal.get());
        QVERIFY(refreshed(model));
        QCOMPARE(model.rowCount(), records); // every record, no "newest N" cap
        QCOMPARE(model.pagesRead(), 0); // nothing read before a row is asked for
        QCOMPARE(model.index(0, 0).data(HistoryModel::JournalIdRole).toLongLong(), ids.first()); // no read
        QCOMPARE(model.pagesRead(), 0);
        QCOMPARE(model.index(0, HistoryModel::NumbersColumn).data().toString(),
            QStringLiteral("+12010000249, +13120000249"));
        QCOMPARE(model.pagesRead(), 1);
        QCOMPARE(model.entryAt(HistoryModel::PageSize - 1)->id, ids.at(HistoryModel::PageSize - 1));
        QCOMPARE(model.pagesRead(), 1); // same page
        QCOMPARE(model.entryAt(records - 1)->id, ids.last()); // the oldest
        QCOMPARE(model.entryAt(records - 1)->numbers.size(), 2);
        QCOMPARE(model.pagesRead(), 2);
        for (int row = 0; row < records; ++row)
            QCOMPARE(model.index(row, 0).data(HistoryModel::JournalIdRole).toLongLong(), ids.at(row));
        QCOMPARE(model.entryAt(HistoryModel::PageSize + 1)->id, ids.at(HistoryModel::PageSize + 1));
        QCOMPARE(model.pagesRead(), 3);
    }

    void pages_keptAreBounded_theOldestUsedGoFirst()
    {
        const int records = (HistoryModel::PagesKept + 1) * HistoryModel::PageSize;
        fastWrites();
        for (int i = 0; i < records; ++i) {
            m_now = m_now.addSecs(1);
            QVERIFY(m_journal->recordSending(Context,
                makeRequest(ChangeType::Park, {QStringLiteral("+1201%1").arg(i, 7, 10, QLatin1Char('0'))})));
        }
        HistoryModel model(m_journal.get());
        QVERIFY(refreshed(model));
        QCOMPARE(model.rowCount(), records);
        for (int page = 0; page <= HistoryModel::PagesKept; ++page)
            QVERIFY(model.entryAt(page * HistoryModel::PageSize));
        QCOMPARE(model.pagesRead(), HistoryModel::PagesKept + 1);
        // The last page read is still in memory; the first (least recently used) was let go.
        QVERIFY(model.entryAt(HistoryModel::PagesKept * HistoryModel::PageSize + 1));
        QCOMPARE(model.pagesRead(), HistoryModel::PagesKept + 1);
        QVERIFY(model.entryAt(1));
        QCOMPARE(model.pagesRead(), HistoryModel::PagesKept + 2);
    }
};

QTEST_GUILESS_MAIN(HistoryModelTest)
#include "tst_historymodel.moc"
