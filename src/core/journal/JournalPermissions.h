#pragma once

// Keeps the order journal private to the user who runs NumberDesk: it names customers' numbers and holds
// QR URLs, which carry eSIM activation codes. The folder is created owner-only (0700) and the database is
// created owner-only (0600) before SQLite opens it; SQLite gives its -wal/-shm/-journal the database's
// mode. Files and a folder left looser by an older version are tightened at every start.
//
// Windows: Qt turns these permissions into an ACL when it creates the folder and the file (Qt >= 6.3);
// existing items are left to the ACL they inherit from the per-user AppData folder, because
// QFile::setPermissions() only toggles the read-only attribute there.
// Used by prepareJournalFile (JournalFile.cpp) and OrderJournal::open (the run lock).

#include <QString>

namespace nd::journal {

// Creates `folder` (and its parents) with the folder itself owner-only, or tightens an existing one.
bool makePrivateFolder(const QString &folder);

// Creates an empty owner-only file at `path` if there is none, so SQLite never creates it with the
// umask's mode. False when it cannot be created.
bool createPrivateFile(const QString &path);

// Sets owner-only read/write on `path` if it exists (no-op on Windows, see above).
void restrictToOwner(const QString &path);

// restrictToOwner() on the journal, its -wal/-shm/-journal companions and every run lock beside it.
void restrictJournalFiles(const QString &journalPath);

} // namespace nd::journal
