// The layers of CONTRIBUTING.md, checked on the real tree: a core file that includes a widget or a part
// its library does not link, or a gui feature that includes another feature, fails here. The rules
// themselves are checked on small made-up trees first, so a checker that finds nothing cannot pass.

#include "LayerRules.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace nd::architecture;

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Qt Widgets' and Print Support's header names ("QWidget", "QPrinter"), from their include folders.
QSet<QString> widgetHeaders()
{
    QSet<QString> names;
    const QStringList folders = QStringLiteral(NUMBERDESK_WIDGET_INCLUDE_DIRS).split(QLatin1Char('|'));
    for (const QString &folder : folders) {
        const QString name = QDir(folder).dirName();
        if (name != QLatin1String("QtWidgets") && name != QLatin1String("QtPrintSupport"))
            continue;
        for (const QString &header : QDir(folder).entryList(QDir::Files))
            names.insert(header);
    }
    return names;
}

void writeFile(const QDir &root, const QString &path, const QByteArray &text)
{
    QVERIFY(root.mkpath(QFileInfo(root.filePath(path)).path()));
    QFile file(root.filePath(path));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

QStringList described(const QList<Violation> &violations)
{
    QStringList lines;
    for (const Violation &violation : violations)
        lines.append(describe(violation));
    return lines;
}

const QString MadeUpLayers = QStringLiteral("protocol core/request\n"
                                            "network core/network protocol\n"
                                            "journal core/journal protocol\n"
                                            "sandbox sandbox protocol\n");

} // namespace

