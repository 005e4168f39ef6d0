// Measures how late `numberdesk --sandbox` paints its first window compared with a bare Qt Widgets
// window (bench_bare_window, at Qt's size for it and at the app's size, and with one line of text), from
// the moment this benchmark starts the process, and how soon after that the window can answer input. Each
// launch gets a fresh HOME, so settings and journal start empty, or hold a generated journal of many orders.
// Not a test (numbers depend on the machine); see README.md for how to run and read it.

#include "JournalGenerator.h"
#include "journal/OrderJournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>

namespace {

constexpr int launchTimeoutMs = 60'000;
// Before each launch: the previous one's exit (the app's sandbox child, the display server freeing its
// window) must not fall on the next start. Without it the floor, started right after an app, measured
// 50 ms instead of 33 under Xvfb, and the ratios came out flattered.
constexpr int settleMs = 300;

struct Launch
{
    double firstPaintMs = 0; // from just before QProcess::start: the window's own paint event begins
    double firstFrameMs = 0; // every child painted too, and the frame handed to the display
    double readyMs = 0;
    double journalSettledMs = 0; // the app only: its journal open (or its problem shown)
    double maxStallMs = 0; // the app only: longest event-loop stall from first paint to journalSettledMs
    QString windowSize; // as painted, "1280x800"
    QString platform; // the Qt platform plugin that painted it
};

struct Series
{
    QList<double> firstPaint;
    QList<double> firstFrame;
    QList<double> ready;
    QList<double> journalSettled;
    QList<double> maxStall;

