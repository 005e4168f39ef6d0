// The history window on real widgets: search by a number in any format, by OrderId and by change
// type; rows read as the view scrolls to them with an exact count; CSV export of every matching order
// through the file dialog, in the background with progress, Cancel (the button, or closing the window)
// leaving no file, and failures in a message; opening an entry shows its numbers with their QR codes
// re-loaded from the sandbox, a clear per-number message when the sandbox no longer knows a QR code,
// and the error with its trace id for a request that failed.

#include "HistoryTestSupport.h"
#include "desk/ResultsModel.h"
#include "gui/common/DeskSettings.h"
#include "HistoryEntryOpening.h"
#include "gui/results/HistoryEntryDialog.h"
#include "gui/history/HistoryWindow.h"
#include "i18n/AppTranslators.h"
#include "journal/HistoryCsv.h"
#include "journal/HistoryExport.h"
#include "journal/HistoryModel.h"
#include "journal/JournaledSubmission.h"
#include "network/ApiClient.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace nd;
using historytest::Journal;

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestHistoryWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void rows_newestFirst();
    void search_filtersRows_data();
    void search_filtersRows();
    void changeTypeFilter_filtersRows();
    void exportCsv_writesTheVisibleEntries();
    void rows_areReadAsTheViewScrolls_countIsExact();
    void exportCsv_writesEveryMatchingOrder_inBatches_withProgress();
    void exportCsv_cancelButton_leavesNoFile();
    void exportCsv_closingTheWindow_cancelsIt();
    void exportCsv_unwritablePath_showsTheError();
    void openRow_withoutAnOpener_opensNothing();
    void openEntry_showsItsNumbersWithQrCodesFromTheSandbox();
    void openEntry_qrUnknownToTheSandbox_showsPerNumberMessage();
    void openEntry_failedRequest_showsErrorAndTraceId();
    void numbersColumn_isReadableAtTheDefaultSize_andKeepsTheAgentsWidth();
    void languageChange_rewordsCountFiltersAndHeaders_keepingTheSearch();

