// The real app, started as an agent starts it (numberdesk --sandbox, a fresh home): the window is
// painted before the order journal is opened and before the sandbox child starts (issue #13), and both
// still happen. Reads the app's own log lines and the first-paint line of its benchmark hook, all on
// one channel, in the order they were written.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestStartupOrder : public QObject
{
    Q_OBJECT

private slots:
    void window_isPaintedBeforeTheJournalAndTheSandbox()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("numberdesk.*.info=true"));
        env.insert(QStringLiteral("NUMBERDESK_REPORT_FIRST_PAINT"), QStringLiteral("1"));
        QProcess app;
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        QByteArray output;
        connect(&app, &QProcess::readyRead, this, [&] { output += app.readAll(); });
        app.start(QStringLiteral(NUMBERDESK_APP_PATH), {QStringLiteral("--sandbox")});
        QVERIFY2(app.waitForStarted(30000), qPrintable(app.errorString()));

        const QByteArray painted = "first-paint-ms-since-epoch:";
        const QByteArray journalChecked = "numberdesk.gui.deskjournal: journal checked in the background";
        const QByteArray journalOpen = "numberdesk.gui.deskjournal: journal open";
        const QByteArray sandboxStarting = "numberdesk.sandboxprocess: starting";
        const QByteArray sandboxRunning = "numberdesk.app: sandbox running at";
        QTRY_VERIFY2_WITH_TIMEOUT(
            output.contains(journalOpen) && output.contains(sandboxRunning), output.constData(), 60000);
        app.terminate();
        QVERIFY(app.waitForFinished(30000) || (app.kill(), app.waitForFinished(30000)));

        const qsizetype paint = output.indexOf(painted);
        QVERIFY2(paint >= 0, output.constData());
        for (const QByteArray &after : {journalChecked, journalOpen, sandboxStarting, sandboxRunning}) {
            const qsizetype at = output.indexOf(after);
            QVERIFY2(at > paint,
                qPrintable(QStringLiteral("\"%1\" is not after the first paint in:\n%2")
                               .arg(QString::fromUtf8(after), QString::fromUtf8(output))));
        }
    }
};

QTEST_GUILESS_MAIN(TestStartupOrder)
#include "tst_startuporder.moc"
