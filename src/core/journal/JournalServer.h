#pragma once

// Opening the team journal on its PostgreSQL server: connects (TLS as the location says), reads the
// schema version, refuses one written by a newer NumberDesk, migrates, and proves the desk may write.
// The server's counterpart of JournalFile. Used inside the journal only (opening, reconnecting).

#include "journal/JournalFile.h"
#include "journal/JournalLocation.h"

namespace nd::journal {

// Adds the connection `connectionName` (the caller removes it) and prepares the team journal behind it.
PreparedFile prepareJournalServer(const QString &connectionName, const JournalLocation &location);

// The same on a connection of its own, which it removes again: the part of opening that waits for the
// network and for migrations, for a worker thread. Safe on any thread.
PreparedFile checkJournalServer(const JournalLocation &location);

// True when the connection still reaches its server (a statement that needs the server succeeds).
bool serverAnswers(QSqlDatabase &db);

} // namespace nd::journal