private:
    static void fill(Journal &journal)
    {
        journal.answered(ChangeType::Activate, QStringLiteral("JNUOID-aaaa-1111"),
            {QStringLiteral("+12016093801"), QStringLiteral("+12016093802")});
        journal.answered(
            ChangeType::Cancel, QStringLiteral("JNUOID-bbbb-2222"), {QStringLiteral("+13125550100")});
        journal.answered(
            ChangeType::Park, QStringLiteral("TNOID-cccc-3333"), {QStringLiteral("+14155550123")});
    }
    // Many orders quickly: the journal's connection stops waiting for the disk at each commit (the
    // records are the same; a test has no power cut to fear). Newest is ORD-<count - 1>.
    static void fillMany(Journal &journal, int count)
    {
        for (const QString &name : QSqlDatabase::connectionNames())
            QSqlQuery(QSqlDatabase::database(name)).exec(QStringLiteral("PRAGMA synchronous=OFF"));
        for (int i = 0; i < count; ++i) {
            journal.answered(ChangeType::Activate, QStringLiteral("ORD-%1").arg(i, 4, 10, QLatin1Char('0')),
                {QStringLiteral("+1201555%1").arg(i, 4, 10, QLatin1Char('0'))});
        }
    }
    // Exports through the real button and file dialog.
    static void exportTo(HistoryWindow &window, const QString &path)
    {
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        auto *dialog = window.findChild<QFileDialog *>(QStringLiteral("exportFileDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, &QDialog::accept);
    }
    // Holds the export before its first batch until it is asked to stop, so a test can cancel it
    // mid-way every time (the wait is on the export's worker thread, not the test's).
    static void holdUntilCancelled(HistoryExport *exporter)
    {
        exporter->setBeforeBatch([exporter] {
            while (!exporter->isCancelRequested())
                QThread::msleep(1);
        });
    }
    static QListView *numbersView(HistoryEntryDialog *dialog)
    {
        return dialog->findChild<QListView *>(QStringLiteral("numbersView"));
    }
};

void TestHistoryWindow::numbersColumn_isReadableAtTheDefaultSize_andKeepsTheAgentsWidth()
{
    DeskSettings().saveHistoryColumns({}); // nothing saved: sized to content
    Journal journal;
    fill(journal);
    int agentsWidth = 0;
    {
        HistoryWindow window(journal.journal.get(), nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.model()->rowCount(), 3); // sized to the rows once they are in
        auto *view = window.findChild<QTableView *>(QStringLiteral("historyView"));
        QHeaderView *header = view->horizontalHeader();
        // Two numbers, as the first row shows them, fit without eliding ("mbe…" was the bug).
        const QModelIndex twoNumbers = window.model()->index(2, HistoryModel::NumbersColumn);
        const QString text = twoNumbers.data().toString();
        QVERIFY2(text.contains(QStringLiteral("+12016093802")), qPrintable(text));
        QVERIFY(header->sectionSize(HistoryModel::NumbersColumn)
            >= view->fontMetrics().horizontalAdvance(text) + 8);
        QVERIFY(header->sectionViewportPosition(HistoryModel::NumbersColumn)
                + header->sectionSize(HistoryModel::NumbersColumn)
            <= view->viewport()->width());
        agentsWidth = header->sectionSize(HistoryModel::NumbersColumn) + 57;
        header->resizeSection(HistoryModel::NumbersColumn, agentsWidth);
    }
    HistoryWindow again(journal.journal.get(), nullptr);
    again.show();
    auto *header = again.findChild<QTableView *>(QStringLiteral("historyView"))->horizontalHeader();
    QCOMPARE(header->sectionSize(HistoryModel::NumbersColumn), agentsWidth);
    DeskSettings().saveHistoryColumns({}); // nothing saved: sized to content
}

void TestHistoryWindow::rows_newestFirst()
{
    Journal journal;
    fill(journal);
    AppTranslators translators; // English plural forms come from numberdesk_en.ts
    QVERIFY(translators.apply(QStringLiteral("en")));
    HistoryWindow window(journal.journal.get(), nullptr);
    QAbstractItemModelTester tester(window.model());
    window.show();
    QTRY_COMPARE(window.model()->rowCount(), 3);
    QCOMPARE(window.model()->index(0, HistoryModel::OrderIdColumn).data().toString(),
        QStringLiteral("TNOID-cccc-3333"));
    QCOMPARE(
        window.findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("3 orders shown"));
}

void TestHistoryWindow::search_filtersRows_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("orderIds");
    QTest::newRow("number with punctuation")
        << QStringLiteral("(201) 609-3801") << QStringList {QStringLiteral("JNUOID-aaaa-1111")};
    QTest::newRow("number in E.164") << QStringLiteral("+1 312 555 0100")
                                     << QStringList {QStringLiteral("JNUOID-bbbb-2222")};
    QTest::newRow("part of a number")
        << QStringLiteral("609-38") << QStringList {QStringLiteral("JNUOID-aaaa-1111")};
    QTest::newRow("OrderId part, any case")
        << QStringLiteral("tnoid-CCCC") << QStringList {QStringLiteral("TNOID-cccc-3333")};
    QTest::newRow("unknown number") << QStringLiteral("999 999") << QStringList {};
    QTest::newRow("empty shows all") << QString()
                                     << QStringList {QStringLiteral("TNOID-cccc-3333"),
                                            QStringLiteral("JNUOID-bbbb-2222"),
                                            QStringLiteral("JNUOID-aaaa-1111")};
}

