// No widget may carry a colour of its own: style sheets and QColor constants in src/gui and ui/ would
// stay light on a dark palette. Colours come from gui/common (DeskColours, DeskPalettes) only, and
// no feature folder keeps a colour source of its own for its siblings to include.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

namespace {

// "#c42b1c", "#fff", "rgb(196, 43, 28)", "rgba(...)" inside a string.
// (Plain strings, not raw ones: moc's preprocessor misreads the parentheses of a raw string.)
const QRegularExpression CssColour(QStringLiteral("(#[0-9a-fA-F]{3,8}\\b|\\brgba?\\s*\\()"));
const QRegularExpression StringLiteral(QStringLiteral("\"(?:[^\"\\\\\\n]|\\\\.)*\""));
const QRegularExpression ColourConstant(
    QStringLiteral("\\bQColor\\s*[({]\\s*(0x|\\d|\"#|u\"#|QStringLiteral)"));
const QRegularExpression UiStyleSheet(QStringLiteral("<property name=\"styleSheet\">(.*?)</property>"),
    QRegularExpression::DotMatchesEverythingOption);

// Where the colours are allowed to live.
bool isColourHome(const QString &path)
{
    return path.contains(QLatin1String("/gui/common/DeskColours."))
        || path.contains(QLatin1String("/gui/common/DeskPalettes."));
}

QStringList fixedColoursInCode(const QString &text)
{
    QStringList found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().startsWith(QLatin1String("//"))
            || line.trimmed().startsWith(QLatin1String("#include")))
            continue;
        auto literals = StringLiteral.globalMatch(line);
        while (literals.hasNext()) {
            const QString literal = literals.next().captured();
            if (CssColour.match(literal).hasMatch())
                found << QStringLiteral("line %1: %2").arg(i + 1).arg(line.trimmed());
        }
        if (ColourConstant.match(line).hasMatch())
            found << QStringLiteral("line %1: %2").arg(i + 1).arg(line.trimmed());
    }
    return found;
}

QStringList fixedColoursInForm(const QString &text)
{
    QStringList found;
    auto sheets = UiStyleSheet.globalMatch(text);
    while (sheets.hasNext()) {
        const QString sheet = sheets.next().captured(1);
        if (CssColour.match(sheet).hasMatch())
            found << sheet.trimmed();
    }
    return found;
}

// A file whose name says it decides colours ("IssueColours.h", "BannerPalette.cpp").
const QRegularExpression ColourFileName(
    QStringLiteral("(colou?r|palette|contrast)[^/]*\\.(h|cpp)$"), QRegularExpression::CaseInsensitiveOption);
// `#include "gui/<folder>/<file>"`: which folder, which file.
const QRegularExpression GuiInclude(
    QStringLiteral("^\\s*#\\s*include\\s+\"gui/([^/\"]+)/([^\"]+)\""), QRegularExpression::MultilineOption);
// Contrast worked out by hand: DeskColours' job, for every role.
const QRegularExpression ContrastDecision(QStringLiteral("\\bwithContrast\\s*\\("));

// The feature folder a path under src/gui is in ("form"), or empty for gui/common and src/gui itself.
QString featureFolderOf(const QString &relativePath)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    if (parts.size() < 2 || parts.first() == QLatin1String("common"))
        return {};
    return parts.first();
}

