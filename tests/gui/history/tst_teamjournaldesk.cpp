// The window on a team journal (issue #14), against the test suite's real PostgreSQL server and the
// in-process sandbox: the confirmation names another desk's unresolved request and who sent it; a
// number in flight on another desk is refused with where and since when; ticking "I have checked"
// resolves the listed request in this agent's name before sending; and when the server goes away a
// banner says so, sending is held, and Try again brings the desk back and writes what was kept.

#include "HistoryTestSupport.h"
#include "PostgresTestServer.h"
#include "gui/MainWindow.h"
#include "gui/history/DeskJournal.h"
#include "network/ApiClient.h"
#include "profiles/SessionSecretStore.h"
#include "profiles/TeamJournalSettings.h"
#include "sandbox/SandboxServer.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace nd;

class TestTeamJournalDesk : public QObject
{
    Q_OBJECT

    std::optional<test::PostgresTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionSecretStore> m_secrets;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    JournalLocation m_team;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NumberDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teamjournaldesk"));
        QString why;
        m_server = test::PostgresTestServer::fromEnvironment(&why);
        ND_REQUIRE_POSTGRES(m_server);
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        TeamJournalSettings settings;
        settings.agentName = QStringLiteral("Ana");
        settings.useTeamJournal = true;
        settings.server.host = m_server->host;
        settings.server.port = m_server->port;
        settings.server.database = m_server->freshDatabase(QStringLiteral("desk"));
        settings.server.user = m_server->user;
        settings.server.rootCertificate = m_server->rootCertPath;
        QVERIFY(!settings.server.database.isEmpty());
        QSettings stored;
        settings.save(stored);
        m_team = JournalLocation::teamServer(settings.server, m_server->password);