void TestHistoryWindow::search_filtersRows()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, orderIds);
    Journal journal;
    fill(journal);
    HistoryWindow window(journal.journal.get(), nullptr);
    window.show();
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("searchEdit")), typed);
    // Typing waits a moment before searching; wait for the result rather than for a fixed time.
    QTRY_COMPARE(window.model()->rowCount(), int(orderIds.size()));
    QStringList shown;
    for (int row = 0; row < window.model()->rowCount(); ++row)
        shown << window.model()->index(row, HistoryModel::OrderIdColumn).data().toString();
    QCOMPARE(shown, orderIds);
}

void TestHistoryWindow::changeTypeFilter_filtersRows()
{
    Journal journal;
    fill(journal);
    HistoryWindow window(journal.journal.get(), nullptr);
    window.show();
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("changeTypeCombo"));
    QTRY_COMPARE(window.model()->rowCount(), 3);
    combo->setCurrentIndex(combo->findData(int(ChangeType::Cancel)));
    QTRY_COMPARE(window.model()->rowCount(), 1);
    QCOMPARE(window.model()->entryAt(0)->changeType, ChangeType::Cancel);
    combo->setCurrentIndex(0);
    QTRY_COMPARE(window.model()->rowCount(), 3);
}

void TestHistoryWindow::exportCsv_writesTheVisibleEntries()
{
    Journal journal;
    fill(journal);
    HistoryWindow window(journal.journal.get(), nullptr);
    window.show();
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("searchEdit")), QStringLiteral("JNUOID"));
    QTRY_COMPARE(window.model()->rowCount(), 2);

    const QString path = journal.dir.filePath(QStringLiteral("export.csv"));
    QSignalSpy exported(&window, &HistoryWindow::exported);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    auto *dialog = window.findChild<QFileDialog *>(QStringLiteral("exportFileDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, &QDialog::accept);
    QTRY_COMPARE(exported.size(), 1);
#ifdef Q_OS_UNIX
    // Customers' numbers: for the file's owner only, whatever the umask.
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
#endif
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, HistoryCsv::toCsv({*window.model()->entryAt(0), *window.model()->entryAt(1)}));
    QVERIFY(bytes.contains("JNUOID-aaaa-1111"));
    QVERIFY(bytes.contains("JNUOID-bbbb-2222"));
    QVERIFY(!bytes.contains("TNOID-cccc-3333")); // not shown, not exported
}

void TestHistoryWindow::rows_areReadAsTheViewScrolls_countIsExact()
{
    Journal journal;
    const int orders = 2 * HistoryModel::PageSize + 50;
    fillMany(journal, orders);
    AppTranslators translators; // English plural forms come from numberdesk_en.ts
    QVERIFY(translators.apply(QStringLiteral("en")));
    HistoryWindow window(journal.journal.get(), nullptr);
    window.resize(1000, 560);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
    QTRY_COMPARE(count->text(), QStringLiteral("250 orders shown")); // all of them, counted exactly
    QCOMPARE(window.model()->rowCount(), orders);
    auto *view = window.findChild<QTableView *>(QStringLiteral("historyView"));
    QVERIFY(view->rowAt(view->viewport()->height() - 1) < HistoryModel::PageSize); // less than a page shows
    view->viewport()->repaint();
    QCOMPARE(window.model()->pagesRead(), 1); // only what the view shows was read: the first page

    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    view->viewport()->repaint();
    QCOMPARE(window.model()->pagesRead(), 2); // the last page, none between
    QCOMPARE(view->indexAt(QPoint(1, view->viewport()->height() - 2))
                 .siblingAtColumn(HistoryModel::OrderIdColumn)
                 .data()
                 .toString(),
        QStringLiteral("ORD-0000"));
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    view->viewport()->repaint();
    QCOMPARE(window.model()->pagesRead(), 3);
}

