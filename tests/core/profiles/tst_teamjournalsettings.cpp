// TeamJournalSettings over a temporary ini file: the defaults (local file, TLS checked, port 5432), a
// round trip of every field, a damaged TLS word that must not turn TLS off, and the keychain key.

#include "profiles/TeamJournalSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;

class tst_TeamJournalSettings final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void nothingSaved_isTheLocalFile_withSafeTeamDefaults()
    {
        const QSettings settings(iniPath(), QSettings::IniFormat);
        const TeamJournalSettings loaded = TeamJournalSettings::load(settings);
        QVERIFY(!loaded.useTeamJournal);
        QVERIFY(loaded.agentName.isEmpty());
        QCOMPARE(loaded.server.port, 5432);
        QCOMPARE(loaded.server.tls, TeamTlsMode::VerifyFull);
    }

    void save_thenLoad_keepsEveryField()
    {
        TeamJournalSettings saved;
        saved.agentName = QStringLiteral("Ana Pérez");
        saved.useTeamJournal = true;
        saved.server.host = QStringLiteral("journal.example.com");
        saved.server.port = 6432;
        saved.server.database = QStringLiteral("desk");
        saved.server.user = QStringLiteral("ana");
        saved.server.tls = TeamTlsMode::Off;
        saved.server.rootCertificate = QStringLiteral("/etc/ssl/team-ca.pem");
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            saved.save(settings);
        }
        const QSettings settings(iniPath(), QSettings::IniFormat);
        QCOMPARE(TeamJournalSettings::load(settings), saved);
    }

    void damagedTlsOrPort_fallBackToTheSafeDefaults()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("journal/team/tls"), QStringLiteral("Off "));
            settings.setValue(QStringLiteral("journal/team/port"), QStringLiteral("70000"));
        }
        const QSettings settings(iniPath(), QSettings::IniFormat);
        const TeamJournalSettings loaded = TeamJournalSettings::load(settings);
        QCOMPARE(loaded.server.tls, TeamTlsMode::VerifyFull);
        QCOMPARE(loaded.server.port, 5432);
    }

    void passwordKey_namesUserHostPortAndDatabase()
    {
        TeamServer server;
        server.host = QStringLiteral("db.example.com");
        server.port = 5433;
        server.database = QStringLiteral("journal");
        server.user = QStringLiteral("luc");
        QCOMPARE(TeamJournalSettings::passwordKey(server),
            QStringLiteral("team-journal/luc@db.example.com:5433/journal"));
    }

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("numberdesk.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(tst_TeamJournalSettings)
#include "tst_teamjournalsettings.moc"
