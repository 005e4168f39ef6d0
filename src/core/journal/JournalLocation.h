#pragma once

// Where the order journal lives: a local SQLite file (the default, nothing to set up), or a PostgreSQL
// server a desk team shares (the team journal, issue #14). One value names it; the journal, History's
// worker connections and the export all open their connections from it, so no reader can end up on a
// different journal than the one the desk writes. Holds the server password only in memory: it comes
// from the OS keychain and is never written to settings or logs.

#include <QString>

class QSqlDatabase;

namespace nd {

// How the desk talks to the team server. Certificate checks are required unless the server is on this
// computer (loopback), where nothing crosses a network.
enum class TeamTlsMode {
    VerifyFull, // TLS, the server's certificate checked against the CA and its name against the host
    Off // no TLS: loopback only (a server on this computer, e.g. for training and tests)
};

struct TeamServer
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    TeamTlsMode tls = TeamTlsMode::VerifyFull;
    // The CA that signed the server's certificate (PEM). Empty: libpq's default (~/.postgresql/root.crt,
    // %APPDATA%\postgresql\root.crt on Windows).
    QString rootCertificate;

    bool isLoopback() const; // localhost, 127.0.0.0/8 or ::1
    // Empty when usable, else a sentence for the user: what is missing, or TLS off on a remote host.
    QString problem() const;
    // "user@host:port/database": what the desk shows (never the password).
    QString displayName() const;
    // libpq's keywords for Qt's QPSQL connect options (sslmode, sslrootcert, connect timeout).
    QString connectOptions(int connectTimeoutSeconds) const;

    friend bool operator==(const TeamServer &a, const TeamServer &b)
    {
        return a.host == b.host && a.port == b.port && a.database == b.database && a.user == b.user
            && a.tls == b.tls && a.rootCertificate == b.rootCertificate;
    }
};

struct JournalLocation
{
    enum class Kind { LocalFile, TeamServer };

    Kind kind = Kind::LocalFile;
    QString filePath; // LocalFile
    TeamServer server; // TeamServer
    QString password; // TeamServer: from the keychain, in memory only

    static JournalLocation localFile(const QString &path);
    static JournalLocation teamServer(const TeamServer &server, const QString &password);

    bool isTeam() const { return kind == Kind::TeamServer; }
    // The file's native path, or the server's displayName(): for messages and the History title.
    QString displayName() const;
};

namespace journal {

// How long connecting to the team server may take before it counts as unreachable.
constexpr int TeamConnectTimeoutSeconds = 5;

// Adds the connection `connectionName` (QSQLITE or QPSQL) to `location` and opens it. For a file this
// does not create folders or check anything (OrderJournal does) and applies `sqliteOptions` (Qt's
// QSQLITE_* options); for a server it connects with TLS as set. Returns false with the driver's words in
// `error`; the caller removes the connection either way.
bool openConnection(const JournalLocation &location, const QString &connectionName, QString *error,
    const QString &sqliteOptions = QString());

} // namespace journal
} // namespace nd