void TestHistoryWindow::exportCsv_writesEveryMatchingOrder_inBatches_withProgress()
{
    Journal journal;
    const int orders = 2 * HistoryModel::PageSize + 50;
    fillMany(journal, orders);
    journal.answered(ChangeType::Cancel, QStringLiteral("TNOID-other"), {QStringLiteral("+13125550100")});
    HistoryWindow window(journal.journal.get(), nullptr);
    window.show();
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("changeTypeCombo"));
    combo->setCurrentIndex(combo->findData(int(ChangeType::Activate)));
    QTRY_COMPARE(window.model()->rowCount(), orders);
    auto *exporter = window.findChild<HistoryExport *>();
    QVERIFY(exporter);
    exporter->setBatchSize(100);
    QSignalSpy progress(exporter, &HistoryExport::progress);
    QSignalSpy exported(&window, &HistoryWindow::exported);
    auto *bar = window.findChild<QProgressBar *>(QStringLiteral("exportProgress"));
    QVERIFY(!bar->isVisible());

    const QString path = journal.dir.filePath(QStringLiteral("all.csv"));
    exportTo(window, path);
    QVERIFY(bar->isVisible()); // at once, while the worker counts
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("cancelExportButton"))->isVisible());
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    QTRY_COMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).at(0).toString(), path);
    QVERIFY(!bar->isVisible());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());

    // Reported before the first batch and after each of the three.
    QCOMPARE(progress.size(), 4);
    QCOMPARE(progress.at(0), (QVariantList {0, orders}));
    QCOMPARE(progress.at(1), (QVariantList {100, orders}));
    QCOMPARE(progress.at(3), (QVariantList {orders, orders}));

    // Every order the filter matches, not only the rows read so far; what the journal holds, newest first.
    HistoryQuery query = window.model()->query();
    query.limit = 0; // all
    const QList<JournalEntry> matching = journal.journal->search(query);
    QCOMPARE(matching.size(), orders);
    const QByteArray bytes = fileBytes(path);
    QCOMPARE(bytes, HistoryCsv::toCsv(matching));
    QCOMPARE(bytes.count("\r\n"), orders + 1);
    QVERIFY(!bytes.contains("TNOID-other"));
}

void TestHistoryWindow::exportCsv_cancelButton_leavesNoFile()
{
    Journal journal;
    fill(journal);
    HistoryWindow window(journal.journal.get(), nullptr);
    window.show();
    QTRY_COMPARE(window.model()->rowCount(), 3);
    auto *exporter = window.findChild<HistoryExport *>();
    holdUntilCancelled(exporter);
    QSignalSpy cancelled(&window, &HistoryWindow::exportCancelled);
    QSignalSpy exported(&window, &HistoryWindow::exported);
    const QString path = journal.dir.filePath(QStringLiteral("cancelled.csv"));
    exportTo(window, path);
    auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelExportButton"));
    QTRY_VERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(cancelled.size(), 1);
    QCOMPARE(exported.size(), 0);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(journal.dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden),
        QStringList()); // no temporary file left behind either
    QVERIFY(!cancel->isVisible());
    QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("exportProgress"))->isVisible());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("exportFailedBox"))); // cancelling is no failure

    // The next export works.
    exporter->setBeforeBatch({});
    exportTo(window, path);
    QTRY_COMPARE(exported.size(), 1);
    QVERIFY(QFile::exists(path));
}

void TestHistoryWindow::exportCsv_closingTheWindow_cancelsIt()
{
    Journal journal;
    fill(journal);
    // As the desk opens it: deleted when closed, which waits for the export to stop.
    QPointer<HistoryWindow> window = new HistoryWindow(journal.journal.get(), nullptr);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    QTRY_COMPARE(window->model()->rowCount(), 3);
    auto *exporter = window->findChild<HistoryExport *>();
    holdUntilCancelled(exporter);
    QSignalSpy progress(exporter, &HistoryExport::progress);
    const QString path = journal.dir.filePath(QStringLiteral("closed.csv"));
    exportTo(*window, path);
    QTRY_COMPARE(progress.size(), 1); // counted, now held before its first batch
    QVERIFY(window->close());
    QTRY_VERIFY(!window);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(journal.dir.path()).entryList({QStringLiteral("closed*")}, QDir::Files | QDir::Hidden),
        QStringList());
}

