// A NumberDesk killed with SIGKILL while its request is in flight leaves a record that the next start
// reports as "outcome unknown", with the numbers involved. The killed process is journal_crash_child;
// the sandbox runs here and holds the request (SlowResponse) until the child is dead.

#include "journal/OrderJournal.h"
#include "sandbox/SandboxMagic.h"
#include "sandbox/SandboxServer.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;
namespace magic = nd::sandbox::magic;

class JournalCrashTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedMidRequest_nextStartReportsOutcomeUnknown()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        sandbox::SandboxServer sandbox;
        QVERIFY(sandbox.start(0));
        sandbox.setSlowResponseMs(60000);
        bool statusArrived = false;
        connect(&sandbox, &sandbox::SandboxServer::requestReceived, this,
            [&statusArrived](const QString &, const QString &requestPath) {
                if (requestPath == QLatin1String("/v1.0/numbers/status"))
                    statusArrived = true;
            });

        QProcess child;
        child.setProgram(QStringLiteral(JOURNAL_CRASH_CHILD));
        child.setArguments({path, sandbox.baseUrl().toString(), sandbox.options().accountKey,
            sandbox.options().accountSecret, QString::fromLatin1(magic::SlowResponse)});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(statusArrived || child.state() == QProcess::NotRunning, 30000);
        QVERIFY2(statusArrived, "the child exited before its request arrived");
        if (child.bytesAvailable() == 0)
            child.waitForReadyRead(5000);
        QVERIFY(child.readAllStandardOutput().startsWith("recorded "));

        child.kill(); // SIGKILL: no destructor, no flush, no goodbye
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // The next start.
        JournalOpenResult opened = OrderJournal::open(path);
        QCOMPARE(opened.status, JournalOpenResult::Status::Opened);
        const QList<JournalEntry> interrupted = opened.journal->markInterruptedAsOutcomeUnknown();
        QCOMPARE(interrupted.size(), 1);
        const JournalEntry &entry = interrupted.first();
        QCOMPARE(entry.state, JournalState::OutcomeUnknown);
        QCOMPARE(entry.context.profileName, QStringLiteral("crash-test"));
        QCOMPARE(entry.changeType, ChangeType::Activate);
        QCOMPARE(entry.numbers.size(), 1);
        QCOMPARE(entry.numbers.at(0).requestedNumber, QString::fromLatin1(magic::SlowResponse));
        QVERIFY(!entry.errorMessage.isEmpty());
        QCOMPARE(opened.journal->unresolved().size(), 1);
        QVERIFY(opened.journal->markInterruptedAsOutcomeUnknown().isEmpty()); // reported once
        QCOMPARE(sandbox.requestCount(QStringLiteral("/v1.0/numbers/status")), 1);
    }
};

QTEST_GUILESS_MAIN(JournalCrashTest)
#include "tst_journalcrash.moc"
