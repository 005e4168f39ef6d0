#include "LayerRules.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace nd::architecture {

namespace {

const QStringList TopFolders
    = {QStringLiteral("core"), QStringLiteral("gui"), QStringLiteral("sandbox"), QStringLiteral("app")};

struct Include
{
    QString text; // as written
    bool quoted = false;
};

QList<Include> includesOf(const QString &path)
{
    static const QRegularExpression includeLine(
        QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"), QRegularExpression::MultilineOption);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QList<Include> found;
    for (auto match = includeLine.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch m = match.next();
        found.append({m.captured(2), m.captured(1) == QLatin1String("\"")});
    }
    return found;
}

// The folder under src/ a quoted include points at: "core/journal" for "journal/OrderJournal.h",
// "gui/form" for "gui/form/X.h", "gui" for "gui/MainWindow.h", `ownFolder` for "X.h".
QString targetFolder(const QString &include, const QString &ownFolder, const QSet<QString> &coreParts)
{
    const QStringList parts = include.split(QLatin1Char('/'));
    if (parts.size() == 1)
        return ownFolder;
    if (coreParts.contains(parts.first()))
        return QStringLiteral("core/") + parts.first();
    if (parts.first() == QLatin1String("gui"))
        return parts.size() > 2 ? QStringLiteral("gui/") + parts.at(1) : QStringLiteral("gui");
    if (TopFolders.contains(parts.first()))
        return parts.size() > 2 && parts.first() == QLatin1String("core")
            ? QStringLiteral("core/") + parts.at(1)
            : parts.first();
    return QStringLiteral("?") + parts.first();
}

QString folderOf(const QString &relativeFile)
{
    QStringList parts = relativeFile.split(QLatin1Char('/'));
    parts.removeLast();
    // core/<part>/…, gui/<feature>/… and gui/ itself; sandbox and app are one folder each.
    if (parts.size() > 2)
        parts = parts.mid(0, 2);
    if (!parts.isEmpty()
        && (parts.first() == QLatin1String("sandbox") || parts.first() == QLatin1String("app")))
        parts = parts.mid(0, 1);
    return parts.join(QLatin1Char('/'));
}

class Checker
{
public:
    Checker(const QList<Layer> &layers, const QSet<QString> &forbiddenHeaders)
        : m_layers(layers), m_forbidden(forbiddenHeaders)
    {
        for (const Layer &layer : layers) {
            for (const QString &folder : layer.folders) {
                m_layerOfFolder.insert(folder, layer.name);
                if (folder.startsWith(QLatin1String("core/")))
                    m_coreParts.insert(folder.mid(5));
            }
        }
    }

    void check(const QString &file, const QList<Include> &includes, QList<Violation> &found) const
    {
        const QString folder = folderOf(file);
        for (const Include &include : includes) {
            const QString rule = broken(folder, include);
            if (!rule.isEmpty())
                found.append({file, include.text, rule});
        }
    }

private:
    QString broken(const QString &folder, const Include &include) const
    {
        const bool coreOrSandbox
            = folder.startsWith(QLatin1String("core")) || folder == QLatin1String("sandbox");
        if (!include.quoted) {
            const QString header = include.text.section(QLatin1Char('/'), -1);
            if (coreOrSandbox
                && (m_forbidden.contains(header) || include.text.startsWith(QLatin1String("QtWidgets"))
                    || include.text.startsWith(QLatin1String("QtPrintSupport"))))
                return QStringLiteral("no widgets below the gui");
            return {};
        }
        if (include.text.startsWith(QLatin1String("ui_")))
            return coreOrSandbox ? QStringLiteral("no Designer forms below the gui") : QString();
        const QString target = targetFolder(include.text, folder, m_coreParts);
        if (target == folder)
            return {};
        if (target.startsWith(QLatin1Char('?')))
            return QStringLiteral("an include that names no folder of src/");
        if (target == QLatin1String("app"))
            return QStringLiteral("nothing includes the app");
        if (coreOrSandbox)
            return coreRule(folder, target);
        if (folder.startsWith(QLatin1String("gui/")))
            return guiFeatureRule(folder, target);
        if (target == QLatin1String("sandbox"))
            return QStringLiteral("the gui and the app never use the sandbox library (it runs as a process)");
        return {}; // gui/ itself and the app put everything together
    }

    QString coreRule(const QString &folder, const QString &target) const
    {
        if (!target.startsWith(QLatin1String("core/")))
            return QStringLiteral("the core and the sandbox include only core parts they link");
        const QString own = m_layerOfFolder.value(folder);
        const QString theirs = m_layerOfFolder.value(target);
        if (own.isEmpty())
            return QStringLiteral("a folder no library of numberdesk-layers.txt builds");
        if (!reachableLayers(m_layers, own).contains(theirs))
            return QStringLiteral("%1 does not link %2").arg(own, theirs.isEmpty() ? target : theirs);
        return {};
    }

    static QString guiFeatureRule(const QString &folder, const QString &target)
    {
        if (target.startsWith(QLatin1String("core/")))
            return {};
        if (target == QLatin1String("gui/common"))
            return {};
        if (folder == QLatin1String("gui/common"))
            return QStringLiteral("gui/common includes no feature");
        return QStringLiteral("a gui feature includes only the core, gui/common and itself");
    }

    QList<Layer> m_layers;
    QSet<QString> m_forbidden;
    QHash<QString, QString> m_layerOfFolder;
    QSet<QString> m_coreParts;
};

} // namespace

QList<Layer> parseLayers(const QString &text, QString *error)
{
    QList<Layer> layers;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() < 2 || fields.size() > 3) {
            if (error)
                *error = QStringLiteral("bad line: ") + line;
            return {};
        }
        Layer layer {fields.at(0), fields.at(1).split(QLatin1Char(','), Qt::SkipEmptyParts), {}};
        if (fields.size() == 3)
            layer.links = fields.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        layers.append(layer);
    }
    return layers;
}

QSet<QString> reachableLayers(const QList<Layer> &layers, const QString &layer)
{
    QHash<QString, QStringList> links;
    for (const Layer &each : layers)
        links.insert(each.name, each.links);
    QSet<QString> reached {layer};
    QStringList toVisit {layer};
    while (!toVisit.isEmpty()) {
        for (const QString &next : links.value(toVisit.takeLast())) {
            if (!reached.contains(next)) {
                reached.insert(next);
                toVisit.append(next);
            }
        }
    }
    return reached;
}

QList<Violation> checkTree(
    const QString &srcRoot, const QList<Layer> &layers, const QSet<QString> &forbiddenHeaders)
{
    const Checker checker(layers, forbiddenHeaders);
    const QDir root(srcRoot);
    QList<Violation> found;
    QDirIterator files(
        srcRoot, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        checker.check(root.relativeFilePath(path), includesOf(path), found);
    }
    return found;
}

QString describe(const Violation &violation)
{
    return QStringLiteral("%1 includes \"%2\": %3").arg(violation.file, violation.include, violation.rule);
}

} // namespace nd::architecture
