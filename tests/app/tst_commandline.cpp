// The app's command line, as an agent types it: a bad --api-base is refused before any window with the
// same words as everywhere else (ApiEndpoints), and a good one starts on a temporary profile for that
// server without the first-run dialog, leaving nothing of it in the settings.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void apiBase_badUrl_isRefusedBeforeTheWindow_data();
    void apiBase_badUrl_isRefusedBeforeTheWindow();
    void apiBase_startsOnATemporaryProfile_withoutFirstRun_andSavesNothingOfIt();

private:
    static QProcessEnvironment freshHome(const QTemporaryDir &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("numberdesk.*.info=true"));
        return env;
    }
    // Every file the app wrote under the home folder, as one blob.
    static QByteArray everythingWritten(const QTemporaryDir &home)
    {
        QByteArray all;
        QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }
};

void TestCommandLine::apiBase_badUrl_isRefusedBeforeTheWindow_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("said");
    QTest::newRow("plain http to another computer")
        << QStringList {QStringLiteral("--api-base"), QStringLiteral("http://api.example.com/v1.0")}
        << QStringLiteral("The API address must use https");
    QTest::newRow("not a web address")
        << QStringList {QStringLiteral("--api-base"), QStringLiteral("ftp://api.example.com/v1.0")}
        << QStringLiteral("The API address must start with https://.");
    QTest::newRow("with the sandbox") << QStringList {QStringLiteral("--sandbox"),
        QStringLiteral("--api-base"), QStringLiteral("https://api.example.com/v1.0")}
                                      << QStringLiteral("--sandbox and --api-base cannot be combined.");
}

void TestCommandLine::apiBase_badUrl_isRefusedBeforeTheWindow()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, said);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess app;
    app.setProcessEnvironment(freshHome(home));
    app.start(QStringLiteral(NUMBERDESK_APP_PATH), arguments);
    QVERIFY2(app.waitForFinished(60000), qPrintable(app.errorString()));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 2);
    const QString error = QString::fromUtf8(app.readAllStandardError());
    QVERIFY2(error.contains(said), qPrintable(error));
    QVERIFY(!everythingWritten(home).contains("api.example.com"));
}

void TestCommandLine::apiBase_startsOnATemporaryProfile_withoutFirstRun_andSavesNothingOfIt()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess app;
    app.setProcessEnvironment(freshHome(home));
    app.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray output;
    connect(&app, &QProcess::readyRead, this, [&] { output += app.readAll(); });
    // A fresh home is a first run: without --api-base the first-run dialog would open.
    app.start(QStringLiteral(NUMBERDESK_APP_PATH),
        {QStringLiteral("--api-base"), QStringLiteral("https://staging.telegent.example/v1.0")});
    QVERIFY2(app.waitForStarted(30000), qPrintable(app.errorString()));
    const QByteArray temporary
        = "numberdesk.core.profilestore: using a temporary profile for \"staging.telegent.example\"";
    const QByteArray applied = "numberdesk.gui.profileswitcher: switching to profile \"command-line\"";
    const QByteArray journalOpen = "numberdesk.gui.deskjournal: journal open";
    QTRY_VERIFY2_WITH_TIMEOUT(
        output.contains(applied) && output.contains(journalOpen), output.constData(), 60000);
    QVERIFY2(output.contains(temporary), output.constData());
    app.terminate();
    QVERIFY(app.waitForFinished(30000) || (app.kill(), app.waitForFinished(30000)));

    const QByteArray written = everythingWritten(home);
    QVERIFY(!written.contains("staging.telegent.example"));
    QVERIFY(!written.contains("command-line"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
