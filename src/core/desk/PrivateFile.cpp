#include "desk/PrivateFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace nd {

PrivateFileResult writePrivateFile(const QString &path, const std::function<bool(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, file.errorString()};
    // Applies to the temporary file before a byte is written; the rename keeps it. On Windows this only
    // clears the read-only flag, and the folder's ACL decides who can read.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!write(file)) {
        const QString error = file.error() != QFileDevice::NoError
            ? file.errorString()
            : QCoreApplication::translate("PrivateFile", "the content could not be produced");
        file.cancelWriting();
        return {false, error};
    }
    if (!file.commit())
        return {false, file.errorString()};
    return {true, {}};
}

} // namespace nd
