// The history window on real widgets: search by a number in any format, by OrderId and by change
// type; CSV export of the rows shown through the file dialog; opening an entry shows its numbers with
// their QR codes re-loaded from the sandbox, a clear per-number message when the sandbox no longer
// knows a QR code, and the error with its trace id for a request that failed.

#include "HistoryTestSupport.h"
#include "desk/ResultsModel.h"
#include "gui/form/DeskSettings.h"
#include "gui/history/HistoryEntryDialog.h"
#include "gui/history/HistoryWindow.h"
#include "i18n/AppTranslators.h"
#include "journal/HistoryCsv.h"
#include "journal/HistoryModel.h"
#include "journal/JournaledSubmission.h"
#include "network/ApiClient.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUuid>

using namespace nd;
using historytest::Journal;

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
    QCOMPARE(window.model()->rowCount(), 3);
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
    combo->setCurrentIndex(combo->findData(int(ChangeType::Cancel)));
    QCOMPARE(window.model()->rowCount(), 1);
    QCOMPARE(window.model()->entries().first().changeType, ChangeType::Cancel);
    combo->setCurrentIndex(0);
    QCOMPARE(window.model()->rowCount(), 3);
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
    QCOMPARE(bytes, HistoryCsv::toCsv(window.model()->entries()));
    QVERIFY(bytes.contains("JNUOID-aaaa-1111"));
    QVERIFY(bytes.contains("JNUOID-bbbb-2222"));
    QVERIFY(!bytes.contains("TNOID-cccc-3333")); // not shown, not exported
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
    QCOMPARE(window.model()->rowCount(), 1);
    HistoryEntryDialog *dialog = window.openRow(0);
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
    HistoryEntryDialog *dialog = window.openRow(0);
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
    HistoryEntryDialog *dialog = window.openRow(0);
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
    QCOMPARE(window.model()->rowCount(), 1);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
        spanish("nd::HistoryWindow", "%Ln order(s) shown", 1));
}

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
