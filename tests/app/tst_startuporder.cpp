// The real app, started as an agent starts it (numberdesk --sandbox, a fresh home): the window is
// painted before the order journal is opened and before the sandbox child starts (issue #13), and both
// still happen. Reads the app's own log lines and the first-paint line of its benchmark hook, all on
// one channel, in the order they were written.

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The microseconds on the report line that starts with `key`, 0 when there is none.
qint64 reportedTime(const QByteArray &output, const QByteArray &key)
{
    const qsizetype at = output.indexOf(key);
    if (at < 0)
        return 0;
    const qsizetype end = output.indexOf('\n', at);
    return output.mid(at + key.size(), end < 0 ? -1 : end - at - key.size()).trimmed().toLongLong();
}

} // namespace

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

        const QByteArray painted = "first-paint-us-since-epoch:";
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
        // The rest of bench_startup's report: what was painted where, and the frame complete after the
        // window's own paint began.
        QVERIFY2(output.contains("\nplatform: offscreen\n"), output.constData());
        const QRegularExpression size(QStringLiteral("window-size: (\\d+)x(\\d+)\n"));
        const QRegularExpressionMatch sizeMatch = size.match(QString::fromUtf8(output));
        QVERIFY2(sizeMatch.hasMatch() && sizeMatch.captured(1).toInt() > 0, output.constData());
        const qint64 paintedAt = reportedTime(output, painted);
        const qint64 framedAt = reportedTime(output, "first-frame-us-since-epoch:");
        QVERIFY2(paintedAt > 0 && framedAt >= paintedAt, output.constData());
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
