// The main window against the in-process sandbox with a real ApiClient: confirmation before
// destructive changes (nothing sent on "Don't send"), past-date confirmation, server field errors
// landing on the right row with the typed data kept, no double send while in flight, abandoning,
// New request, the sandbox banner and what is remembered.

#include "../accounts/WindowAccounts.h"
#include "FormDriver.h"
#include "desk/NumberRowsModel.h"
#include "desk/ResultsModel.h"
#include "gui/MainWindow.h"
#include "gui/form/ConfirmChangeDialog.h"
#include "gui/common/UserPrompts.h"
#include "gui/history/DeskJournal.h"
#include "gui/results/ResultsPanel.h"
#include "journal/HistoryModel.h"
#include "journal/OrderJournal.h"
#include "network/ApiClient.h"
#include "sandbox/SandboxMagic.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxServer.h"
#include "session/StatusChangeSession.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <memory>

using namespace nd;
using nd::test::FormDriver;

namespace {
const QString StatusPath = QStringLiteral("/v1.0/numbers/status");
const QString NumberA = QStringLiteral("+12016093801");
const QString NumberB = QStringLiteral("+12016093802");
} // namespace

class TestDeskFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void banner_saysSandboxUnmistakably();
    void destructive_dontSend_sendsNothing_data();
    void destructive_dontSend_sendsNothing();
    void destructive_send_sendsOnce_data();
    void destructive_send_sendsOnce();
    void activate_sendsWithoutAsking_viaCtrlEnter();
    void pastDate_needsConfirmation();
    void bigOrder_pastedConfirmedSentAndRecordedWhole();
    void serverFieldError_landsOnTheRightRow_andFormKeepsTypedData();
    void serverFieldError_mapsThroughSkippedDuplicates();
    void serverTextThatLooksLikeHtml_showsAsTextEverywhere();
    void inFlight_noDoubleSend_andAbandonWorks();
    void newRequest_asksBeforeEmptying();
    void settings_rememberChangeType_neverTheSecret();

private:
    void fill(ChangeType type, const QStringList &numbers);
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    ConfirmChangeDialog *openConfirmation() const;

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<accountstest::Accounts> m_accounts;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_journalDir;
    std::unique_ptr<FormDriver> m_driver;
};

void TestDeskFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deskflow"));
}

void TestDeskFlow::init()
{
    QSettings().clear();
    UserPrompts::clearNextAnswers();
    UserPrompts::clearAskedPrompts();
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_sandbox->start(0));
    m_client = std::make_unique<ApiClient>();
    m_window = std::make_unique<MainWindow>(m_client.get());
    QVERIFY(m_journalDir.isValid());
    m_window->openJournal(m_journalDir.filePath(QStringLiteral("journal.sqlite"))); // nothing is sent without
    m_accounts = std::make_unique<accountstest::Accounts>();
    QVERIFY(accountstest::connectToSandbox(*m_accounts, *m_window, *m_sandbox));
    m_driver = std::make_unique<FormDriver>(m_window->form());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDeskFlow::cleanup()
{
    m_driver.reset();
    m_window.reset();
    m_client.reset();
    m_accounts.reset();
    m_sandbox.reset();
}

void TestDeskFlow::fill(ChangeType type, const QStringList &numbers)
{
    m_driver->chooseChangeType(type);
    m_driver->pasteNumbers(numbers);
}

ConfirmChangeDialog *TestDeskFlow::openConfirmation() const
{
    ConfirmChangeDialog *dialog = nullptr;
    // open(), not exec(): the dialog appears without blocking, so the test can answer it.
    [&] { QTRY_VERIFY((dialog = m_window->findChild<ConfirmChangeDialog *>()) && dialog->isVisible()); }();
    return dialog;
}

