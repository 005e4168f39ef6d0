// The startup dialog for requests interrupted in flight: a journal whose 'sending' record belongs to
// a run that has ended reports it as outcome unknown; the dialog lists it with its change type, time,
// profile and numbers, explains why it cannot be looked up without an OrderId, records a finding by
// hand, looks an order up when its OrderId is known, and never offers to resend.

#include "../../support/DeskSandbox.h"
#include "HistoryTestSupport.h"
#include "gui/history/InterruptedRequestsDialog.h"
#include "network/ApiClient.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace nd;

class TestInterruptedRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void previousRunsSendingRecord_isListedAsOutcomeUnknown();
    void noOrderId_lookupDisabledAndExplained_andNoResendAnywhere();
    void checkTheNumbers_recordsTheFinding();
    void knownOrderId_lookUp_resolvesWithTheServersOrder();
    void knownOrderId_sentUnderAnotherAccount_isNotLookedUpWithTheActiveOne_data();
    void knownOrderId_sentUnderAnotherAccount_isNotLookedUpWithTheActiveOne();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrderJournal> m_journal; // the "next start"
    QList<JournalEntry> m_interrupted;
};

void TestInterruptedRequests::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    {
        // A previous run records a request and dies before the answer (its run lock goes with it).
        JournalOpenResult previous = OrderJournal::open(path());
        QVERIFY(previous.journal);
        QVERIFY(previous.journal->recordSending(historytest::context(QStringLiteral("Acme production")),
            historytest::request(
                ChangeType::SwapSim, {QStringLiteral("+12016093801"), QStringLiteral("+12016093802")})));
    }
    JournalOpenResult next = OrderJournal::open(path());
    m_journal = std::move(next.journal);
    QVERIFY(m_journal);
    m_interrupted = m_journal->markInterruptedAsOutcomeUnknown();
}

void TestInterruptedRequests::cleanup()
{
    m_interrupted.clear();
    m_journal.reset();
    m_dir.reset();
}

void TestInterruptedRequests::previousRunsSendingRecord_isListedAsOutcomeUnknown()
{
    QCOMPARE(m_interrupted.size(), 1);
    InterruptedRequestsDialog dialog(m_interrupted, m_journal.get(), nullptr);
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("recordsList"));
    QCOMPARE(list->count(), 1);
    const QString line = list->item(0)->text();
    QVERIFY2(line.contains(QLatin1String("Swap SIM")) && line.contains(QLatin1String("Outcome unknown"))
            && line.contains(QLatin1String("Acme production")),
        qPrintable(line));
    const QString details = dialog.findChild<QTextBrowser *>(QStringLiteral("detailsView"))->toPlainText();
    for (const char *expected :
        {"+12016093801", "+12016093802", "Acme production", "Swap SIM", "none received"})
        QVERIFY2(details.contains(QLatin1String(expected)), expected);
}

void TestInterruptedRequests::noOrderId_lookupDisabledAndExplained_andNoResendAnywhere()
{
    ApiClient client; // even with a client, there is nothing to look up
    InterruptedRequestsDialog dialog(m_interrupted, m_journal.get(), &client);
    dialog.show();
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("lookUpButton"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("actionNote"))
                ->text()
                .contains(QLatin1String("No OrderId")));
    const QList<QAbstractButton *> buttons = dialog.findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        QVERIFY2(
            !button->text().contains(QLatin1String("send"), Qt::CaseInsensitive), qPrintable(button->text()));
        QVERIFY(!button->text().contains(QLatin1String("retry"), Qt::CaseInsensitive));
    }
}

void TestInterruptedRequests::checkTheNumbers_recordsTheFinding()
{
    InterruptedRequestsDialog dialog(m_interrupted, m_journal.get(), nullptr);
    dialog.show();
    auto *group = dialog.findChild<QGroupBox *>(QStringLiteral("checkGroup"));
    QVERIFY(group->isHidden());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("checkNumbersButton")), Qt::LeftButton);
    QVERIFY(group->isVisible());
    auto *mark = dialog.findChild<QPushButton *>(QStringLiteral("markCheckedButton"));
    QVERIFY(!mark->isEnabled()); // a finding is needed
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("findingEdit")),
        QStringLiteral("Both SIMs swapped (portal, 10:32)"));
    QSignalSpy settled(&dialog, &InterruptedRequestsDialog::recordSettled);
    QTest::mouseClick(mark, Qt::LeftButton);
    QCOMPARE(settled.size(), 1);

    const std::optional<JournalEntry> entry = m_journal->entry(m_interrupted.first().id);
    QCOMPARE(entry->state, JournalState::Resolved);
    QVERIFY(entry->resolution.contains(QLatin1String("Both SIMs swapped")));
    QVERIFY(m_journal->unresolved().isEmpty());
    QVERIFY(dialog.findChild<QListWidget *>(QStringLiteral("recordsList"))
                ->item(0)
                ->text()
                .contains(QLatin1String("Checked: Both SIMs swapped")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("checkNumbersButton"))->isEnabled());
}

