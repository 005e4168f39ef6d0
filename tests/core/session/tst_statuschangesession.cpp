// StatusChangeSession, the one owner of a status change, driven as the desk drives it but without a
// widget: against the real sandbox over loopback and a real OrderJournal (SQLite in a temporary
// folder). Every question, every refusal, every failure the client and the journal can produce, and
// the follow-up of a pending order until its last lookup.

#include "../journal/JournalTestSupport.h"
#include "desk/OrderPoller.h"
#include "journal/OrderJournal.h"
#include "network/ApiClient.h"
#include "sandbox/SandboxMagic.h"
#include "sandbox/SandboxServer.h"
#include "session/OrderFollower.h"
#include "session/StatusChangeSession.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace nd;
using Refusal = StatusChangeSession::Refusal;
namespace magic = nd::sandbox::magic;

namespace {
const QString StatusPath = QStringLiteral("/v1.0/numbers/status");
const QString LookupPath = QStringLiteral("/v1.0/numbers/order");
const QDate Today(2026, 12, 2);

StatusChangeRequest typed(ChangeType type, const QStringList &numbers, const QDate &date = Today)
{
    StatusChangeRequest request;
    request.changeType = type;
    request.effectiveDate = date;
    for (const QString &number : numbers)
        request.numbers.append({number, QString()});
    return request;
}
} // namespace

class StatusChangeSessionTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrderJournal> m_journal;
    std::unique_ptr<StatusChangeSession> m_session;

    int sentToServer() const { return m_sandbox->requestCount(StatusPath); }
    OrderFollower *follower() const
    {
        return m_session->findChild<OrderFollower *>(QStringLiteral("orderFollower"));
    }
    // Waits for the end of the request in flight.
    bool waitForFinished()
    {
        QSignalSpy finished(m_session.get(), &StatusChangeSession::finished);
        return !m_session->isInFlight() || finished.wait(20000);
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
        options.rateLimitPerMinute = 0;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_sandbox->start(0));
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_sandbox->baseUrl());
        m_client->setCredentials({options.accountKey, options.accountSecret});
        JournalOpenResult opened = OrderJournal::open(m_path);
        QCOMPARE(opened.status, JournalOpenResult::Status::Opened);
        m_journal = std::move(opened.journal);
        m_session = std::make_unique<StatusChangeSession>(m_client.get());
        m_session->setToday(Today);
        m_session->setProfileName(QStringLiteral("Sandbox"));
        m_session->setJournal(m_journal.get());
    }

    void cleanup()
    {
        m_session.reset();
        m_journal.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void activate_isRecordedAsSendingBeforeItLeaves_thenAnswered()
    {
        std::optional<JournalState> stateOnArrival;
        connect(m_sandbox.get(), &sandbox::SandboxServer::requestReceived, this,
            [&](const QString &, const QString &path) {
                if (path == StatusPath && !stateOnArrival)
                    stateOnArrival = m_journal->search({}).value(0).state;
            });
        QSignalSpy asked(m_session.get(), &StatusChangeSession::confirmationNeeded);
        QSignalSpy sending(m_session.get(), &StatusChangeSession::sending);
        QSignalSpy inFlight(m_session.get(), &StatusChangeSession::inFlightChanged);
        QSignalSpy orders(m_session.get(), &StatusChangeSession::orderReceived);
        QSignalSpy failures(m_session.get(), &StatusChangeSession::failed);
        m_session->submit(typed(ChangeType::Activate, {QStringLiteral("(201) 609-3801")}));
        QCOMPARE(asked.size(), 0); // an activation for today: nothing to ask
        QCOMPARE(sending.size(), 1);
        QVERIFY(sending.at(0).at(1).toString().contains(m_sandbox->baseUrl().host()));
        QVERIFY(m_session->isInFlight());
        QVERIFY(!m_session->canSwitchAccount());
        QCOMPARE(inFlight.size(), 1);
        QCOMPARE(inFlight.at(0).at(0).toBool(), true);
        QVERIFY(waitForFinished());

        QCOMPARE(stateOnArrival, std::optional<JournalState>(JournalState::Sending));
        QCOMPARE(orders.size(), 1);
        QCOMPARE(failures.size(), 0);
        QCOMPARE(inFlight.size(), 2);
        QCOMPARE(inFlight.at(1).at(0).toBool(), false);
        QVERIFY(!m_session->isInFlight());
        QVERIFY(m_session->canSwitchAccount());
        const QList<JournalEntry> entries = m_journal->search({});
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, JournalState::Answered);
        QCOMPARE(entries.first().orderId, orders.at(0).at(0).value<Order>().orderId);
        QCOMPARE(entries.first().numbers.first().requestedNumber, QStringLiteral("+12016093801"));
        QCOMPARE(entries.first().context.profileName, QStringLiteral("Sandbox"));
        QCOMPARE(sentToServer(), 1);
    }

    // An answer recorded over several event-loop turns (OrderJournal::recordOrderInSteps; here one number
    // a turn): the request stays in flight, Send and the account switch stay off, until the answer is
    // recorded and the order shown, though the call itself finished turns before.
    void largeAnswer_staysInFlightUntilRecordedAndShown()
    {
        m_journal->setRowsPerStep(1);
        QStringList events;
        connect(m_session.get(), &StatusChangeSession::orderReceived, this, [&] {
            events << QStringLiteral("order shown");
            QVERIFY(m_session->isInFlight());
            QVERIFY(!m_session->canSwitchAccount());
        });
        connect(m_session.get(), &StatusChangeSession::inFlightChanged, this, [&](bool inFlight) {
            if (!inFlight) {
                events << QStringLiteral("no longer in flight");
                QCOMPARE(m_journal->entry(m_journal->search({}).value(0).id)->state, JournalState::Answered);
            }
        });
        connect(m_session.get(), &StatusChangeSession::finished, this,
            [&] { events << QStringLiteral("finished"); });
        m_session->submit(typed(ChangeType::Activate,
            {QStringLiteral("(201) 609-3811"), QStringLiteral("(201) 609-3812"),
                QStringLiteral("(201) 609-3813")}));
        QVERIFY(m_session->isInFlight());
        QVERIFY(waitForFinished());
        QCOMPARE(events,
            (QStringList {QStringLiteral("order shown"), QStringLiteral("no longer in flight"),
                QStringLiteral("finished")}));
        QVERIFY(m_session->canSwitchAccount());
        QCOMPARE(m_journal->search({}).first().numbers.size(), 3);
    }

    void destructiveType_isAsked_declineSendsNothing_confirmSends()
    {
        QVERIFY(ruleFor(ChangeType::Cancel).destructive);
        const QString number = QStringLiteral("+12016093802");
        m_sandbox->setNumberState(number, QStringLiteral("active"));
        QSignalSpy asked(m_session.get(), &StatusChangeSession::confirmationNeeded);
        QSignalSpy declined(m_session.get(), &StatusChangeSession::declined);
        QSignalSpy messages(m_session.get(), &StatusChangeSession::statusMessage);
        m_session->submit(typed(ChangeType::Cancel, {number}));
        QCOMPARE(asked.size(), 1);
        const auto confirmation = asked.at(0).at(0).value<StatusChangeSession::Confirmation>();
        QCOMPARE(confirmation.request.changeType, ChangeType::Cancel);
        QCOMPARE(confirmation.today, Today);
        QVERIFY(confirmation.unresolved.isEmpty());
        QVERIFY(m_session->isAwaitingConfirmation());
        QVERIFY(!m_session->canSwitchAccount());

        // While the question is open, a second Send is refused.
        QSignalSpy refusals(m_session.get(), &StatusChangeSession::refused);
        m_session->submit(typed(ChangeType::Activate, {QStringLiteral("+12016093803")}));
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.at(0).at(0).value<Refusal>(), Refusal::Busy);

        m_session->decline();
        QCOMPARE(declined.size(), 1);
        QCOMPARE(messages.constLast().at(0).toString(), QStringLiteral("Not sent."));
        QVERIFY(!m_session->isAwaitingConfirmation());
        QTest::qWait(0); // nothing was scheduled to leave either
        QCOMPARE(sentToServer(), 0);
        QVERIFY(m_journal->search({}).isEmpty());

        m_session->submit(typed(ChangeType::Cancel, {number}));
        QCOMPARE(asked.size(), 2);
        m_session->confirm();
        QVERIFY(m_session->isInFlight());
        QVERIFY(waitForFinished());
        QCOMPARE(sentToServer(), 1);
        QCOMPARE(m_journal->search({}).size(), 1);
        QCOMPARE(m_journal->search({}).first().changeType, ChangeType::Cancel);
    }

    // The profile can be applied again under an open question (a sandbox restart, the --api-base key typed):
    // what the agent confirmed for one account is never sent to another.
    void connectionChangedWhileAsked_confirmSendsNothing()
    {
        const QString number = QStringLiteral("+12016093804");
        m_sandbox->setNumberState(number, QStringLiteral("active"));
        QSignalSpy asked(m_session.get(), &StatusChangeSession::confirmationNeeded);
        QSignalSpy refusals(m_session.get(), &StatusChangeSession::refused);
        m_session->submit(typed(ChangeType::Cancel, {number}));
        QCOMPARE(asked.size(), 1);
        const Credentials original {m_sandbox->options().accountKey, m_sandbox->options().accountSecret};
        m_client->setCredentials({QStringLiteral("DID-OTHER"), original.accountSecret});
        m_session->confirm();
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.at(0).at(0).value<Refusal>(), Refusal::AccountChanged);
        QVERIFY2(refusals.at(0).at(1).toString().contains(QLatin1String("changed")),
            qPrintable(refusals.at(0).at(1).toString()));
        QVERIFY(!m_session->isAwaitingConfirmation());
        QVERIFY(!m_session->isInFlight());
        QTest::qWait(0);
        QCOMPARE(sentToServer(), 0);
        QVERIFY(m_journal->search({}).isEmpty());

        // Asked again on the connection as it is now, it goes there.
        m_client->setCredentials(original);
        m_session->submit(typed(ChangeType::Cancel, {number}));
        QCOMPARE(asked.size(), 2);
        m_session->confirm();
        QVERIFY(waitForFinished());
        QCOMPARE(sentToServer(), 1);
    }

    void pastDate_isAsked()
    {
        QSignalSpy asked(m_session.get(), &StatusChangeSession::confirmationNeeded);
        m_session->submit(typed(ChangeType::Activate, {QStringLiteral("+12016093804")}, Today.addDays(-1)));
        QCOMPARE(asked.size(), 1);
        const auto confirmation = asked.at(0).at(0).value<StatusChangeSession::Confirmation>();
        QCOMPARE(confirmation.request.effectiveDate, Today.addDays(-1));
        QCOMPARE(confirmation.today, Today);
        QCOMPARE(sentToServer(), 0);
        m_session->confirm();
        QVERIFY(waitForFinished());
        QCOMPARE(sentToServer(), 1);
    }

    void invalidRequest_isRefusedWithItsReason()
    {
        QSignalSpy refusals(m_session.get(), &StatusChangeSession::refused);
        m_session->submit(typed(ChangeType::Activate, {QStringLiteral("12")}));
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.at(0).at(0).value<Refusal>(), Refusal::Invalid);
        QVERIFY(refusals.at(0).at(1).toString().startsWith(QLatin1String("Not sent: ")));
        QVERIFY(refusals.at(0).at(1).toString().size() > QStringLiteral("Not sent: ").size());
        QVERIFY(!m_session->isInFlight());
        QCOMPARE(sentToServer(), 0);
        QVERIFY(m_journal->search({}).isEmpty());
    }

    void notConfigured_isRefused_andNothingIsRecorded()
    {
        m_client->setCredentials({m_sandbox->options().accountKey, QString()});
        QSignalSpy refusals(m_session.get(), &StatusChangeSession::refused);
        m_session->submit(typed(ChangeType::Activate, {QStringLiteral("+12016093805")}));
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.at(0).at(0).value<Refusal>(), Refusal::NotConfigured);
        QCOMPARE(refusals.at(0).at(1).toString(), *m_client->configurationProblem());
        QCOMPARE(sentToServer(), 0);
        QVERIFY(m_journal->search({}).isEmpty());
    }

    void withoutAJournal_nothingIsSent_andTheReasonSaysWhy()
    {
        StatusChangeSession session(m_client.get());
        QSignalSpy refusals(&session, &StatusChangeSession::refused);
        QSignalSpy asked(&session, &StatusChangeSession::confirmationNeeded);
        // Not even a question for what could not be recorded.
        session.submit(typed(ChangeType::Cancel, {QStringLiteral("+12016093806")}));
        QCOMPARE(asked.size(), 0);
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.at(0).at(0).value<Refusal>(), Refusal::NoJournal);
        QVERIFY(refusals.at(0).at(1).toString().contains(QLatin1String("journal is not open")));

        session.setJournalUnavailable(QStringLiteral("Still checking."), true);
        session.submit(typed(ChangeType::Activate, {QStringLiteral("+12016093806")}));
        QCOMPARE(refusals.size(), 2);
        QCOMPARE(refusals.at(1).at(0).value<Refusal>(), Refusal::JournalOpening);
        QCOMPARE(refusals.at(1).at(1).toString(), QStringLiteral("Not sent: Still checking."));

        session.setJournalUnavailable(QStringLiteral("The file is damaged."));
        session.submit(typed(ChangeType::Activate, {QStringLiteral("+12016093806")}));
        QCOMPARE(refusals.at(2).at(0).value<Refusal>(), Refusal::NoJournal);
        QCOMPARE(refusals.at(2).at(1).toString(), QStringLiteral("Not sent: The file is damaged."));
        QCOMPARE(sentToServer(), 0);
    }

    void unknownOutcome_isListedInTheQuestion_andResolvedByTheAgentOnConfirm()
    {
        const QString number = QString::fromLatin1(magic::DropConnection);
        QSignalSpy failures(m_session.get(), &StatusChangeSession::failed);
        m_session->submit(typed(ChangeType::Activate, {number}));
        QVERIFY(waitForFinished());
        QCOMPARE(failures.size(), 1);
        const qint64 first = m_journal->search({}).first().id;
        QCOMPARE(m_journal->entry(first)->state, JournalState::OutcomeUnknown);

        // An activation, normally sent at once: the unknown outcome makes it a question.
        QSignalSpy asked(m_session.get(), &StatusChangeSession::confirmationNeeded);
        m_session->submit(typed(ChangeType::Activate, {number}));
        QCOMPARE(asked.size(), 1);
        const QStringList lines = asked.at(0).at(0).value<StatusChangeSession::Confirmation>().unresolved;
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(number), qPrintable(lines.first()));
        QCOMPARE(sentToServer(), 1);
        m_session->confirm();
        const JournalEntry resolved = *m_journal->entry(first);
        QCOMPARE(resolved.state, JournalState::Resolved);
        QVERIFY2(resolved.resolvedBy.contains(m_journal->identity().agent), qPrintable(resolved.resolvedBy));
        QVERIFY(waitForFinished());
        QCOMPARE(sentToServer(), 2);
        QCOMPARE(m_journal->search({}).size(), 2);
    }

    void numberInFlightOnAnotherInstance_isRefused()
    {
        JournalOpenResult other = OrderJournal::open(m_path); // a second NumberDesk on the same file
        QVERIFY(other.journal);
        const QString number = QStringLiteral("+12016093807");
        const JournalContext context {QStringLiteral("Other"), m_sandbox->baseUrl(), QStringLiteral("DID-1")};
        QVERIFY(
            other.journal->recordSending(context, journaltest::makeRequest(ChangeType::Activate, {number})));

        QSignalSpy asked(m_session.get(), &StatusChangeSession::confirmationNeeded);
        QSignalSpy refusals(m_session.get(), &StatusChangeSession::refused);
        m_session->submit(typed(ChangeType::Activate, {number}));
        QCOMPARE(asked.size(), 1);
        const QStringList lines = asked.at(0).at(0).value<StatusChangeSession::Confirmation>().unresolved;
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QLatin1String("in flight on")), qPrintable(lines.first()));
        m_session->confirm(); // ticking the box does not help: the other request holds the number
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.at(0).at(0).value<Refusal>(), Refusal::ClaimedElsewhere);
        QVERIFY(!refusals.at(0).at(1).toString().isEmpty());
        QVERIFY(!m_session->isInFlight());
        QCOMPARE(sentToServer(), 0);
        QCOMPARE(m_journal->search({}).size(), 1); // only the other instance's
    }

    void journalThatCannotRecord_refusesAndSendsNothing()
    {
        JournalOpenResult opened = OrderJournal::open(m_path, 20); // a short busy timeout
        QVERIFY(opened.journal);
        m_session->setJournal(opened.journal.get());
        journaltest::RawConnection holder(m_path);
        QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QSignalSpy refusals(m_session.get(), &StatusChangeSession::refused);
        m_session->submit(typed(ChangeType::Activate, {QStringLiteral("+12016093808")}));
        QVERIFY(holder.exec(QStringLiteral("COMMIT")));
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.at(0).at(0).value<Refusal>(), Refusal::JournalCannotRecord);
        QVERIFY(!refusals.at(0).at(1).toString().isEmpty());
        QCOMPARE(sentToServer(), 0);
        QVERIFY(m_journal->search({}).isEmpty());
        m_session->setJournal(m_journal.get());
    }

    void serverFailures_areReportedWithTheSentRequest_andRecorded_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("fieldErrors");
        QTest::newRow("422 naming a row") << QString::fromLatin1(magic::RejectOneNumber)
                                          << int(ApiError::Kind::Http) << int(JournalState::Failed) << true;
        QTest::newRow("500") << QString::fromLatin1(magic::ServerError) << int(ApiError::Kind::OutcomeUnknown)
                             << int(JournalState::OutcomeUnknown) << false;
        QTest::newRow("dropped connection")
            << QString::fromLatin1(magic::DropConnection) << int(ApiError::Kind::OutcomeUnknown)
            << int(JournalState::OutcomeUnknown) << false;
        QTest::newRow("unreadable answer")
            << QString::fromLatin1(magic::MalformedBody) << int(ApiError::Kind::MalformedResponse)
            << int(JournalState::OutcomeUnknown) << false;
        // A plain-text 503 does not prove nothing was done.
        QTest::newRow("503 maintenance")
            << QString::fromLatin1(magic::Maintenance) << int(ApiError::Kind::OutcomeUnknown)
            << int(JournalState::OutcomeUnknown) << false;
        QTest::newRow("429") << QString::fromLatin1(magic::RateLimited) << int(ApiError::Kind::RateLimited)
                             << int(JournalState::Failed) << false;
    }
    void serverFailures_areReportedWithTheSentRequest_andRecorded()
    {
        QFETCH(QString, number);
        QFETCH(int, kind);
        QFETCH(int, state);
        QFETCH(bool, fieldErrors);
        QSignalSpy failures(m_session.get(), &StatusChangeSession::failed);
        QSignalSpy orders(m_session.get(), &StatusChangeSession::orderReceived);
        m_session->submit(typed(ChangeType::Activate, {QStringLiteral("+12016093809"), number}));
        QVERIFY(waitForFinished());
        QCOMPARE(orders.size(), 0);
        QCOMPARE(failures.size(), 1);
        const ApiError error = failures.at(0).at(0).value<ApiError>();
        const ValidatedRequest sent = failures.at(0).at(1).value<ValidatedRequest>();
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(!error.fieldErrors.isEmpty(), fieldErrors);
        // What the form needs to point the errors at its rows.
        QCOMPARE(sent.numbers.size(), 2);
        QCOMPARE(sent.numbers.at(1).e164, number);
        QCOMPARE(sent.numbers.at(1).sourceRow, 1);
        const JournalEntry entry = m_journal->search({}).first();
        QCOMPARE(int(entry.state), state);
        // An unknown outcome keeps its numbers guarded until somebody checks them.
        QCOMPARE(m_journal->unresolved().size(), state == int(JournalState::OutcomeUnknown) ? 1 : 0);
    }

    void abandon_leavesTheRecordUnresolved()
    {
        m_sandbox->setSlowResponseMs(60000);
        QSignalSpy failures(m_session.get(), &StatusChangeSession::failed);
        m_session->submit(typed(ChangeType::Activate, {QString::fromLatin1(magic::SlowResponse)}));
        QVERIFY(m_session->isInFlight());
        QTRY_COMPARE(sentToServer(), 1);
        m_session->abandon();
        QTRY_VERIFY(!m_session->isInFlight());
        QCOMPARE(failures.size(), 1);
        QVERIFY(failures.at(0).at(0).value<ApiError>().serverMayHaveActed());
        QCOMPARE(m_journal->search({}).first().state, JournalState::OutcomeUnknown);
        QCOMPARE(m_journal->unresolved().size(), 1);
    }

    void pendingOrder_isFollowedToCompletion_andEveryLookupIsRecorded()
    {
        QVERIFY(follower());
        follower()->setBackoff(5, 20, 20);
        QSignalSpy updates(m_session.get(), &StatusChangeSession::orderUpdated);
        QSignalSpy countdown(m_session.get(), &StatusChangeSession::countdownChanged);
        QSignalSpy orders(m_session.get(), &StatusChangeSession::orderReceived);
        m_session->submit(typed(ChangeType::Activate, {QString::fromLatin1(magic::PendingThenComplete)}));
        QVERIFY(waitForFinished());
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.at(0).at(0).value<Order>().state, OrderState::InProgress);
        const qint64 id = m_journal->search({}).first().id;
        const QUrl qrUrl = m_journal->entry(id)->numbers.at(0).qrCodeUrl;
        QTRY_COMPARE_WITH_TIMEOUT(
            m_journal->entry(id)->orderState, std::optional<OrderState>(OrderState::Done), 15000);
        QTRY_VERIFY(!follower()->isFollowing());
        QVERIFY(updates.size() >= 1);
        QCOMPARE(updates.constLast().at(0).value<Order>().state, OrderState::Done);
        QVERIFY(!countdown.isEmpty());
        QVERIFY(m_sandbox->requestCount(LookupPath) >= 3);
        QCOMPARE(m_journal->search({}).size(), 1); // every lookup on the same record
        QCOMPARE(m_journal->entry(id)->serverStatus, QStringLiteral("Complete"));
        QCOMPARE(m_journal->entry(id)->numbers.at(0).qrCodeUrl, qrUrl);
    }

    void stopFollowing_stopsTheLookups()
    {
        follower()->setBackoff(60000, 60000, 5); // no lookup happens before the stop
        m_session->submit(typed(ChangeType::Activate, {QString::fromLatin1(magic::PendingThenComplete)}));
        QVERIFY(waitForFinished());
        QVERIFY(follower()->isFollowing());
        const QPointer<OrderPoller> poller = follower()->findChild<OrderPoller *>();
        QVERIFY(poller && poller->isActive()); // the poller that would look it up
        QSignalSpy stopped(m_session.get(), &StatusChangeSession::followingStopped);
        m_session->stopFollowing(QStringLiteral("Stopped by the agent."));
        QVERIFY(!follower()->isFollowing());
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.at(0).at(0).toString(), QStringLiteral("Stopped by the agent."));
        QVERIFY(!poller || !poller->isActive()); // nothing left that could look it up later
        QCOMPARE(m_sandbox->requestCount(LookupPath), 0);
    }

    void accountSwitch_stopsFollowingTheOldOrder()
    {
        follower()->setBackoff(60000, 60000, 5);
        m_session->submit(typed(ChangeType::Activate, {QString::fromLatin1(magic::PendingThenComplete)}));
        QVERIFY(!m_session->canSwitchAccount()); // not under a request
        QVERIFY(waitForFinished());
        QVERIFY(follower()->isFollowing());
        QVERIFY(m_session->canSwitchAccount());
        QSignalSpy stopped(m_session.get(), &StatusChangeSession::followingStopped);
        m_session->accountSwitched();
        QVERIFY(!follower()->isFollowing());
        QCOMPARE(stopped.size(), 1);
        QVERIFY(
            stopped.at(0).at(0).toString().contains(QLatin1String("connection changed to another account")));
    }

    void answerTheJournalCannotWrite_holdsSendingUntilAcknowledged()
    {
        // Once the request has left, the journal can no longer write (as on a full disk).
        QSqlDatabase db
            = QSqlDatabase::database(QLatin1String("numberdesk-journal-") + m_journal->runId(), false);
        QVERIFY(db.isValid());
        connect(m_sandbox.get(), &sandbox::SandboxServer::requestReceived, this,
            [&](const QString &, const QString &path) {
                if (path == StatusPath)
                    QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = ON"));
            });
        QSignalSpy held(m_session.get(), &StatusChangeSession::writeFailureChanged);
        const QString number = QStringLiteral("+12016093810");
        m_session->submit(typed(ChangeType::Activate, {number}));
        QVERIFY(waitForFinished());
        QCOMPARE(held.size(), 1);
        QVERIFY2(m_session->unacknowledgedWriteFailure().contains(number),
            qPrintable(m_session->unacknowledgedWriteFailure()));
        QCOMPARE(m_journal->search({}).first().state, JournalState::Sending); // the answer is not in the file
        QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = OFF"));

        QSignalSpy refusals(m_session.get(), &StatusChangeSession::refused);
        m_session->submit(typed(ChangeType::Activate, {QStringLiteral("+12016093811")}));
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.at(0).at(0).value<Refusal>(), Refusal::WriteFailureUnacknowledged);
        QCOMPARE(sentToServer(), 1);

        m_session->acknowledgeWriteFailure();
        QCOMPARE(held.size(), 2);
        QVERIFY(m_session->unacknowledgedWriteFailure().isEmpty());
        // The unrecorded answer counts as unresolved: the same number again is a question first.
        QSignalSpy asked(m_session.get(), &StatusChangeSession::confirmationNeeded);
        m_session->submit(typed(ChangeType::Activate, {number}));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).value<StatusChangeSession::Confirmation>().unresolved.size(), 1);
        m_session->decline();
        QCOMPARE(sentToServer(), 1);
    }
};

QTEST_GUILESS_MAIN(StatusChangeSessionTest)
#include "tst_statuschangesession.moc"
