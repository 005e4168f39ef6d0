#include "profiles/TeamJournalSettings.h"

#include <QSettings>

namespace nd {

namespace {
// Words, not enum numbers, so a settings file stays readable and survives a reordered enum.
const QString TeamLocation = QStringLiteral("team");
const QString LocalLocation = QStringLiteral("local");
const QString TlsVerifyFull = QStringLiteral("verify-full");
const QString TlsOff = QStringLiteral("off");
} // namespace

TeamJournalSettings TeamJournalSettings::load(const QSettings &settings)
{
    TeamJournalSettings loaded;
    loaded.agentName = settings.value(QStringLiteral("journal/agentName")).toString().trimmed();
    loaded.useTeamJournal = settings.value(QStringLiteral("journal/location")).toString() == TeamLocation;
    loaded.server.host = settings.value(QStringLiteral("journal/team/host")).toString();
    bool isNumber = false;
    const int port = settings.value(QStringLiteral("journal/team/port")).toInt(&isNumber);
    if (isNumber && port > 0 && port <= 65535)
        loaded.server.port = port;
    loaded.server.database = settings.value(QStringLiteral("journal/team/database")).toString();
    loaded.server.user = settings.value(QStringLiteral("journal/team/user")).toString();
    // Anything but an explicit "off" checks certificates: a damaged setting must not turn TLS off.
    loaded.server.tls = settings.value(QStringLiteral("journal/team/tls")).toString() == TlsOff
        ? TeamTlsMode::Off
        : TeamTlsMode::VerifyFull;
    loaded.server.rootCertificate = settings.value(QStringLiteral("journal/team/rootCertificate")).toString();
    return loaded;
}

void TeamJournalSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("journal/agentName"), agentName.trimmed());
    settings.setValue(QStringLiteral("journal/location"), useTeamJournal ? TeamLocation : LocalLocation);
    settings.setValue(QStringLiteral("journal/team/host"), server.host.trimmed());
    settings.setValue(QStringLiteral("journal/team/port"), server.port);
    settings.setValue(QStringLiteral("journal/team/database"), server.database.trimmed());
    settings.setValue(QStringLiteral("journal/team/user"), server.user.trimmed());
    settings.setValue(
        QStringLiteral("journal/team/tls"), server.tls == TeamTlsMode::Off ? TlsOff : TlsVerifyFull);
    settings.setValue(QStringLiteral("journal/team/rootCertificate"), server.rootCertificate);
}

JournalLocation TeamJournalSettings::location(const QString &localFile) const
{
    return useTeamJournal ? JournalLocation::teamServer(server, QString())
                          : JournalLocation::localFile(localFile);
}

QString TeamJournalSettings::passwordKey(const TeamServer &server)
{
    return QStringLiteral("team-journal/%1@%2:%3/%4")
        .arg(server.user.trimmed(), server.host.trimmed(), QString::number(server.port),
            server.database.trimmed());
}

} // namespace nd
