#include "journal/JournalPermissions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

namespace nd::journal {
namespace {
Q_LOGGING_CATEGORY(lcPermissions, "numberdesk.core.journal.permissions")

constexpr QFileDevice::Permissions OwnerFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions OwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

void tighten(const QString &path, QFileDevice::Permissions permissions)
{
#ifdef Q_OS_UNIX
    if (QFileInfo::exists(path) && !QFile::setPermissions(path, permissions))
        qCWarning(lcPermissions) << "could not restrict" << QFileInfo(path).fileName() << "to its owner";
#else
    Q_UNUSED(path)
    Q_UNUSED(permissions)
#endif
}

} // namespace

bool makePrivateFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.isDir()) {
        tighten(info.absoluteFilePath(), OwnerFolder);
        return true;
    }
    // Parents keep the usual mode (they may be shared, e.g. ~/.local/share); only ours is private.
    return QDir().mkpath(info.absolutePath()) && QDir().mkdir(info.absoluteFilePath(), OwnerFolder);
}

bool createPrivateFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
    // The permissions are applied as the file is created, never after: no moment with the umask's mode.
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerFile);
}

void restrictToOwner(const QString &path)
{
    tighten(path, OwnerFile);
}

void restrictJournalFiles(const QString &journalPath)
{
    restrictToOwner(journalPath);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        restrictToOwner(journalPath + QLatin1String(suffix));
    const QFileInfo journal(journalPath);
    const QStringList locks
        = journal.absoluteDir().entryList({journal.fileName() + QLatin1String(".run-*.lock")}, QDir::Files);
    for (const QString &name : locks)
        restrictToOwner(journal.absoluteDir().filePath(name));
}

} // namespace nd::journal