void TestInterruptedRequests::knownOrderId_lookUp_resolvesWithTheServersOrder()
{
    // An order the sandbox knows, whose answer was lost: the record knows the OrderId (rare, but then
    // the order can be looked up).
    DeskSandbox desk; // the order is the sandbox's own, sent by a real client
    QVERIFY(desk.started);
    const std::optional<Order> order
        = desk.submit(ChangeType::Activate, {QStringLiteral("+12016093851")}).order;
    QVERIFY(order);
    const QString orderId = order->orderId;

    QList<JournalEntry> records = m_interrupted;
    records.first().orderId = orderId;
    records.first().context.baseUrl = desk.server->baseUrl(); // sent with the account that is active now
    records.first().context.accountKey = desk.server->options().accountKey;
    InterruptedRequestsDialog dialog(records, m_journal.get(), desk.client.get());
    dialog.show();
    auto *lookUp = dialog.findChild<QPushButton *>(QStringLiteral("lookUpButton"));
    QVERIFY(lookUp->isEnabled());
    QSignalSpy finished(&dialog, &InterruptedRequestsDialog::lookupFinished);
    QTest::mouseClick(lookUp, Qt::LeftButton);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toBool(), true);
    const std::optional<JournalEntry> entry = m_journal->entry(records.first().id);
    QCOMPARE(entry->orderId, orderId);
    QVERIFY(!entry->needsChecking());
    QVERIFY(
        dialog.findChild<QListWidget *>(QStringLiteral("recordsList"))->item(0)->text().contains(orderId));
}

void TestInterruptedRequests::knownOrderId_sentUnderAnotherAccount_isNotLookedUpWithTheActiveOne_data()
{
    QTest::addColumn<bool>("sameServer"); // else: the same account key on another server
    QTest::newRow("other account, same server") << true;
    QTest::newRow("other server") << false;
}

void TestInterruptedRequests::knownOrderId_sentUnderAnotherAccount_isNotLookedUpWithTheActiveOne()
{
    QFETCH(bool, sameServer);
    DeskSandbox desk; // the order is the sandbox's own, sent by a real client
    QVERIFY(desk.started);
    const std::optional<Order> order
        = desk.submit(ChangeType::Activate, {QStringLiteral("+12016093852")}).order;
    QVERIFY(order);

    // The record knows an OrderId the active account also has, but it was sent under another account.
    QList<JournalEntry> records = m_interrupted;
    records.first().orderId = order->orderId;
    records.first().context.baseUrl
        = sameServer ? desk.server->baseUrl() : QUrl(QStringLiteral("https://api.example.com/v1.0"));
    records.first().context.accountKey
        = sameServer ? QStringLiteral("DID-OTHER") : desk.server->options().accountKey;
    InterruptedRequestsDialog dialog(records, m_journal.get(), desk.client.get());
    dialog.show();
    auto *lookUp = dialog.findChild<QPushButton *>(QStringLiteral("lookUpButton"));
    QVERIFY(!lookUp->isEnabled());
    const QString note = dialog.findChild<QLabel *>(QStringLiteral("actionNote"))->text();
    QVERIFY2(note.contains(QLatin1String("Switch to that account"))
            && note.contains(records.first().context.accountKey),
        qPrintable(note));

    const QString lookupPath = QStringLiteral("/v1.0/numbers/order");
    const int lookupsBefore = desk.server->requestCount(lookupPath);
    dialog.lookUpSelected(); // even when asked directly: nothing goes to the wrong account
    QCOMPARE(desk.server->requestCount(lookupPath), lookupsBefore);
    QVERIFY(m_journal->entry(records.first().id)->needsChecking());
}

QTEST_MAIN(TestInterruptedRequests)
#include "tst_interruptedrequests.moc"
