// The demo mode's sandbox child process: started from the real numberdesk-sandbox executable, it reports
// its address and credentials and serves requests; stop() ends it; a child that dies, never starts,
// prints something else or stays silent is reported with a sentence for the banner.

#include "profiles/SandboxProcess.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace nd;

class TestSandboxProcess final : public QObject
{
    Q_OBJECT

private slots:
    void start_reportsItsAddress_andServesTheApi();
    void stop_endsTheChild();
    void childThatDies_isReported_andCanBeStartedAgain();
    void missingExecutable_saysItIsNotInstalled();
    void childThatPrintsSomethingElse_isRefused();
    void silentChild_timesOut();

private:
    static QString sandboxExe() { return QStringLiteral(NUMBERDESK_SANDBOX_EXE); }
    static int statusOf(const QUrl &url)
    {
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    static bool accepts(const QUrl &url)
    {
        QTcpSocket socket;
        socket.connectToHost(url.host(), quint16(url.port()));
        return socket.waitForConnected(5000);
    }
};

void TestSandboxProcess::start_reportsItsAddress_andServesTheApi()
{
    SandboxProcess sandbox(sandboxExe());
    QSignalSpy ready(&sandbox, &SandboxProcess::ready);
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    sandbox.start();
    QVERIFY(sandbox.isStarting());
    QVERIFY(ready.wait(15000));
    QCOMPARE(failed.size(), 0);
    QVERIFY(sandbox.isRunning());
    const SandboxEndpoint endpoint = ready.first().first().value<SandboxEndpoint>();
    QCOMPARE(endpoint.baseUrl.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(endpoint.baseUrl.path(), QStringLiteral("/v1.0"));
    QVERIFY(endpoint.baseUrl.port() > 0);
    QVERIFY(endpoint.accountKey.startsWith(QStringLiteral("DID-")));
    QVERIFY(!endpoint.accountSecret.isEmpty());
    // A real API endpoint answering as the contract says: no bearer token, 401.
    QUrl order = endpoint.baseUrl;
    order.setPath(order.path() + QStringLiteral("/numbers/order"));
    QCOMPARE(statusOf(order), 401);
}

void TestSandboxProcess::stop_endsTheChild()
{
    SandboxProcess sandbox(sandboxExe());
    QSignalSpy ready(&sandbox, &SandboxProcess::ready);
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    sandbox.start();
    QVERIFY(ready.wait(15000));
    const QUrl url = sandbox.endpoint()->baseUrl;
    QVERIFY(accepts(url));
    sandbox.stop();
    QVERIFY(!sandbox.isRunning());
    QVERIFY(!accepts(url));
    QCoreApplication::processEvents();
    QCOMPARE(failed.size(), 0); // stopping on purpose is not a failure
}

void TestSandboxProcess::childThatDies_isReported_andCanBeStartedAgain()
{
#ifndef Q_OS_UNIX
    QSKIP("kills the child with a signal");
#else
    SandboxProcess sandbox(sandboxExe());
    QSignalSpy ready(&sandbox, &SandboxProcess::ready);
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    sandbox.start();
    QVERIFY(ready.wait(15000));
    QVERIFY(sandbox.processId() > 0);
    ::kill(pid_t(sandbox.processId()), SIGKILL);
    QVERIFY(failed.wait(15000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("stopped unexpectedly")),
        qPrintable(failed.first().first().toString()));
    QVERIFY(!sandbox.isRunning());

    sandbox.start();
    QVERIFY(ready.wait(15000));
    QVERIFY(sandbox.isRunning());
#endif
}

void TestSandboxProcess::missingExecutable_saysItIsNotInstalled()
{
    QTemporaryDir dir;
    SandboxProcess sandbox(dir.filePath(QStringLiteral("numberdesk-sandbox")));
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    sandbox.start();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("not installed")));
    QVERIFY(!sandbox.isStarting());
}

void TestSandboxProcess::childThatPrintsSomethingElse_isRefused()
{
#ifndef Q_OS_UNIX
    QSKIP("uses /bin/echo as a child that prints the wrong thing");
#else
    SandboxProcess sandbox(QStringLiteral("/bin/echo"));
    QSignalSpy ready(&sandbox, &SandboxProcess::ready);
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    sandbox.start();
    QVERIFY(failed.wait(15000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("usable address")),
        qPrintable(failed.first().first().toString()));
    QCoreApplication::processEvents();
    QCOMPARE(failed.size(), 1); // one sentence, not one per symptom
    QCOMPARE(ready.size(), 0);
#endif
}

void TestSandboxProcess::silentChild_timesOut()
{
#ifndef Q_OS_UNIX
    QSKIP("uses a shell script as a child that says nothing");
#else
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("silent-sandbox"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\nexec sleep 600\n");
    file.close();
    QVERIFY(file.setPermissions(file.permissions() | QFile::ExeOwner));
    SandboxProcess sandbox(script);
    sandbox.setStartTimeout(300);
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    sandbox.start();
    QVERIFY(failed.wait(15000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("did not report its address")),
        qPrintable(failed.first().first().toString()));
    QVERIFY(!sandbox.isStarting()); // the silent child was killed
#endif
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