void TestHistoryWindow::exportCsv_unwritablePath_showsTheError()
{
    Journal journal;
    fill(journal);
    HistoryWindow window(journal.journal.get(), nullptr);
    window.show();
    QTRY_COMPARE(window.model()->rowCount(), 3);
    QSignalSpy failed(&window, &HistoryWindow::exportFailed);
    const QString path = journal.dir.filePath(QStringLiteral("no-such-folder/history.csv"));
    QVERIFY(window.startExport(path)); // the file dialog would not offer a missing folder
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QMessageBox *box = nullptr;
    QTRY_VERIFY(
        (box = window.findChild<QMessageBox *>(QStringLiteral("exportFailedBox"))) && box->isVisible());
    QVERIFY(box->text().contains(QDir::toNativeSeparators(path)));
    QVERIFY(!QFile::exists(path));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
}

// The history window does not make the results dialog itself: without the app's opener a row opens nothing.
void TestHistoryWindow::openRow_withoutAnOpener_opensNothing()
{
    Journal journal;
    const qint64 id = *journal.journal->recordSending(
        historytest::context(), historytest::request(ChangeType::Swap, {QStringLiteral("+12016093870")}));
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 422;
    error.title = QStringLiteral("Number not eligible");
    QVERIFY(journal.journal->recordFailure(id, error));
    HistoryWindow window(journal.journal.get(), nullptr);
    window.show();
    QTRY_COMPARE(window.model()->rowCount(), 1);
    QCOMPARE(window.openRow(0), nullptr);
    QVERIFY(!window.findChild<QDialog *>());
    QVERIFY(historytest::openEntry(window, 0));
    QCOMPARE(window.openRow(5), nullptr); // no such row
}

void TestHistoryWindow::openEntry_showsItsNumbersWithQrCodesFromTheSandbox()
{
    sandbox::SandboxServer server;
    QVERIFY(server.start(0));
    ApiClient client;
    client.setBaseUrl(server.baseUrl());
    client.setCredentials({server.options().accountKey, server.options().accountSecret});
    Journal journal;
    JournaledSubmission submission(&client, journal.journal.get());
    QSignalSpy received(&submission, &JournaledSubmission::orderReceived);
    const JournaledSend sent = submission.submit(submission.contextFor(QStringLiteral("Sandbox")),
        historytest::request(
            ChangeType::Activate, {QStringLiteral("+12016093811"), QStringLiteral("+12016093812")}));
    QVERIFY2(sent.wasSent(), qPrintable(sent.refusal));
    QVERIFY(received.wait());

    HistoryWindow window(journal.journal.get(), &client);
    window.show();
    QTRY_COMPARE(window.model()->rowCount(), 1);
    HistoryEntryDialog *dialog = historytest::openEntry(window, 0);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QAbstractItemModel *numbers = numbersView(dialog)->model();
    QCOMPARE(numbers->rowCount(), 2);
    QCOMPARE(numbers->index(0, 0).data(ResultsModel::NumberRole).toString(), QStringLiteral("+12016093811"));
    for (int row = 0; row < 2; ++row) {
        QTRY_COMPARE(ResultsModel::QrState(numbers->index(row, 0).data(ResultsModel::QrStateRole).toInt()),
            ResultsModel::QrState::Loaded);
    }
}