void TestDeskFlow::banner_saysSandboxUnmistakably()
{
    auto *banner = nd::test::widget<QLabel>(m_window.get(), "connectionBanner");
    QCOMPARE(banner->property("connectionKind").toString(), QStringLiteral("sandbox"));
    QVERIFY(banner->text().startsWith(QLatin1String("SANDBOX")));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("SANDBOX")));

    QVERIFY(accountstest::switchToAccount(*m_accounts, *m_window, QStringLiteral("Production"),
        QUrl(QStringLiteral("https://api.telegent.com/v1.0")),
        {QStringLiteral("DID-1234"), QStringLiteral("s3cret")}));
    QCOMPARE(banner->property("connectionKind").toString(), QStringLiteral("production"));
    QVERIFY(banner->text().contains(QLatin1String("DID-1234")));
    QVERIFY(banner->text().contains(QLatin1String("api.telegent.com")));
    QVERIFY(!banner->text().contains(QLatin1String("s3cret")));
}

void TestDeskFlow::destructive_dontSend_sendsNothing_data()
{
    QTest::addColumn<int>("type");
    for (const ChangeTypeRule &rule : changeTypeRules()) {
        if (rule.destructive)
            QTest::newRow(rule.wireName) << int(rule.type);
    }
}

void TestDeskFlow::destructive_dontSend_sendsNothing()
{
    QFETCH(int, type);
    fill(ChangeType(type), {NumberA, NumberB});
    QTest::mouseClick(m_driver->submitButton(), Qt::LeftButton);
    ConfirmChangeDialog *dialog = openConfirmation();
    QVERIFY(dialog);
    QVERIFY(dialog->dontSendButton()->isDefault());
    QTest::mouseClick(dialog->dontSendButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ConfirmChangeDialog *>());
    QCOMPARE(m_sandbox->requestCount(StatusPath), 0);
    QVERIFY(!m_window->session()->isInFlight());
    QVERIFY(m_driver->submitButton()->isEnabled()); // may try again
}

void TestDeskFlow::destructive_send_sendsOnce_data()
{
    destructive_dontSend_sendsNothing_data();
}

void TestDeskFlow::destructive_send_sendsOnce()
{
    QFETCH(int, type);
    m_sandbox->setNumberState(NumberA, QStringLiteral("active"));
    QSignalSpy orders(m_window->session(), &StatusChangeSession::orderReceived);
    fill(ChangeType(type), {NumberA});
    QTest::mouseClick(m_driver->submitButton(), Qt::LeftButton);
    ConfirmChangeDialog *dialog = openConfirmation();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(orders.wait());
    QCOMPARE(m_sandbox->requestCount(StatusPath), 1);
    QCOMPARE(orders.first().first().value<Order>().changeType.toLower(), wireName(ChangeType(type)));
}

void TestDeskFlow::activate_sendsWithoutAsking_viaCtrlEnter()
{
    QSignalSpy orders(m_window->session(), &StatusChangeSession::orderReceived);
    fill(ChangeType::Activate, {NumberA});
    QVERIFY(action("actionSubmit")->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(orders.wait());
    QVERIFY(UserPrompts::askedPrompts().isEmpty());
    QCOMPARE(m_sandbox->requestCount(StatusPath), 1);
}

void TestDeskFlow::pastDate_needsConfirmation()
{
    fill(ChangeType::Activate, {NumberA});
    m_driver->effectiveDateEdit()->setDate(QDate::currentDate().addDays(-2));

    // Preset "no": nothing is shown and nothing is sent.
    UserPrompts::setNextAnswer(UserPrompts::Answer::Reject);
    QTest::mouseClick(m_driver->submitButton(), Qt::LeftButton);
    QCOMPARE(UserPrompts::askedPrompts(), QStringList {QStringLiteral("confirmChangeDialog")});
    QCOMPARE(m_sandbox->requestCount(StatusPath), 0);

    // The real dialog: Send stays disabled until the past date is ticked.
    QSignalSpy orders(m_window->session(), &StatusChangeSession::orderReceived);
    QTest::mouseClick(m_driver->submitButton(), Qt::LeftButton);
    ConfirmChangeDialog *dialog = openConfirmation();
    QVERIFY(dialog);
    QVERIFY(!dialog->sendButton()->isEnabled());
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("pastDateCheck")), Qt::LeftButton);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(orders.wait());
    QCOMPARE(m_sandbox->requestCount(StatusPath), 1);
}

