// Measures how late `numberdesk --sandbox` paints its first window compared with a bare Qt Widgets
// window (bench_bare_window), from the moment this benchmark starts the process, and how soon after
// that the window can answer input. Each launch gets a fresh HOME, so settings and journal start
// empty, or hold a generated journal of many orders. Not a test (numbers depend on the machine); see
// README.md for how to run and read it.

#include "JournalGenerator.h"
#include "journal/OrderJournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

constexpr int launchTimeoutMs = 60'000;

struct Launch
{
    qint64 firstPaintMs = 0; // from just before QProcess::start
    qint64 readyMs = 0;
    qint64 journalSettledMs = 0; // the app only: its journal open (or its problem shown)
    double maxStallMs = 0; // the app only: longest event-loop stall from first paint to journalSettledMs
};

struct Series
{
    QList<qint64> firstPaint;
    QList<qint64> ready;
    QList<qint64> journalSettled;
    QList<double> maxStall;

    void add(const Launch &launch)
    {
        firstPaint.append(launch.firstPaintMs);
        ready.append(launch.readyMs);
        journalSettled.append(launch.journalSettledMs);
        maxStall.append(launch.maxStallMs);
    }
};

template<typename T> double median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? double(values.at(middle)) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

void printFigure(const QString &name, const QString &value)
{
    std::printf("%s: %s\n", qPrintable(name), qPrintable(value));
    std::fflush(stdout);
}

void printProgress(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
}