void TestHistoryWindow::openEntry_qrUnknownToTheSandbox_showsPerNumberMessage()
{
    // A fresh sandbox has issued no QR codes: every QR URL the journal holds is gone (404), as after expiry.
    sandbox::SandboxServer fresh;
    QVERIFY(fresh.start(0));
    const auto qrUrl = [&fresh] {
        QUrl url = fresh.baseUrl();
        url.setPath(QStringLiteral("/sandbox-qr/") + QUuid::createUuid().toString(QUuid::WithoutBraces)
            + QStringLiteral(".png"));
        return url;
    };
    Journal journal;
    journal.answered(ChangeType::Activate, QStringLiteral("JNUOID-old-1"),
        {QStringLiteral("+12016093821"), QStringLiteral("+12016093822")}, {qrUrl(), qrUrl()});
    HistoryWindow window(journal.journal.get(), nullptr);
    window.show();
    QTRY_COMPARE(window.model()->rowCount(), 1);
    HistoryEntryDialog *dialog = historytest::openEntry(window, 0);
    QAbstractItemModel *numbers = numbersView(dialog)->model();
    QCOMPARE(numbers->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = numbers->index(row, 0);
        QTRY_COMPARE(ResultsModel::QrState(index.data(ResultsModel::QrStateRole).toInt()),
            ResultsModel::QrState::Failed);
        const QString message = index.data(ResultsModel::QrErrorRole).toString();
        QVERIFY2(message.contains(QLatin1String("404")) && message.contains(QLatin1String("expired")),
            qPrintable(message));
    }
    QCOMPARE(numbers->index(1, 0).data(ResultsModel::NumberRole).toString(), QStringLiteral("+12016093822"));
}

void TestHistoryWindow::openEntry_failedRequest_showsErrorAndTraceId()
{
    Journal journal;
    const qint64 id = *journal.journal->recordSending(
        historytest::context(), historytest::request(ChangeType::Swap, {QStringLiteral("+12016093831")}));
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 422;
    error.title = QStringLiteral("Number not eligible");
    error.message = QStringLiteral("The number is not active on this account.");
    error.traceId = QStringLiteral("trace-7c1e-42");
    QVERIFY(journal.journal->recordFailure(id, error));

    HistoryWindow window(journal.journal.get(), nullptr);
    window.show();
    QTRY_COMPARE(window.model()->rowCount(), 1);
    HistoryEntryDialog *dialog = historytest::openEntry(window, 0);
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(QLatin1String("Number not eligible")), qPrintable(summary));
    QVERIFY(summary.contains(QLatin1String("trace-7c1e-42")));
    QVERIFY(summary.contains(QLatin1String("+12016093831"))); // the numbers, since no results view lists them
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("errorBox"))->isVisible());
}

void TestHistoryWindow::languageChange_rewordsCountFiltersAndHeaders_keepingTheSearch()
{
    Journal journal;
    fill(journal);
    AppTranslators translators;
    QVERIFY(translators.apply(QStringLiteral("en")));
    HistoryWindow window(journal.journal.get(), nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("changeTypeCombo"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // Activate
    QTRY_COMPARE(window.model()->rowCount(), 1);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("201-609"));

    QVERIFY(translators.apply(QStringLiteral("es")));
    const auto spanish = [](const char *context, const char *source, int n = -1) {
        return QCoreApplication::translate(context, source, nullptr, n);
    };
    QTRY_COMPARE(window.windowTitle(), spanish("HistoryWindow", "History"));
    QVERIFY(window.windowTitle() != QStringLiteral("History"));
    QCOMPARE(combo->itemText(0), spanish("nd::HistoryWindow", "All changes"));
    QVERIFY(combo->itemText(0) != QStringLiteral("All changes"));
    QCOMPARE(combo->currentText(), changeTypeTitle(ChangeType::Activate));
    QCOMPARE(combo->currentData().toInt(), int(ChangeType::Activate));
    QCOMPARE(search->text(), QStringLiteral("201-609"));
    const QString header = window.model()->headerData(HistoryModel::NumbersColumn, Qt::Horizontal).toString();
    QCOMPARE(header, spanish("nd::HistoryModel", "Numbers"));
    QVERIFY(header != QStringLiteral("Numbers"));
    QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
        spanish("nd::HistoryWindow", "%Ln order(s) shown", 1));
    QCOMPARE(window.model()->rowCount(), 1);
}

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