void TestDeskFlow::bigOrder_pastedConfirmedSentAndRecordedWhole()
{
    // A big order the way an agent makes one: a pasted column, the confirmation listing every number,
    // one request, every number shown and kept in one journal record with its QR code.
    constexpr int Count = 2000;
    QStringList numbers;
    for (int i = 0; i < Count; ++i)
        numbers << QStringLiteral("(201) 630-%1").arg(i, 4, 10, QLatin1Char('0'));
    m_driver->chooseChangeType(ChangeType::Activate);
    m_driver->effectiveDateEdit()->setDate(QDate::currentDate().addDays(-1)); // so the desk asks first
    m_driver->pasteNumbers(numbers);
    QCOMPARE(m_driver->model()->rowCount(), Count + 1); // and the blank row to type into
    QCOMPARE(m_driver->label("numbersCountLabel")->text(),
        QStringLiteral("Numbers to send: %1").arg(QLocale().toString(Count)));

    QSignalSpy orders(m_window->session(), &StatusChangeSession::orderReceived);
    QTest::mouseClick(m_driver->submitButton(), Qt::LeftButton);
    ConfirmChangeDialog *dialog = openConfirmation();
    QVERIFY(dialog);
    auto *listed = dialog->findChild<QListWidget *>(QStringLiteral("numbersList"));
    QVERIFY(listed);
    QCOMPARE(listed->count(), Count);
    QCOMPARE(listed->item(0)->text(), QStringLiteral("+12016300000"));
    QCOMPARE(listed->item(Count - 1)->text(), QStringLiteral("+12016301999"));
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("pastDateCheck")), Qt::LeftButton);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(orders.wait(60000));
    QCOMPARE(m_sandbox->requestCount(StatusPath), 1);
    QCOMPARE(orders.first().first().value<Order>().numbers.size(), Count);
    QCOMPARE(m_window->results()->findChild<ResultsModel *>()->rowCount(), Count);

    const QList<JournalEntry> recorded = m_window->deskJournal()->journal()->search({}); // newest first
    QVERIFY(!recorded.isEmpty());
    const JournalEntry &entry = recorded.first();
    QCOMPARE(entry.state, JournalState::Answered);
    QCOMPARE(entry.numbers.size(), Count);
    for (int i = 0; i < Count; ++i) {
        const QString sent = QStringLiteral("+1201630%1").arg(i, 4, 10, QLatin1Char('0'));
        QCOMPARE(entry.numbers.at(i).requestedNumber, sent);
        QCOMPARE(entry.numbers.at(i).returnedNumber, sent);
        QVERIFY(entry.numbers.at(i).qrCodeUrl.isValid());
    }
}