    void add(const Launch &launch)
    {
        firstPaint.append(launch.firstPaintMs);
        firstFrame.append(launch.firstFrameMs);
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

// The system clock in microseconds, as the child prints it (FirstPaintReport).
qint64 nowUs()
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::microseconds>(now).count();
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
    // A real window when there is a display to put it on (xvfb-run gives one): the offscreen platform
    // skips the display server, which is part of every start. Offscreen only when there is none.
    const bool hasDisplay = environment.contains(QStringLiteral("DISPLAY"))
        || environment.contains(QStringLiteral("WAYLAND_DISPLAY"));
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")) && !hasDisplay)
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

    QThread::msleep(settleMs); // a benchmark, not a test: the machine is left to quieten down
    QProcess process;
    process.setProcessEnvironment(environmentWithHome(home.path()));
    process.setStandardErrorFile(QProcess::nullDevice());
    const qint64 startedAt = nowUs();
    process.start(program, arguments);

    std::optional<qint64> firstPaintAt;
    std::optional<qint64> firstFrameAt;
    std::optional<qint64> readyAt;
    std::optional<qint64> journalSettledAt;
    std::optional<double> maxStall;
    QString windowSize;
    QString platform;
    const auto complete = [&] {
        return firstPaintAt && firstFrameAt && readyAt && (!isApp || (journalSettledAt && maxStall));
    };
    const QDeadlineTimer deadline(launchTimeoutMs);
    while (!complete() && !deadline.hasExpired()) {
        if (!process.canReadLine() && !process.waitForReadyRead(int(deadline.remainingTime())))
            break; // exited or timed out
        while (process.canReadLine()) {
            const QList<QByteArray> fields = process.readLine().trimmed().split(':');
            if (fields.size() != 2)
                continue;
            const qint64 at = fields.at(1).trimmed().toLongLong();
            if (fields.at(0) == "window-size")
                windowSize = QString::fromLatin1(fields.at(1).trimmed());
            else if (fields.at(0) == "platform")
                platform = QString::fromLatin1(fields.at(1).trimmed());
            else if (fields.at(0) == "first-paint-us-since-epoch")
                firstPaintAt = at;
            else if (fields.at(0) == "first-frame-us-since-epoch")
                firstFrameAt = at;
            else if (fields.at(0) == "ready-us-since-epoch")
                readyAt = at;
            else if (fields.at(0) == "journal-settled-us-since-epoch")
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
    const auto msSinceStart = [startedAt](qint64 us) { return double(us - startedAt) / 1000.0; };
    return Launch {msSinceStart(*firstPaintAt), msSinceStart(*firstFrameAt), msSinceStart(*readyAt),
        journalSettledAt ? msSinceStart(*journalSettledAt) : 0, maxStall.value_or(0), windowSize, platform};
}

struct Options
{
    int runs = 11;
    int journalOrders = 100'000;
    QString baselineApp; // another build of numberdesk, launched alongside (empty journal): before/after
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
    const QCommandLineOption baseline(QStringLiteral("baseline-app"),
        QStringLiteral("Another numberdesk executable (say, a build of the previous commit), started in turn "
                       "with the others on an empty journal: its figures and app/baseline ratios."),
        QStringLiteral("PATH"));
    parser.addOption(runs);
    parser.addOption(orders);
    parser.addOption(baseline);
    parser.process(app);
    Options options;
    bool runsOk = false;
    bool ordersOk = false;
    options.runs = parser.value(runs).toInt(&runsOk);
    options.journalOrders = parser.value(orders).toInt(&ordersOk);
    options.baselineApp = parser.value(baseline);
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

    // The floors paint as many pixels as the app: it says what size it painted (a fresh home, so the
    // default size of its form, not a saved one).
    const std::optional<Launch> first = launch(numberdesk, appArguments, {}, true);
    if (!first || first->windowSize.isEmpty()) {
        printProgress(QStringLiteral("the app never reported its first paint"));
        return 1;
    }
    const QStringList sized {QStringLiteral("--size"), first->windowSize};
    const QStringList sizedWithText = sized + QStringList {QStringLiteral("--text")};

    Series bare;
    Series bareSized;
    Series textSized;
    Series appEmpty;
    Series appWithJournal;
    Series baselineEmpty;
    // Round 0 warms the disk cache and is not counted; then the kinds alternate, so a slow moment of
    // the machine hits all of them alike.
    for (int round = 0; round <= options->runs; ++round) {
        const std::optional<Launch> b = launch(bareWindow, {}, {}, false);
        const std::optional<Launch> s = launch(bareWindow, sized, {}, false);
        const std::optional<Launch> t = launch(bareWindow, sizedWithText, {}, false);
        const std::optional<Launch> e = launch(numberdesk, appArguments, {}, true);
        const std::optional<Launch> j
            = journal.isEmpty() ? Launch {} : launch(numberdesk, appArguments, journal, true);
        const std::optional<Launch> a = options->baselineApp.isEmpty()
            ? Launch {}
            : launch(options->baselineApp, appArguments, {}, true);
        if (!b || !s || !t || !e || !j || !a) {
            printProgress(QStringLiteral("a launch never reported its first paint (round %1)").arg(round));
            return 1;
        }
        if (s->windowSize != first->windowSize || e->platform != b->platform) {
            printProgress(QStringLiteral("the floor painted %1 on %2, the app %3 on %4")
                              .arg(s->windowSize, s->platform, e->windowSize, e->platform));
            return 1;
        }
        if (round == 0)
            continue;
        bare.add(*b);
        bareSized.add(*s);
        textSized.add(*t);
        appEmpty.add(*e);
        appWithJournal.add(*j);
        baselineEmpty.add(*a);
        printProgress(QStringLiteral("round %1 of %2").arg(round).arg(options->runs));
    }

    const auto ms
        = [](double value) -> QString { return QString::number(value, 'f', 1) + QLatin1String(" ms"); };
    const auto ratio
        = [](double value, double floor) -> QString { return QString::number(value / floor, 'f', 2); };
    const double bareFirstPaint = median(bare.firstPaint);
    const double sizedFirstPaint = median(bareSized.firstPaint);
    const double textFirstPaint = median(textSized.firstPaint);
    const double sizedFirstFrame = median(bareSized.firstFrame);
    printFigure(QStringLiteral("runs"), QString::number(options->runs));
    printFigure(QStringLiteral("platform"), first->platform);
    printFigure(QStringLiteral("app window size"), first->windowSize);
    printFigure(QStringLiteral("bare first paint median"), ms(sizedFirstPaint));
    printFigure(QStringLiteral("bare first frame median"), ms(sizedFirstFrame));
    printFigure(QStringLiteral("bare ready median"), ms(median(bareSized.ready)));
    printFigure(QStringLiteral("bare first paint median (Qt's size for it)"), ms(bareFirstPaint));
    printFigure(QStringLiteral("text window first paint median"), ms(textFirstPaint));
    printFigure(QStringLiteral("ratio text window/bare"), ratio(textFirstPaint, sizedFirstPaint));
    const double textFirstFrame = median(textSized.firstFrame);
    printFigure(QStringLiteral("text window first frame median"), ms(textFirstFrame));
    const auto printApp = [&](const Series &series, const QString &journalKind) {
        const QString suffix = QLatin1String(" (") + journalKind + QLatin1Char(')');
        const double firstPaint = median(series.firstPaint);
        printFigure(QLatin1String("app first paint median") + suffix, ms(firstPaint));
        printFigure(QLatin1String("ratio app/bare") + suffix, ratio(firstPaint, sizedFirstPaint));
        printFigure(
            QLatin1String("ratio app/bare at Qt's size for it") + suffix, ratio(firstPaint, bareFirstPaint));
        printFigure(QLatin1String("ratio app/text window") + suffix, ratio(firstPaint, textFirstPaint));
        const double firstFrame = median(series.firstFrame);
        printFigure(QLatin1String("app first frame median") + suffix, ms(firstFrame));
        printFigure(QLatin1String("ratio app/bare first frame") + suffix, ratio(firstFrame, sizedFirstFrame));
        printFigure(
            QLatin1String("ratio app/text window first frame") + suffix, ratio(firstFrame, textFirstFrame));
        printFigure(QLatin1String("app ready median") + suffix, ms(median(series.ready)));
        printFigure(QLatin1String("app journal open median") + suffix, ms(median(series.journalSettled)));
        printFigure(QLatin1String("app longest stall after first paint median") + suffix,
            QString::number(median(series.maxStall), 'f', 1) + QLatin1String(" ms"));
        printFigure(QLatin1String("app longest stall after first paint worst") + suffix,
            QString::number(*std::max_element(series.maxStall.cbegin(), series.maxStall.cend()), 'f', 1)
                + QLatin1String(" ms"));
    };
    printApp(appEmpty, QStringLiteral("empty journal"));
    if (!options->baselineApp.isEmpty()) {
        printFigure(QStringLiteral("baseline app"), options->baselineApp);
        printFigure(QStringLiteral("baseline app first paint median (empty journal)"),
            ms(median(baselineEmpty.firstPaint)));
        printFigure(QStringLiteral("baseline app first frame median (empty journal)"),
            ms(median(baselineEmpty.firstFrame)));
        printFigure(QStringLiteral("ratio app/baseline app first frame (empty journal)"),
            ratio(median(appEmpty.firstFrame), median(baselineEmpty.firstFrame)));
    }
    if (!journal.isEmpty()) {
        printApp(appWithJournal, QStringLiteral("%1-order journal").arg(options->journalOrders));
        printFigure(QStringLiteral("journal size"),
            QString::number(QFileInfo(journal).size() / 1e6, 'f', 1) + QLatin1String(" MB"));
    }
    return 0;
}