class LayeringTest final : public QObject
{
    Q_OBJECT

private slots:
    void layersFile_parsesAndReaches()
    {
        QString error;
        const QList<Layer> layers = parseLayers(MadeUpLayers, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(layers.size(), 4);
        QCOMPARE(reachableLayers(layers, QStringLiteral("network")),
            (QSet<QString> {QStringLiteral("network"), QStringLiteral("protocol")}));
        QVERIFY(parseLayers(QStringLiteral("one two three four\n"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void madeUpTree_everyBrokenRuleIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDir root(dir.path());
        // Allowed: own part, a linked part, Qt Core; gui feature → core and gui/common; gui/ → a feature.
        writeFile(root, QStringLiteral("core/network/Fine.cpp"),
            "#include \"network/Fine.h\"\n#include \"request/Rule.h\"\n#include <QObject>\n#include "
            "\"Local.h\"\n");
        writeFile(root, QStringLiteral("gui/form/Fine.cpp"),
            "#include \"gui/common/Colours.h\"\n#include \"journal/J.h\"\n#include <QWidget>\n#include "
            "\"ui_Form.h\"\n");
        writeFile(root, QStringLiteral("gui/Window.cpp"), "#include \"gui/form/Fine.h\"\n");
        writeFile(root, QStringLiteral("sandbox/Server.cpp"), "#include \"request/Rule.h\"\n");
        // Broken, one rule each.
        writeFile(root, QStringLiteral("core/journal/Widget.cpp"), "#include <QWidget>\n");
        writeFile(root, QStringLiteral("core/journal/Print.cpp"), "#  include <QtPrintSupport/QPrinter>\n");
        writeFile(root, QStringLiteral("core/journal/Unlinked.cpp"), "#include \"network/ApiClient.h\"\n");
        writeFile(root, QStringLiteral("core/network/Upward.cpp"), "#include \"journal/J.h\"\n");
        writeFile(root, QStringLiteral("core/request/Gui.h"), "#include \"gui/common/Colours.h\"\n");
        writeFile(root, QStringLiteral("core/request/Form.cpp"), "#include \"ui_Form.h\"\n");
        writeFile(root, QStringLiteral("gui/form/Sibling.cpp"), "#include \"gui/results/Panel.h\"\n");
        writeFile(root, QStringLiteral("gui/form/Up.cpp"), "#include \"gui/MainWindow.h\"\n");
        writeFile(root, QStringLiteral("gui/common/Feature.cpp"), "#include \"gui/form/Form.h\"\n");
        writeFile(root, QStringLiteral("gui/Sandbox.cpp"), "#include \"sandbox/SandboxServer.h\"\n");
        writeFile(root, QStringLiteral("sandbox/Client.cpp"), "#include \"network/ApiClient.h\"\n");
        writeFile(root, QStringLiteral("core/request/App.cpp"), "#include \"app/CommandLine.h\"\n");

        const QList<Layer> layers = parseLayers(MadeUpLayers, nullptr);
        const QStringList found = described(
            checkTree(dir.path(), layers, {QStringLiteral("QWidget"), QStringLiteral("QPrinter")}));
        const QStringList expectedFiles
            = {QStringLiteral("core/journal/Widget.cpp"), QStringLiteral("core/journal/Print.cpp"),
                QStringLiteral("core/journal/Unlinked.cpp"), QStringLiteral("core/network/Upward.cpp"),
                QStringLiteral("core/request/Gui.h"), QStringLiteral("core/request/Form.cpp"),
                QStringLiteral("gui/form/Sibling.cpp"), QStringLiteral("gui/form/Up.cpp"),
                QStringLiteral("gui/common/Feature.cpp"), QStringLiteral("gui/Sandbox.cpp"),
                QStringLiteral("sandbox/Client.cpp"), QStringLiteral("core/request/App.cpp")};
        QCOMPARE(found.size(), expectedFiles.size());
        for (const QString &file : expectedFiles) {
            QVERIFY2(std::any_of(found.cbegin(), found.cend(),
                         [&](const QString &line) { return line.startsWith(file + QLatin1Char(' ')); }),
                qPrintable(file + QStringLiteral(" not reported; found:\n") + found.join(QLatin1Char('\n'))));
        }
        QVERIFY(found.join(QLatin1Char('\n')).contains(QStringLiteral("journal does not link network")));
    }

    void realTree_everyCoreLibraryIsDescribed()
    {
        QString error;
        const QList<Layer> layers = parseLayers(readAll(QStringLiteral(NUMBERDESK_LAYERS_FILE)), &error);
        QVERIFY2(!layers.isEmpty(), qPrintable(error));
        // Every folder of src/core belongs to exactly one library.
        QSet<QString> described;
        for (const Layer &layer : layers) {
            for (const QString &folder : layer.folders) {
                QVERIFY2(!described.contains(folder), qPrintable(folder));
                described.insert(folder);
            }
        }
        const QDir core(QStringLiteral(NUMBERDESK_SOURCE_DIR "/src/core"));
        for (const QString &part : core.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(described.contains(QStringLiteral("core/") + part), qPrintable(part));
        QVERIFY(described.contains(QStringLiteral("sandbox")));
    }

    void realTree_keepsTheLayers()
    {
        const QList<Layer> layers = parseLayers(readAll(QStringLiteral(NUMBERDESK_LAYERS_FILE)), nullptr);
        const QSet<QString> forbidden = widgetHeaders();
        QVERIFY2(
            forbidden.contains(QStringLiteral("QWidget")) && forbidden.contains(QStringLiteral("QPrinter")),
            "Qt Widgets' and Print Support's headers were not found: the check would be blind");
        const QStringList found
            = described(checkTree(QStringLiteral(NUMBERDESK_SOURCE_DIR "/src"), layers, forbidden));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void realTree_guiAndAppDoNotLinkTheSandbox()
    {
        // LINK_LIBRARIES of the gui library and the app, as the build has them.
        const QString links = readAll(QStringLiteral(NUMBERDESK_LINKS_FILE));
        QVERIFY2(links.contains(QStringLiteral("numberdesk-gui:"))
                && links.contains(QStringLiteral("numberdesk:")),
            qPrintable(links));
        QVERIFY2(links.contains(QStringLiteral("numberdesk-core")), qPrintable(links));
        QVERIFY2(
            !links.contains(QStringLiteral("sandbox-lib")) && !links.contains(QStringLiteral("HttpServer")),
            qPrintable(links));
    }
};

QTEST_GUILESS_MAIN(LayeringTest)
#include "tst_layering.moc"
