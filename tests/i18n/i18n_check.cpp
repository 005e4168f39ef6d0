// The translation checks as a command, so CTest can run them on the shipped files:
//   numberdesk-i18n-check catalogues <ts-file>...         finished, not obsolete, placeholders, plurals
//   numberdesk-i18n-check forms <ui-file>...              every user-visible form string translatable
//   numberdesk-i18n-check stale <fresh-ts> <ts-file>...   same messages as lupdate finds in the sources
// Prints every problem, one a line, and exits with 1 when there is any.

#include "CatalogueRules.h"
#include "TsCatalogue.h"
#include "UiFormRules.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace nd::i18n;

namespace {

QStringList checkCatalogues(const QStringList &paths)
{
    QStringList problems;
    for (const QString &path : paths) {
        QString error;
        const std::optional<TsCatalogue> catalogue = readTsCatalogue(path, &error);
        if (!catalogue) {
            problems.append(error);
            continue;
        }
        for (const QString &problem : catalogueProblems(*catalogue))
            problems.append(QFileInfo(path).fileName() + QLatin1String(": ") + problem);
    }
    return problems;
}

QStringList checkForms(const QStringList &paths)
{
    QStringList problems;
    for (const QString &path : paths) {
        QFile form(path);
        if (!form.open(QIODevice::ReadOnly))
            problems.append(path + QLatin1String(": ") + form.errorString());
        else
            problems.append(untranslatableUiStrings(&form, QFileInfo(path).fileName()));
    }
    return problems;
}

QStringList checkStaleness(const QString &freshPath, const QStringList &paths)
{
    QString error;
    const std::optional<TsCatalogue> fresh = readTsCatalogue(freshPath, &error);
    if (!fresh)
        return {error};
    if (fresh->messages.isEmpty())
        return {freshPath + QLatin1String(": lupdate found no messages in the sources")};
    QStringList problems;
    for (const QString &path : paths) {
        const std::optional<TsCatalogue> shipped = readTsCatalogue(path, &error);
        if (!shipped) {
            problems.append(error);
            continue;
        }
        for (const QString &problem : staleMessages(*fresh, *shipped))
            problems.append(QFileInfo(path).fileName() + QLatin1String(": ") + problem);
    }
    return problems;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    QStringList problems;
    if (command == QLatin1String("catalogues") && !arguments.isEmpty()) {
        problems = checkCatalogues(arguments);
    } else if (command == QLatin1String("forms") && !arguments.isEmpty()) {
        problems = checkForms(arguments);
    } else if (command == QLatin1String("stale") && arguments.size() >= 2) {
        problems = checkStaleness(arguments.takeFirst(), arguments);
    } else {
        out << "usage: numberdesk-i18n-check catalogues|forms <files>... | stale <fresh-ts> <ts-files>...\n";
        return 2;
    }
    for (const QString &problem : problems)
        out << problem << '\n';
    out << problems.size() << " problem(s) in " << arguments.size() << " file(s)\n";
    return problems.isEmpty() ? 0 : 1;
}