        m_secrets = std::make_unique<SessionSecretStore>();
        bool written = false;
        m_secrets->writeSecret(settings.passwordKey(), m_server->password, this,
            [&written](const SecretResult &result) { written = result.ok(); });
        QTRY_VERIFY(written);
        m_sandbox = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(m_sandbox->start(0));
        m_client = std::make_unique<ApiClient>();
        m_window = std::make_unique<MainWindow>(m_client.get());
        m_client->setBaseUrl(m_sandbox->baseUrl());
        m_client->setCredentials({m_sandbox->options().accountKey, m_sandbox->options().accountSecret});
        m_window->setJournalSecretStore(m_secrets.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // As main.cpp: the settings say where the journal is and who is working.
        const TeamJournalSettings chosen = TeamJournalSettings::load(QSettings());
        m_window->openJournalInBackground(
            chosen.location(m_dir->filePath(QStringLiteral("journal.sqlite"))), chosen.identity());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->deskJournal()->isOpen(), 20000);
        QVERIFY(m_window->deskJournal()->journal()->isTeam());
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("journal.sqlite"))));
    }

    void cleanup()
    {
        m_window.reset();
        m_client.reset();
        m_sandbox.reset();
        m_secrets.reset();
        m_dir.reset();
    }

    void anotherDesksRequest_isNamed_refusedInFlight_andResolvedByThisAgentWhenChecked()
    {
        DeskJournal *desk = m_window->deskJournal();
        JournalOpenResult other
            = OrderJournal::open(m_team, {QStringLiteral("Ben"), QStringLiteral("desk-b")});
        QVERIFY(other.journal);
        const QString number = QStringLiteral("+12016093871");
        const ValidatedRequest request = historytest::request(ChangeType::Activate, {number});
        const qint64 held = *other.journal->recordSending(historytest::context(), request);

        // In flight on desk B: listed with its desk and agent, and refused however the agent confirms.
        StatusChangeSession &session = *m_window->session();
        const historytest::SessionSend refused
            = historytest::submitThrough(session, historytest::typed(ChangeType::Activate, {number}));
        const QStringList lines = refused.unresolved;
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QStringLiteral("in flight on desk-b (Ben) since")),
            qPrintable(lines.first()));
        QVERIFY(!refused.sent);
        QCOMPARE(refused.refusal, StatusChangeSession::Refusal::ClaimedElsewhere);
        QVERIFY2(refused.reason.contains(QStringLiteral("in flight on desk-b, Ben since")),
            qPrintable(refused.reason));
        QCOMPARE(m_sandbox->requestCount(QStringLiteral("/v1.0/numbers/status")), 0);

        // Its outcome is unknown now: the agent checks the number, ticks, and sends; the journal says who.
        ApiError lost;
        lost.kind = ApiError::Kind::OutcomeUnknown;
        QVERIFY(other.journal->recordFailure(held, lost));
        const historytest::SessionSend sent
            = historytest::submitThrough(session, historytest::typed(ChangeType::Activate, {number}));
        const QStringList unknown = sent.unresolved;
        QCOMPARE(unknown.size(), 1);
        QVERIFY2(unknown.first().contains(QStringLiteral("on desk-b by Ben")), qPrintable(unknown.first()));
        QVERIFY2(sent.sent, qPrintable(sent.reason));
        QCOMPARE(other.journal->entry(held)->state, JournalState::Resolved);
        QCOMPARE(
            other.journal->entry(held)->resolvedBy, QStringLiteral("Ana on ") + QSysInfo::machineHostName());
        const qint64 sentId = desk->journal()->search({}).first().id; // newest first
        QVERIFY(sentId != held);
        QCOMPARE(other.journal->entry(sentId)->agent, QStringLiteral("Ana"));
        QTRY_COMPARE(m_sandbox->requestCount(QStringLiteral("/v1.0/numbers/status")), 1);
    }

    void serverGoesAway_bannerHoldsSending_tryAgainBringsItBack()
    {
        DeskJournal *desk = m_window->deskJournal();
        auto *banner = m_window->findChild<QFrame *>(QStringLiteral("teamJournalBanner"));
        auto *text = m_window->findChild<QLabel *>(QStringLiteral("teamJournalBannerText"));
        auto *retry = m_window->findChild<QPushButton *>(QStringLiteral("retryTeamJournalButton"));
        QVERIFY(banner && text && retry);
        QVERIFY(!banner->isVisible());
        // A request in flight when the server stops: its answer is kept.
        const QString number = QStringLiteral("+12016093881");
        StatusChangeSession &session = *m_window->session();
        const historytest::SessionSend sent
            = historytest::submitThrough(session, historytest::typed(ChangeType::Activate, {number}));
        QVERIFY2(sent.sent, qPrintable(sent.reason));
        const qint64 sentId = desk->journal()->search({}).first().id;
        QString why;
        QVERIFY2(m_server->stop(&why), qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000); // the answer arrived and could not be written
        QVERIFY2(text->text().contains(QStringLiteral("cannot be reached")), qPrintable(text->text()));
        QVERIFY2(text->text().contains(QStringLiteral("1 answer")), qPrintable(text->text()));
        const historytest::SessionSend refused = historytest::submitThrough(
            session, historytest::typed(ChangeType::Activate, {QStringLiteral("+12016093882")}));
        QVERIFY(!refused.sent);
        QCOMPARE(refused.refusal, StatusChangeSession::Refusal::TeamJournalUnreachable);
        QCOMPARE(m_sandbox->requestCount(QStringLiteral("/v1.0/numbers/status")), 1);

        QTest::mouseClick(retry, Qt::LeftButton); // still down: the banner stays
        QVERIFY(banner->isVisible());
        QVERIFY2(m_server->start(&why), qPrintable(why));
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(desk->journal()->entry(sentId)->state, JournalState::Answered);
        const historytest::SessionSend again = historytest::submitThrough(
            session, historytest::typed(ChangeType::Activate, {QStringLiteral("+12016093882")}));
        QVERIFY2(again.sent, qPrintable(again.reason));
    }
};

QTEST_MAIN(TestTeamJournalDesk)
#include "tst_teamjournaldesk.moc"
