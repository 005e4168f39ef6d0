#pragma once

// Writes a file the agent chose to save (history CSV, QR image, customer card PDF) readable and writable
// by its owner only, where the platform lets a program choose (Unix modes; on Windows the file takes the
// ACL of the folder the agent picked). These files name customers' numbers and can carry eSIM
// activation codes, so they get the journal's rule, not the umask's. All or nothing: QSaveFile writes a
// temporary file and renames it only when everything was written.

#include <QString>
#include <functional>

class QIODevice;

namespace nd {

struct PrivateFileResult
{
    bool ok = false;
    QString error; // for the user when !ok
};

// `write` fills the device; false from it (or a write error) leaves any existing file untouched.
PrivateFileResult writePrivateFile(const QString &path, const std::function<bool(QIODevice &)> &write);

} // namespace nd
