#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestSandboxApp final : public QObject
{
    Q_OBJECT

private slots:
    void executable_printsBaseUrlFirst_thenCredentials();
    void exitWhenStdinCloses_leavesWithTheAppThatStartedIt();
};

void TestSandboxApp::executable_printsBaseUrlFirst_thenCredentials()
{
    QProcess process;
    process.start(QStringLiteral(NUMBERDESK_SANDBOX_EXE),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--account-key"),
            QStringLiteral("DID-TEST-7")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^NumberDesk sandbox listening on http://127\\.0\\.0\\.1:\\d+/v1\\.0$"))
                 .match(first)
                 .hasMatch(),
        qPrintable(first));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    QCOMPARE(QString::fromUtf8(process.readLine()).trimmed(), QStringLiteral("AccountKey: DID-TEST-7"));
    process.kill();
    QVERIFY(process.waitForFinished());
}

void TestSandboxApp::exitWhenStdinCloses_leavesWithTheAppThatStartedIt()
{
    QProcess process;
    process.start(QStringLiteral(NUMBERDESK_SANDBOX_EXE),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--exit-when-stdin-closes")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    QVERIFY(process.readLine().startsWith("NumberDesk sandbox listening on"));
    // Still serving while the pipe is open...
    QCOMPARE(process.state(), QProcess::Running);
    // ...and gone, cleanly, once it closes (what happens when the app quits or dies).
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxApp)
#include "tst_sandboxapp.moc"