// What the child sees as home: only these folders, all inside `home`, so it reads and writes nothing
// of the user's (settings, journal, caches).
QProcessEnvironment environmentWithHome(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QLatin1String("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QLatin1String("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QLatin1String("/.cache"));
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("NUMBERDESK_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    return environment;
}

// Where the app will look for its journal under `home`: the journal's own path logic
// (OrderJournal::defaultPath), run here with the child's HOME and XDG_DATA_HOME.
QString journalPathUnder(const QString &home)
{
    const QProcessEnvironment child = environmentWithHome(home);
    const QByteArray savedHome = qgetenv("HOME");
    const QByteArray savedDataHome = qgetenv("XDG_DATA_HOME");
    qputenv("HOME", child.value(QStringLiteral("HOME")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", child.value(QStringLiteral("XDG_DATA_HOME")).toLocal8Bit());
    const QString path = nd::OrderJournal::defaultPath();
    qputenv("HOME", savedHome);
    if (savedDataHome.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", savedDataHome);
    return path;
}

// The journal files to copy into a fresh home: the database, and its WAL should one be left.
bool copyJournal(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (!QFile::copy(from, to))
        return false;
    const QString wal = QStringLiteral("-wal");
    return !QFile::exists(from + wal) || QFile::copy(from + wal, to + wal);
}

// Starts `program` with a fresh home (holding a copy of `journal` when given), reads its report
// lines, then stops it. nullopt when it never reported.
std::optional<Launch> launch(
    const QString &program, const QStringList &arguments, const QString &journal, bool isApp)
{
    QTemporaryDir home;
    if (!home.isValid())
        return std::nullopt;
    const QString journalCopy = journalPathUnder(home.path());
    if (!journal.isEmpty() && !copyJournal(journal, journalCopy))
        return std::nullopt;

    QProcess process;
    process.setProcessEnvironment(environmentWithHome(home.path()));
    process.setStandardErrorFile(QProcess::nullDevice());
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    process.start(program, arguments);

    std::optional<qint64> firstPaintAt;
    std::optional<qint64> readyAt;
    std::optional<qint64> journalSettledAt;
    std::optional<double> maxStall;
    const auto complete
        = [&] { return firstPaintAt && readyAt && (!isApp || (journalSettledAt && maxStall)); };
    const QDeadlineTimer deadline(launchTimeoutMs);
    while (!complete() && !deadline.hasExpired()) {
        if (!process.canReadLine() && !process.waitForReadyRead(int(deadline.remainingTime())))
            break; // exited or timed out
        while (process.canReadLine()) {
            const QList<QByteArray> fields = process.readLine().trimmed().split(':');
            if (fields.size() != 2)
                continue;
            const qint64 at = fields.at(1).trimmed().toLongLong();
            if (fields.at(0) == "first-paint-ms-since-epoch")
                firstPaintAt = at;
            else if (fields.at(0) == "ready-ms-since-epoch")
                readyAt = at;
            else if (fields.at(0) == "journal-settled-ms-since-epoch")
                journalSettledAt = at;
            else if (fields.at(0) == "max-stall-ms")
                maxStall = fields.at(1).trimmed().toDouble();
        }
    }

    process.terminate();
    if (!process.waitForFinished(2000)) {
        process.kill();
        process.waitForFinished();
    }
    if (!complete())
        return std::nullopt;
    // Had the app found the copy damaged, it would have set it aside (journal.sqlite.broken-…) and
    // timed the start of an empty journal instead.
    const QStringList setAside = QFileInfo(journalCopy).dir().entryList({QStringLiteral("*.broken-*")});
    if (!setAside.isEmpty()) {
        printProgress(
            QLatin1String("the app set the journal aside as damaged: ") + setAside.join(QLatin1Char(' ')));
        return std::nullopt;
    }
    return Launch {*firstPaintAt - startedAt, *readyAt - startedAt,
        journalSettledAt ? *journalSettledAt - startedAt : 0, maxStall.value_or(0)};
}

struct Options
{
    int runs = 11;
    int journalOrders = 100'000;
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Time to first paint: numberdesk --sandbox vs a bare Qt window."));
    parser.addHelpOption();
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Launches of each kind (median)."),
        QStringLiteral("N"), QStringLiteral("11"));
    const QCommandLineOption orders(QStringLiteral("journal-orders"),
        QStringLiteral("Orders (3 numbers each) in the generated journal; 0 skips it."), QStringLiteral("N"),
        QStringLiteral("100000"));
    parser.addOption(runs);
    parser.addOption(orders);
    parser.process(app);
    Options options;
    bool runsOk = false;
    bool ordersOk = false;
    options.runs = parser.value(runs).toInt(&runsOk);
    options.journalOrders = parser.value(orders).toInt(&ordersOk);
    if (!runsOk || options.runs < 1 || !ordersOk || options.journalOrders < 0) {
        printProgress(QStringLiteral("--runs needs a number from 1, --journal-orders one from 0"));
        return std::nullopt;
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The app's identity, so OrderJournal::defaultPath() names the folder the app will use.
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("NumberDesk"));
    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;

    const QString bareWindow = QStringLiteral(BENCH_BARE_WINDOW_PATH);
    const QString numberdesk = QStringLiteral(NUMBERDESK_APP_PATH);
    const QStringList appArguments {QStringLiteral("--sandbox")};

    QTemporaryDir journalHome;
    QString journal;
    if (options->journalOrders > 0) {
        journal = journalPathUnder(journalHome.path());
        if (!journalHome.isValid() || !benchjournal::generateJournal(journal, options->journalOrders))
            return 1;
    }

    Series bare;
    Series appEmpty;
    Series appWithJournal;
    // Round 0 warms the disk cache and is not counted; then the kinds alternate, so a slow moment of
    // the machine hits all of them alike.
    for (int round = 0; round <= options->runs; ++round) {
        const std::optional<Launch> b = launch(bareWindow, {}, {}, false);
        const std::optional<Launch> e = launch(numberdesk, appArguments, {}, true);
        const std::optional<Launch> j
            = journal.isEmpty() ? Launch {} : launch(numberdesk, appArguments, journal, true);
        if (!b || !e || !j) {
            printProgress(QStringLiteral("a launch never reported its first paint (round %1)").arg(round));
            return 1;
        }
        if (round == 0)
            continue;
        bare.add(*b);
        appEmpty.add(*e);
        appWithJournal.add(*j);
        printProgress(QStringLiteral("round %1 of %2").arg(round).arg(options->runs));
    }

    const double bareFirstPaint = median(bare.firstPaint);
    const auto ms = [](double value) -> QString { return QString::number(value) + QLatin1String(" ms"); };
    const auto ratio
        = [&](double value) -> QString { return QString::number(value / bareFirstPaint, 'f', 2); };
    printFigure(QStringLiteral("runs"), QString::number(options->runs));
    printFigure(QStringLiteral("bare first paint median"), ms(bareFirstPaint));
    printFigure(QStringLiteral("bare ready median"), ms(median(bare.ready)));
    const auto printApp = [&](const Series &series, const QString &journalKind) {
        const QString suffix = QLatin1String(" (") + journalKind + QLatin1Char(')');
        printFigure(QLatin1String("app first paint median") + suffix, ms(median(series.firstPaint)));
        printFigure(QLatin1String("ratio app/bare") + suffix, ratio(median(series.firstPaint)));
        printFigure(QLatin1String("app ready median") + suffix, ms(median(series.ready)));
        printFigure(QLatin1String("app journal open median") + suffix, ms(median(series.journalSettled)));
        printFigure(QLatin1String("app longest stall after first paint median") + suffix,
            QString::number(median(series.maxStall), 'f', 1) + QLatin1String(" ms"));
        printFigure(QLatin1String("app longest stall after first paint worst") + suffix,
            QString::number(*std::max_element(series.maxStall.cbegin(), series.maxStall.cend()), 'f', 1)
                + QLatin1String(" ms"));
    };
    printApp(appEmpty, QStringLiteral("empty journal"));
    if (!journal.isEmpty()) {
        printApp(appWithJournal, QStringLiteral("%1-order journal").arg(options->journalOrders));
        printFigure(QStringLiteral("journal size"),
            QString::number(QFileInfo(journal).size() / 1e6, 'f', 1) + QLatin1String(" MB"));
    }
    return 0;
}
