// Submitting through the journal against the real in-process sandbox: the record is on disk before
// the request arrives, every outcome is recorded, polling updates it, nothing is sent unrecorded, and
// no secret ever reaches the journal's files.

#include "JournalTestSupport.h"
#include "desk/OrderPoller.h"
#include "journal/JournaledSubmission.h"
#include "journal/OrderJournal.h"
#include "network/ApiCall.h"
#include "network/ApiClient.h"
#include "sandbox/SandboxMagic.h"
#include "sandbox/SandboxServer.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace nd;
using journaltest::makeRequest;
using journaltest::RawConnection;
namespace magic = nd::sandbox::magic;

namespace {
const QString StatusPath = QStringLiteral("/v1.0/numbers/status");
const QString Secret = QStringLiteral("journal-test-secret-8d1f7c");
} // namespace

class JournaledSubmissionTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrderJournal> m_journal;
    std::unique_ptr<JournaledSubmission> m_submission;

    // Sends and waits until the outcome is recorded; returns the journal id.
    qint64 submitAndWait(const ValidatedRequest &request)
    {
        QSignalSpy received(m_submission.get(), &JournaledSubmission::orderReceived);
        QSignalSpy failed(m_submission.get(), &JournaledSubmission::failed);
        const JournaledSend send
            = m_submission->submit(m_submission->contextFor(QStringLiteral("Sandbox")), request);
        if (!send.wasSent() || !send.journalId) {
            qWarning("not sent: %s", qPrintable(send.refusal));
            return -1;
        }
        if (!QTest::qWaitFor([&] { return received.size() + failed.size() > 0; }, 15000))
            qWarning("no outcome");
        return *send.journalId;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1-%2.sqlite")
                                    .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                        QString::fromLatin1(QTest::currentDataTag())));
        sandbox::SandboxOptions options;
        options.accountSecret = Secret;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_sandbox->start(0));
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_sandbox->baseUrl());
        m_client->setCredentials({options.accountKey, options.accountSecret});
        JournalOpenResult opened = OrderJournal::open(m_path);
        QCOMPARE(opened.status, JournalOpenResult::Status::Opened);
        m_journal = std::move(opened.journal);
        m_submission = std::make_unique<JournaledSubmission>(m_client.get(), m_journal.get());
    }

    void cleanup()
    {
        m_submission.reset();
        m_journal.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void sendingRecord_isOnDiskBeforeTheRequestArrives()
    {
        QString stateWhenArrived;
        int numbersWhenArrived = -1;
        connect(m_sandbox.get(), &sandbox::SandboxServer::requestReceived, this,
            [&](const QString &, const QString &path) {
                if (path != StatusPath)
                    return;
                RawConnection raw(m_path); // a separate connection, as after a crash
                stateWhenArrived = raw.scalar(QStringLiteral("SELECT state FROM requests")).toString();
                numbersWhenArrived
                    = raw.scalar(QStringLiteral("SELECT COUNT(*) FROM request_numbers")).toInt();
            });
        const qint64 id = submitAndWait(makeRequest(
            ChangeType::Activate, {QStringLiteral("+12016093801"), QStringLiteral("+12016093802")}));
        QVERIFY(id > 0);
        QCOMPARE(stateWhenArrived, QStringLiteral("sending"));
        QCOMPARE(numbersWhenArrived, 2);
        QCOMPARE(m_journal->entry(id)->state, JournalState::Answered);
    }

    void answer_isRecordedWithOrderIdNumbersAndQrUrls()
    {
        QSignalSpy received(m_submission.get(), &JournaledSubmission::orderReceived);
        const qint64 id = submitAndWait(makeRequest(
            ChangeType::Activate, {QStringLiteral("+12016093801"), QStringLiteral("+12232233180")}));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toLongLong(), id);
        const Order order = received.at(0).at(1).value<Order>();
        const JournalEntry entry = *m_journal->entry(id);
        QCOMPARE(entry.state, JournalState::Answered);
        QVERIFY(entry.orderId.startsWith(QLatin1String("JNUOID-")));
        QCOMPARE(entry.orderId, order.orderId);
        QCOMPARE(entry.serverStatus, order.serverStatus);
        QCOMPARE(entry.orderState, OrderState::Done);
        QCOMPARE(entry.context.profileName, QStringLiteral("Sandbox"));
        QCOMPARE(entry.context.baseUrl, m_sandbox->baseUrl());
        QCOMPARE(entry.numbers.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(entry.numbers.at(i).returnedNumber, order.numbers.at(i).number);
            QVERIFY(!entry.numbers.at(i).qrCodeUrl.isEmpty());
            QCOMPARE(entry.numbers.at(i).qrCodeUrl, order.numbers.at(i).qrCodeUrl);
            QCOMPARE(entry.numbers.at(i).fee, order.numbers.at(i).fee);
        }
    }

    void refusal_isRecordedAsFailedWithHttpStatusAndTraceId()
    {
        QSignalSpy failed(m_submission.get(), &JournaledSubmission::failed);
        const qint64 id = submitAndWait(makeRequest(ChangeType::Activate,
            {QStringLiteral("+12016093811"), QString::fromLatin1(magic::RejectOneNumber)}));
        QCOMPARE(failed.size(), 1);
        const ApiError error = failed.at(0).at(1).value<ApiError>();
        const JournalEntry entry = *m_journal->entry(id);
        QCOMPARE(entry.state, JournalState::Failed); // a 422 means the server did not act
        QCOMPARE(entry.httpStatus, 422);
        QVERIFY(!entry.traceId.isEmpty());
        QCOMPARE(entry.traceId, error.traceId);
        QCOMPARE(entry.errorMessage, error.message);
        QCOMPARE(entry.errorKind, ApiError::Kind::Http);
    }

    void serverError_isRecordedAsOutcomeUnknownWithHttpStatusAndTraceId()
    {
        QSignalSpy failed(m_submission.get(), &JournaledSubmission::failed);
        const qint64 id
            = submitAndWait(makeRequest(ChangeType::Activate, {QString::fromLatin1(magic::ServerError)}));
        QCOMPARE(failed.size(), 1);
        const ApiError error = failed.at(0).at(1).value<ApiError>();
        const JournalEntry entry = *m_journal->entry(id);
        // A 500 may come after the server acted: to be checked, never counted as "not done".
        QCOMPARE(entry.state, JournalState::OutcomeUnknown);
        QCOMPARE(entry.httpStatus, 500);
        QVERIFY(!entry.traceId.isEmpty());
        QCOMPARE(entry.traceId, error.traceId);
        QCOMPARE(entry.errorKind, ApiError::Kind::OutcomeUnknown);
    }

    void droppedConnectionOrUnreadableAnswer_isRecordedAsOutcomeUnknown_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("dropped") << QString::fromLatin1(magic::DropConnection);
        QTest::newRow("malformed") << QString::fromLatin1(magic::MalformedBody);
    }
    void droppedConnectionOrUnreadableAnswer_isRecordedAsOutcomeUnknown()
    {
        QFETCH(QString, number);
        const qint64 id = submitAndWait(makeRequest(ChangeType::Activate, {number}));
        const JournalEntry entry = *m_journal->entry(id);
        QCOMPARE(entry.state, JournalState::OutcomeUnknown);
        QVERIFY(entry.needsChecking());
        QCOMPARE(entry.numbers.at(0).requestedNumber, number);
        QCOMPARE(m_journal->unresolved().size(), 1);
        QCOMPARE(m_sandbox->requestCount(StatusPath), 1);
    }

    void abandonedAfterSending_isRecordedAsOutcomeUnknown()
    {
        m_sandbox->setSlowResponseMs(60000);
        QSignalSpy failed(m_submission.get(), &JournaledSubmission::failed);
        const JournaledSend send = m_submission->submit(m_submission->contextFor(QStringLiteral("Sandbox")),
            makeRequest(ChangeType::Activate, {QString::fromLatin1(magic::SlowResponse)}));
        QVERIFY(send.wasSent());
        QSignalSpy sent(send.call.data(), &ApiCall::requestSent);
        QVERIFY(sent.wait(15000));
        QTRY_COMPARE(m_sandbox->requestCount(StatusPath), 1);
        send.call->abandon();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(m_journal->entry(*send.journalId)->state, JournalState::OutcomeUnknown);
    }

    void pollingUpdates_updateTheRecordAndKeepItsQrUrls()
    {
        const qint64 id = submitAndWait(
            makeRequest(ChangeType::Activate, {QString::fromLatin1(magic::PendingThenComplete)}));
        JournalEntry entry = *m_journal->entry(id);
        QCOMPARE(entry.orderState, OrderState::InProgress);
        const QUrl qrUrl = entry.numbers.at(0).qrCodeUrl;

        OrderPoller poller(m_client.get(), entry.orderId);
        poller.setBackoff(5, 10, 20);
        // As the desk does (StatusChangeSession follows the order): each lookup updates the same record.
        connect(&poller, &OrderPoller::orderUpdated, this,
            [&](const Order &order) { QVERIFY(m_journal->updateOrder(id, order)); });
        QSignalSpy settled(&poller, &OrderPoller::orderSettled);
        poller.start();
        QVERIFY(settled.wait(15000));
        entry = *m_journal->entry(id);
        QCOMPARE(entry.orderState, OrderState::Done);
        QCOMPARE(entry.serverStatus, settled.at(0).at(0).value<Order>().serverStatus);
        QCOMPARE(entry.numbers.size(), 1);
        QCOMPARE(entry.numbers.at(0).qrCodeUrl, qrUrl);
    }

    void journalThatCannotWrite_sendsNothing()
    {
        JournalOpenResult opened = OrderJournal::open(m_path, 20); // a second journal, short busy timeout
        QVERIFY(opened.journal);
        JournaledSubmission submission(m_client.get(), opened.journal.get());
        RawConnection holder(m_path);
        QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const JournaledSend send = submission.submit(submission.contextFor(QStringLiteral("Sandbox")),
            makeRequest(ChangeType::Cancel, {QStringLiteral("+12016093801")}));
        QVERIFY(!send.wasSent());
        QVERIFY(!send.journalId);
        QVERIFY2(send.refusal.contains(QLatin1String("not sent")), qPrintable(send.refusal));
        QVERIFY(holder.exec(QStringLiteral("COMMIT")));
        QCOMPARE(m_sandbox->requestCount(StatusPath), 0); // refused synchronously: no call was ever made
        QVERIFY(m_journal->search({}).isEmpty());
    }

    void withoutAJournal_nothingIsSent()
    {
        JournaledSubmission submission(m_client.get(), nullptr);
        const JournaledSend send = submission.submit(submission.contextFor(QStringLiteral("Sandbox")),
            makeRequest(ChangeType::Cancel, {QStringLiteral("+12016093801")}));
        QVERIFY(!send.wasSent());
        QVERIFY(!send.refusal.isEmpty());
        QCOMPARE(m_sandbox->requestCount(StatusPath), 0);
    }

    void incompleteCredentials_nothingIsRecordedOrSent()
    {
        m_client->setCredentials({m_sandbox->options().accountKey, QString()});
        const JournaledSend send = m_submission->submit(m_submission->contextFor(QStringLiteral("Sandbox")),
            makeRequest(ChangeType::Cancel, {QStringLiteral("+12016093801")}));
        QVERIFY(!send.wasSent());
        QVERIFY(!send.refusal.isEmpty());
        QVERIFY(m_journal->search({}).isEmpty());
    }

    void secrets_neverReachTheJournalFiles()
    {
        QVERIFY(submitAndWait(makeRequest(ChangeType::Activate, {QStringLiteral("+12016093801")})) > 0);
        QVERIFY(
            submitAndWait(makeRequest(ChangeType::Activate, {QString::fromLatin1(magic::ServerError)})) > 0);
        const std::optional<QByteArray> token
            = m_client->tokenCache().validToken(m_client->endpoints().statusChangeUrl());
        QVERIFY(token && token->size() > 16);
        const QList<QByteArray> forbidden {Secret.toUtf8(), Secret.toUtf8().toBase64(), *token,
            QByteArrayLiteral("Bearer"), QByteArrayLiteral("accountSecret")};

        auto check = [&forbidden](const QString &file) {
            const QByteArray bytes = journaltest::fileBytes(file);
            for (const QByteArray &secret : forbidden) {
                const QString text = QString::fromLatin1(secret);
                const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
                if (bytes.contains(secret)
                    || bytes.contains(utf16)) // UTF-16 too, in case text were stored so
                    qWarning("%s holds %s", qPrintable(file), secret.constData());
                if (bytes.contains(secret) || bytes.contains(utf16))
                    return QByteArray();
            }
            return bytes;
        };
        // check() gives back no bytes when it finds a secret, so each file must also show a record.
        const QByteArray wal = check(m_path + QLatin1String("-wal")); // while open: the records are here
        QVERIFY(wal.contains(QByteArrayLiteral("+12016093801")));
        QVERIFY(!check(m_path).isEmpty());
        m_journal.reset(); // closing checkpoints the WAL into the main file
        m_submission.reset();
        const QByteArray main = check(m_path);
        QVERIFY(main.contains(QByteArrayLiteral("+12016093801")));
        QVERIFY(main.contains(m_sandbox->options().accountKey.toUtf8())); // not secret, and stored
    }
};

QTEST_GUILESS_MAIN(JournaledSubmissionTest)
#include "tst_journaledsubmission.moc"