// "gui/form/IssueColours.h" included from a file in `folder`: a colour source that is not common's.
QStringList colourIncludesFromOtherFolders(const QString &folder, const QString &text)
{
    QStringList found;
    auto includes = GuiInclude.globalMatch(text);
    while (includes.hasNext()) {
        const QRegularExpressionMatch include = includes.next();
        const QString included = include.captured(1);
        if (included != QLatin1String("common") && included != folder
            && ColourFileName.match(include.captured(2)).hasMatch())
            found << include.captured().trimmed();
    }
    return found;
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class NoFixedColoursTest final : public QObject
{
    Q_OBJECT

private slots:
    void scanner_findsWhatItIsLookingFor()
    {
        // The checks below would pass on an empty tree too: prove the scanner sees each kind.
        QCOMPARE(
            fixedColoursInCode(
                QStringLiteral("label->setStyleSheet(QStringLiteral(\"QLabel { background: #fde7e9; }\"));"))
                .size(),
            1);
        QCOMPARE(fixedColoursInCode(QStringLiteral("w->setStyleSheet(\"color: rgb(1, 2, 3)\");")).size(), 1);
        QCOMPARE(fixedColoursInCode(QStringLiteral("return QColor(0x8a, 0x55, 0x00);")).size(), 1);
        QCOMPARE(
            fixedColoursInCode(QStringLiteral("QColor c(\"#123456\"); x = QColor{12, 3, 4};")).size(), 2);
        QCOMPARE(fixedColoursInForm(QStringLiteral("<property name=\"styleSheet\"><string "
                                                   "notr=\"true\">color: #a40000;</string></property>"))
                     .size(),
            1);
        // Built from DeskColours, an id selector, or a palette role: fine.
        QVERIFY(fixedColoursInCode(
            QStringLiteral(
                "QStringLiteral(\"#journalWriteBanner { border: 2px solid %1; }\").arg(edge.name());"))
                    .isEmpty());
        QVERIFY(
            fixedColoursInCode(QStringLiteral("\"QLabel { border: 1px solid palette(mid); }\"")).isEmpty());
        QVERIFY(fixedColoursInCode(QStringLiteral("painter.fillRect(rect(), Qt::white); // QR quiet zone"))
                    .isEmpty());
    }

    void folderScanner_findsColourSourcesOutsideCommon()
    {
        QCOMPARE(colourIncludesFromOtherFolders(QStringLiteral("accounts"),
                     QStringLiteral("#include \"gui/accounts/ConnectionTest.h\"\n"
                                    "#include \"gui/form/IssueColours.h\"\n"
                                    "#include \"gui/common/DeskColours.h\"\n"
                                    "#include \"gui/common/UserPrompts.h\"\n")),
            QStringList {QStringLiteral("#include \"gui/form/IssueColours.h\"")});
        QVERIFY(colourIncludesFromOtherFolders(
            QStringLiteral("form"), QStringLiteral("#include \"gui/form/FormPalette.h\""))
                    .isEmpty()); // its own folder: caught by the file-name check instead
        QVERIFY(ColourFileName.match(QStringLiteral("form/IssueColours.cpp")).hasMatch());
        QVERIFY(ColourFileName.match(QStringLiteral("results/BadgePalette.h")).hasMatch());
        QVERIFY(!ColourFileName.match(QStringLiteral("results/ResultsTexts.h")).hasMatch());
        QCOMPARE(featureFolderOf(QStringLiteral("form/FieldIssueLabel.cpp")), QStringLiteral("form"));
        QVERIFY(featureFolderOf(QStringLiteral("common/DeskColours.h")).isEmpty());
        QVERIFY(featureFolderOf(QStringLiteral("MainWindow.cpp")).isEmpty());
        QVERIFY(ContrastDecision.match(QStringLiteral("return withContrast(c, {base});")).hasMatch());
    }

    void colourSources_liveInCommonOnly()
    {
        // IssueColours once lived in gui/form, and accounts and preferences included it for their labels.
        const QString root = QStringLiteral(NUMBERDESK_SOURCE_DIR "/src/gui");
        QDirIterator files(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
            QDirIterator::Subdirectories);
        int scanned = 0;
        QStringList offenders;
        while (files.hasNext()) {
            const QString path = QDir(root).relativeFilePath(files.next());
            ++scanned;
            if (path.startsWith(QLatin1String("common/")))
                continue;
            const QString text = readAll(root + QLatin1Char('/') + path);
            if (ColourFileName.match(path).hasMatch())
                offenders << path + QStringLiteral(": a colour source outside gui/common");
            for (const QString &include : colourIncludesFromOtherFolders(featureFolderOf(path), text))
                offenders << path + QStringLiteral(": ") + include;
            if (ContrastDecision.match(text).hasMatch())
                offenders << path
                        + QStringLiteral(": works out contrast itself (ask DeskColours for the role)");
        }
        QVERIFY2(scanned > 50, qPrintable(QStringLiteral("only %1 files under %2").arg(scanned).arg(root)));
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void gui_hasNoFixedColoursOutsideDeskColours()
    {
        const QString root = QStringLiteral(NUMBERDESK_SOURCE_DIR "/src/gui");
        QDirIterator files(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
            QDirIterator::Subdirectories);
        int scanned = 0;
        QStringList offenders;
        while (files.hasNext()) {
            const QString path = files.next();
            ++scanned;
            if (isColourHome(path))
                continue;
            for (const QString &hit : fixedColoursInCode(readAll(path)))
                offenders << QDir(root).relativeFilePath(path) + QStringLiteral(", ") + hit;
        }
        QVERIFY2(scanned > 50, qPrintable(QStringLiteral("only %1 files under %2").arg(scanned).arg(root)));
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void forms_haveNoFixedColoursInStyleSheets()
    {
        const QString root = QStringLiteral(NUMBERDESK_SOURCE_DIR "/ui");
        QDirIterator files(root, {QStringLiteral("*.ui")}, QDir::Files, QDirIterator::Subdirectories);
        int scanned = 0;
        QStringList offenders;
        while (files.hasNext()) {
            const QString path = files.next();
            ++scanned;
            for (const QString &hit : fixedColoursInForm(readAll(path)))
                offenders << QDir(root).relativeFilePath(path) + QStringLiteral(": ") + hit;
        }
        QVERIFY2(scanned > 10, qPrintable(QStringLiteral("only %1 forms under %2").arg(scanned).arg(root)));
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(NoFixedColoursTest)
#include "tst_nofixedcolours.moc"