void TestDeskFlow::serverTextThatLooksLikeHtml_showsAsTextEverywhere()
{
    // A 422 whose words are markup: an image to fetch and a link to click, if anything rendered them.
    const QString image = QStringLiteral("<img src=\"http://127.0.0.1:9/pixel.png\">");
    const QString link = QStringLiteral("<a href=\"https://evil.example/\">call this number</a>");
    QJsonObject errors;
    errors.insert(
        QStringLiteral("$.PhoneNumbers[1].Number"), QJsonArray {QString(link + QStringLiteral(" now"))});
    const QJsonObject problem {
        {QStringLiteral("Type"), QStringLiteral("https://tools.ietf.org/html/rfc4918#section-11.2")},
        {QStringLiteral("Title"), QStringLiteral("<b>Unprocessable</b> Entity")},
        {QStringLiteral("Status"), 422},
        {QStringLiteral("Detail"), QString(image + QStringLiteral(" Number is parked. ") + link)},
        {QStringLiteral("Errors"), errors}, {QStringLiteral("TraceId"), QStringLiteral("00-html-0001-00")}};
    sandbox::SandboxReply reply = sandbox::SandboxReply::json(422, problem);
    reply.contentType = QByteArrayLiteral("application/problem+json");
    m_sandbox->answerNextRequestWith(QStringLiteral("/v1.0/numbers/status"), reply);

    QSignalSpy failures(m_window->session(), &StatusChangeSession::failed);
    fill(ChangeType::Activate, {QStringLiteral("(201) 609-3801"), QStringLiteral("(201) 609-3802")});
    QTest::mouseClick(m_driver->submitButton(), Qt::LeftButton);
    QVERIFY(failures.wait());

    // Every label that shows the server's words shows them as characters.
    bool sawDetail = false;
    const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->text().contains(QLatin1String("<a href"))
            && !label->text().contains(QLatin1String("<img"))
            && !label->text().contains(QLatin1String("<b>")))
            continue;
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        sawDetail = sawDetail || label->text().contains(image);
    }
    QVERIFY(sawDetail);

    // The row's tool tip: whatever Qt makes of it, the reader sees the markup as text.
    const QModelIndex check = m_window->form()->numbersModel()->index(1, NumberRowsModel::CheckColumn);
    const QString tip = check.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("call this number")), qPrintable(tip));
    QTextDocument shown;
    if (Qt::mightBeRichText(tip))
        shown.setHtml(tip);
    else
        shown.setPlainText(tip);
    QVERIFY2(shown.toPlainText().contains(link), qPrintable(shown.toPlainText()));

    // And the same in the history's outcome column.
    auto *journal = m_window->deskJournal()->journal();
    QTRY_COMPARE(journal->search({}).value(0).state, JournalState::Failed);
    HistoryModel history(journal);
    QSignalSpy searched(&history, &HistoryModel::searchFinished); // History searches on a worker thread
    history.setQuery({});
    QVERIFY(searched.wait());
    QCOMPARE(
        history.index(0, 0).data(HistoryModel::JournalIdRole).toLongLong(), journal->search({}).value(0).id);
    const QString outcomeTip = history.index(0, HistoryModel::OutcomeColumn).data(Qt::ToolTipRole).toString();
    QTextDocument outcome;
    outcome.setHtml(outcomeTip);
    QVERIFY2(outcome.toPlainText().contains(QLatin1String("<img src=")), qPrintable(outcomeTip));
}

void TestDeskFlow::serverFieldError_landsOnTheRightRow_andFormKeepsTypedData()
{
    QSignalSpy failures(m_window->session(), &StatusChangeSession::failed);
    fill(ChangeType::Activate,
        {QStringLiteral("(201) 609-3801"), QString::fromLatin1(sandbox::magic::RejectOneNumber),
            QStringLiteral("201 609 3802")});
    const StatusChangeRequest typed = m_window->form()->request();
    QTest::mouseClick(m_driver->submitButton(), Qt::LeftButton);
    QVERIFY(failures.wait());

    QCOMPARE(m_driver->severity(1), int(Severity::Error));
    QVERIFY(m_driver->checkText(1).contains(QLatin1String("locked by the carrier")));
    QVERIFY(!m_driver->checkText(0).contains(QLatin1String("locked")));
    QVERIFY(!m_driver->checkText(2).contains(QLatin1String("locked")));

    const StatusChangeRequest after = m_window->form()->request();
    QCOMPARE(after.numbers.size(), typed.numbers.size());
    for (int i = 0; i < typed.numbers.size(); ++i)
        QCOMPARE(after.numbers.at(i).number, typed.numbers.at(i).number);
    QCOMPARE(after.changeType, typed.changeType);
    QCOMPARE(after.effectiveDate, typed.effectiveDate);
    QVERIFY(m_driver->table()->isEnabled());

    // Editing the row clears the server's complaint about it.
    m_driver->typeIntoCell(1, NumberRowsModel::NumberColumn, QStringLiteral("2016093803"));
    QVERIFY(!m_driver->checkText(1).contains(QLatin1String("locked")));
}

void TestDeskFlow::serverFieldError_mapsThroughSkippedDuplicates()
{
    QSignalSpy failures(m_window->session(), &StatusChangeSession::failed);
    // Row 2 repeats row 1 and is not sent, so the server's PhoneNumbers[1] is table row 3.
    fill(ChangeType::Activate, {NumberA, NumberA, QString::fromLatin1(sandbox::magic::RejectOneNumber)});
    QTest::mouseClick(m_driver->submitButton(), Qt::LeftButton);
    QVERIFY(failures.wait());
    QVERIFY(m_driver->checkText(2).contains(QLatin1String("locked by the carrier")));
    QVERIFY(!m_driver->checkText(1).contains(QLatin1String("locked")));
}

void TestDeskFlow::inFlight_noDoubleSend_andAbandonWorks()
{
    m_sandbox->setSlowResponseMs(120000);
    QSignalSpy failures(m_window->session(), &StatusChangeSession::failed);
    fill(ChangeType::Activate, {QString::fromLatin1(sandbox::magic::SlowResponse)});
    QTest::mouseClick(m_driver->submitButton(), Qt::LeftButton);
    QTRY_COMPARE(m_sandbox->requestCount(StatusPath), 1);

    QVERIFY(m_window->session()->isInFlight());
    QVERIFY(!m_driver->submitButton()->isEnabled());
    QVERIFY(!action("actionSubmit")->isEnabled());
    // Every input reads as read-only while the request is on its way, the location fields included.
    for (QWidget *input : std::initializer_list<QWidget *> {m_driver->areaCodeEdit(), m_driver->zipCodeEdit(),
             m_driver->effectiveDateEdit(), m_driver->changeTypeCombo(), m_driver->table()})
        QVERIFY2(!input->isEnabled(), qPrintable(input->objectName()));
    QVERIFY(m_driver->abandonButton()->isVisible());
    QVERIFY(action("actionAbandon")->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTest::mouseClick(m_driver->submitButton(), Qt::LeftButton);
    QCOMPARE(m_sandbox->requestCount(StatusPath), 1);

    QTest::mouseClick(m_driver->abandonButton(), Qt::LeftButton);
    QTRY_COMPARE(failures.count(), 1);
    const ApiError error = failures.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::OutcomeUnknown);
    QVERIFY(error.message.contains(QLatin1String("may")));
    QTRY_VERIFY(!m_window->session()->isInFlight());
    QVERIFY(m_driver->submitButton()->isEnabled());
    QVERIFY(!action("actionAbandon")->isEnabled());
    QCOMPARE(m_window->form()->request().numbers.first().number,
        QString::fromLatin1(sandbox::magic::SlowResponse));
}

void TestDeskFlow::newRequest_asksBeforeEmptying()
{
    fill(ChangeType::Cancel, {NumberA});
    UserPrompts::setNextAnswer(UserPrompts::Answer::Reject);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(UserPrompts::askedPrompts(), QStringList {QStringLiteral("discardFormQuestion")});
    QCOMPARE(m_window->form()->request().numbers.first().number, NumberA);

    UserPrompts::setNextAnswer(UserPrompts::Answer::Accept);
    action("actionNewRequest")->trigger();
    QVERIFY(!m_window->form()->hasContent());
    QCOMPARE(m_window->form()->changeType(), ChangeType::Cancel); // the type is kept

    UserPrompts::clearAskedPrompts();
    action("actionNewRequest")->trigger(); // empty form: nothing to ask
    QVERIFY(UserPrompts::askedPrompts().isEmpty());
}

void TestDeskFlow::settings_rememberChangeType_neverTheSecret()
{
    m_driver->chooseChangeType(ChangeType::Park);
    m_window->close();
    m_window = std::make_unique<MainWindow>(m_client.get());
    QCOMPARE(m_window->form()->changeType(), ChangeType::Park);

    QSettings settings;
    const QStringList keys = settings.allKeys();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys) {
        QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(key));
        const QByteArray value = settings.value(key).toByteArray();
        QVERIFY2(!value.contains(m_sandbox->options().accountSecret.toUtf8()), qPrintable(key));
    }
    m_driver = std::make_unique<FormDriver>(m_window->form());
}

QTEST_MAIN(TestDeskFlow)
#include "tst_deskflow.moc"
