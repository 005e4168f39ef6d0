// Measures the results side against the in-process sandbox: for 1, 100 and 1,000 numbers, the time
// from submitting an activate (ApiClient::submitStatusChange) until the order is shown and until
// every QR code has been drawn in a visible ResultsPanel, the longest event-loop stall of the GUI
// thread meanwhile, and peak memory; and, in the same run and alternating with it, the network floor
// (FloorClient: the same token, POST and downloads with nothing parsed or drawn), so that the ratios
// desk/floor do not depend on how busy the machine is. Not a test (numbers depend on the machine);
// see README.md for how to run and read it.

#include "FloorClient.h"
#include "GuiProbes.h"
#include "SandboxThread.h"
#include "desk/QrImageQueue.h"
#include "desk/ResultsModel.h"
#include "gui/results/ResultsPanel.h"
#include "gui/results/VisibleRowsLoader.h"
#include "network/ApiClient.h"
#include "network/TokenCache.h"
#include "request/RequestSerializer.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QScrollBar>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>

using namespace nd;
using namespace nd::bench;

namespace {

constexpr int TimeoutMs = 180000;

// CPU time of the whole process (every thread: GUI, Qt's network thread, the sandbox, Qt's thread
// pool), in ms. A run's share is a steadier figure than wall time on a busy machine; the sandbox's
// part is the same for the desk and the floor, so their difference is the desk's own work.
double processCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct DeskRun
{
    double orderMs = 0; // submit -> order answer shown in the panel
    double firstScreenMs = 0; // submit -> QR codes of the first screenful drawn
    double allDrawnMs = 0; // submit -> every QR code drawn (list scrolled page by page)
    double maxStallMs = 0;
    double cpuMs = 0; // process CPU time during the run
    int downloads = 0;
    int peakConcurrent = 0;
    double peakMiB = 0;
    QString problem;
};

// Fresh numbers for every run (the sandbox remembers numbers: activating one twice is refused).
// Exchanges 200..999, skipping the N11 service codes and 555 (the sandbox's magic numbers).
class FreshNumbers final
{
public:
    ValidatedRequest activate(int count)
    {
        ValidatedRequest request;
        request.changeType = ChangeType::Activate;
        request.effectiveDate = QDate::currentDate();
        const int exchange = nextExchange();
        for (int i = 0; i < count; ++i)
            request.numbers.append(
                {QStringLiteral("+1201%1%2").arg(exchange).arg(i, 4, 10, QLatin1Char('0')), {}, i});
        return request;
    }

private:
    int nextExchange()
    {
        do
            ++m_exchange;
        while (m_exchange % 100 == 11 || m_exchange == 555);
        if (m_exchange > 999)
            qFatal("bench_results: out of fresh exchanges; use fewer --rounds");
        return m_exchange;
    }
    int m_exchange = 199;
};

// Calls onPainted once a paint event of `widget` has been handled (the zero-timer runs after it).
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) { widget->installEventFilter(this); }
    std::function<void()> onPainted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && onPainted)
            QTimer::singleShot(0, this, [this] { onPainted(); });
        return QObject::eventFilter(watched, event);
    }
};

struct Target
{
    QUrl baseUrl;
    Credentials credentials;
};

// One desk run with its own ApiClient (a token fetched and new connections, as the floor does).
DeskRun runDesk(const Target &target, const ValidatedRequest &request)
{
    DeskRun result;
    const int count = int(request.numbers.size());
    ApiClient client;
    client.setBaseUrl(target.baseUrl);
    client.setCredentials(target.credentials);
    client.setTransferTimeout(120000);
    ResultsPanel panel(&client);
    panel.resize(900, 720);
    panel.show();
    QCoreApplication::processEvents();
    auto *view = panel.findChild<QListView *>(QStringLiteral("numbersView"));
    auto *model = panel.findChild<ResultsModel *>();
    auto *queue = panel.findChild<QrImageQueue *>();
    const auto *loader = panel.findChild<VisibleRowsLoader *>();

    QEventLoop loop;
    QTimer step; // re-checks after each batch of events: scroll on once the screen is drawn
    step.setSingleShot(true);
    step.setInterval(0);
    StallMeter stalls;
    QElapsedTimer clock;
    bool orderShown = false;

    // "Drawn" is the list's own next paint once the screen's images are in: what the agent sees, with
    // no paint forced by the benchmark on top of the one Qt does anyway.
    PaintWatch paints(view->viewport());
    bool awaitingPaint = false;
    const auto screenDrawn = [&] {
        if (result.firstScreenMs == 0)
            result.firstScreenMs = double(clock.nsecsElapsed()) / 1e6;
        QScrollBar *bar = view->verticalScrollBar();
        if (bar->value() >= bar->maximum()) {
            result.allDrawnMs = double(clock.nsecsElapsed()) / 1e6;
            loop.quit();
            return;
        }
        bar->setValue(bar->value() + bar->pageStep());
        step.start();
    };
    paints.onPainted = [&] {
        if (!awaitingPaint)
            return;
        awaitingPaint = false;
        screenDrawn();
    };
    QObject::connect(&step, &QTimer::timeout, &loop, [&] {
        if (awaitingPaint || !orderShown || !visibleRowsLoaded(loader, model))
            return;
        awaitingPaint = true;
        view->viewport()->update(); // joins the update the last image asked for, if still pending
    });
    QObject::connect(model, &QAbstractItemModel::dataChanged, &step, [&step] { step.start(); });

    resetPeakResident();
    const double cpuBefore = processCpuMs();
    stalls.start();
    clock.start();
    ApiCall *call = client.submitStatusChange(request);
    QObject::connect(call, &ApiCall::orderReceived, &loop, [&](const Order &order) {
        panel.showOrder(order);
        result.orderMs = double(clock.nsecsElapsed()) / 1e6;
        orderShown = true;
        step.start();
    });
    QObject::connect(call, &ApiCall::failed, &loop, [&](const ApiError &error) {
        result.problem = error.title + QStringLiteral(": ") + error.message;
        loop.quit();
    });
    QTimer::singleShot(TimeoutMs, &loop, [&] {
        result.problem = QStringLiteral("gave up after %1 s").arg(TimeoutMs / 1000);
        loop.quit();
    });
    loop.exec();
    result.cpuMs = processCpuMs() - cpuBefore;
    result.maxStallMs = stalls.stop();
    result.downloads = queue->downloadsStarted();
    result.peakConcurrent = queue->peakConcurrentDownloads();
    result.peakMiB = peakResidentMiB();
    if (result.problem.isEmpty() && model->loadedImageCount() != count)
        result.problem = QStringLiteral("%1 of %2 QR codes loaded").arg(model->loadedImageCount()).arg(count);
    return result;
}

bench::FloorRun runFloorOnce(const Target &target, const ValidatedRequest &request)
{
    const QUrl statusUrl = ApiEndpoints(target.baseUrl).statusChangeUrl();
    bench::FloorTarget floorTarget;
    floorTarget.tokenUrl = ApiEndpoints(target.baseUrl).tokenUrl();
    floorTarget.statusUrl = statusUrl;
    // The same body TokenProvider sends; built before the clock starts, like the status change's.
    floorTarget.tokenBody
        = QJsonDocument(QJsonObject {{QStringLiteral("AccountKey"), target.credentials.accountKey},
                            {QStringLiteral("AccountSecret"), target.credentials.accountSecret},
                            {QStringLiteral("ApiEndpoint"), TokenCache::scopeOf(statusUrl)}})
              .toJson(QJsonDocument::Compact);
    const QByteArray body = serializeStatusChange(request);
    const double cpuBefore = processCpuMs();
    bench::FloorRun run = bench::runFloor(floorTarget, body, QrImageQueue::DefaultMaxConcurrent, TimeoutMs);
    run.cpuMs = processCpuMs() - cpuBefore;
    return run;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

struct Options
{
    int rounds = 7;
    QList<int> sizes {1, 100, 1000};
    bool desk = true; // --side desk|floor: only one of them, e.g. under a profiler
    bool floor = true;
};

// The medians of one size's rounds.
struct SizeFigures
{
    int numbers = 0;
    double orderMs = 0, firstScreenMs = 0, allDrawnMs = 0, maxStallMs = 0, peakMiB = 0;
    double floorPostMs = 0, floorAllMs = 0, cpuMs = 0, floorCpuMs = 0;
    double ratioOrder = 0, ratioAllDrawn = 0; // medians of the per-round ratios
    int downloads = 0, peakConcurrent = 0, floorPeakParallel = 0;
    QStringList problems;
};

SizeFigures measure(
    const Target &target, FreshNumbers &numbers, const Options &options, int count, int rounds)
{
    SizeFigures figures;
    figures.numbers = count;
    QList<double> order, firstScreen, allDrawn, stall, peak, floorPost, floorAll, ratioOrder, ratioAll, cpu,
        floorCpu;
    for (int round = 0; round < rounds; ++round) {
        DeskRun desk;
        bench::FloorRun floor;
        const auto deskRun = [&] {
            if (options.desk)
                desk = runDesk(target, numbers.activate(count));
        };
        const auto floorRun = [&] {
            if (options.floor)
                floor = runFloorOnce(target, numbers.activate(count));
        };
        // Taking turns at going first: neither side always meets the other's leftovers.
        if (round % 2 == 0) {
            deskRun();
            floorRun();
        } else {
            floorRun();
            deskRun();
        }
        std::fprintf(stderr,
            "  %d numbers, round %d: desk order %.1f ms, all drawn %.1f ms, cpu %.0f ms; floor post %.1f ms, "
            "all %.1f ms, cpu %.0f ms\n",
            count, round + 1, desk.orderMs, desk.allDrawnMs, desk.cpuMs, floor.postMs, floor.allMs,
            floor.cpuMs);
        if (!desk.problem.isEmpty())
            figures.problems << QStringLiteral("desk: ") + desk.problem;
        if (!floor.problem.isEmpty())
            figures.problems << QStringLiteral("floor: ") + floor.problem;
        order << desk.orderMs;
        firstScreen << desk.firstScreenMs;
        allDrawn << desk.allDrawnMs;
        stall << desk.maxStallMs;
        peak << desk.peakMiB;
        floorPost << floor.postMs;
        floorAll << floor.allMs;
        cpu << desk.cpuMs;
        floorCpu << floor.cpuMs;
        ratioOrder << (floor.postMs > 0 ? desk.orderMs / floor.postMs : 0);
        ratioAll << (floor.allMs > 0 ? desk.allDrawnMs / floor.allMs : 0);
        figures.downloads = desk.downloads;
        figures.peakConcurrent = qMax(figures.peakConcurrent, desk.peakConcurrent);
        figures.floorPeakParallel = qMax(figures.floorPeakParallel, floor.peakParallel);
    }
    figures.orderMs = median(order);
    figures.firstScreenMs = median(firstScreen);
    figures.allDrawnMs = median(allDrawn);
    figures.maxStallMs = median(stall);
    figures.peakMiB = *std::max_element(peak.cbegin(), peak.cend());
    figures.floorPostMs = median(floorPost);
    figures.floorAllMs = median(floorAll);
    figures.cpuMs = median(cpu);
    figures.floorCpuMs = median(floorCpu);
    figures.floorCpuMs = median(floorCpu);
    figures.ratioOrder = median(ratioOrder);
    figures.ratioAllDrawn = median(ratioAll);
    return figures;
}

std::optional<Options> parseOptions(const QStringList &arguments)
{
    Options options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &name = arguments.at(i);
        const QString value = arguments.value(i + 1);
        bool ok = true;
        if (name == QLatin1String("--rounds")) {
            options.rounds = value.toInt(&ok);
            ok = ok && options.rounds >= 1;
        } else if (name == QLatin1String("--sizes")) {
            options.sizes.clear();
            for (const QString &size : value.split(QLatin1Char(','))) {
                options.sizes << size.toInt(&ok);
                if (!ok || options.sizes.last() < 1 || options.sizes.last() > 9999)
                    return std::nullopt;
            }
        } else if (name == QLatin1String("--side")) {
            ok = value == QLatin1String("desk") || value == QLatin1String("floor");
            options.desk = value == QLatin1String("desk");
            options.floor = value == QLatin1String("floor");
        } else {
            return std::nullopt;
        }
        if (!ok)
            return std::nullopt;
        ++i;
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const std::optional<Options> parsed = parseOptions(app.arguments());
    if (!parsed) {
        std::fprintf(stderr,
            "usage: bench_results [--rounds N] [--sizes 1,100,1000] [--side desk|floor]\n"
            "  --rounds: desk and floor runs per size (default 7); --side: run only one of them\n");
        return 2;
    }
    const Options &options = *parsed;
    const int rounds = options.rounds;

    sandbox::SandboxOptions sandboxOptions;
    // Hundreds of requests a minute; the real limit is 50 requests/min.
    sandboxOptions.rateLimitPerMinute = 0;
    sandboxOptions.maxQrCodes = 1000000; // every run's codes stay downloadable
    sandboxOptions.maxNumbers = 1000000;
    SandboxThread server;
    if (!server.start(sandboxOptions))
        return 1;
    const Target target {server.baseUrl(), {sandboxOptions.accountKey, sandboxOptions.accountSecret}};

    QTextStream out(stdout);
    out << "bench_results: submit (activate) -> order shown / every QR code drawn in a visible ResultsPanel\n"
           "(900x720), scrolling one page at a time once the page's codes are drawn; against the floor, a "
           "bare\n"
           "QNetworkAccessManager doing the same token, POST and downloads ("
        << QrImageQueue::DefaultMaxConcurrent
        << " at once), nothing parsed or drawn.\n"
           "Sandbox in its own thread on loopback. Medians of "
        << rounds << " rounds, desk and floor taking turns.\nplatform: " << QGuiApplication::platformName()
        << ", Qt " << qVersion() << "\n\n";
    out.flush();

    FreshNumbers numbers;
    std::fprintf(stderr, "warming up (not counted)\n");
    measure(target, numbers, options, 100, 1);

    QList<SizeFigures> all;
    for (const int count : options.sizes)
        all << measure(target, numbers, options, count, rounds);

    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("numbers"), 8)
               .arg(QStringLiteral("order ms"), 9)
               .arg(QStringLiteral("1st screen ms"), 14)
               .arg(QStringLiteral("all drawn ms"), 13)
               .arg(QStringLiteral("floor post ms"), 14)
               .arg(QStringLiteral("floor all ms"), 13)
               .arg(QStringLiteral("max stall ms"), 13)
               .arg(QStringLiteral("downloads (peak parallel)"), 26)
               .arg(QStringLiteral("peak RSS MiB"), 13);
    for (const SizeFigures &f : std::as_const(all)) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(f.numbers, 8)
                   .arg(f.orderMs, 9, 'f', 1)
                   .arg(f.firstScreenMs, 14, 'f', 1)
                   .arg(f.allDrawnMs, 13, 'f', 1)
                   .arg(f.floorPostMs, 14, 'f', 1)
                   .arg(f.floorAllMs, 13, 'f', 1)
                   .arg(f.maxStallMs, 13, 'f', 1)
                   .arg(QStringLiteral("%1 (%2)").arg(f.downloads).arg(f.peakConcurrent), 26)
                   .arg(f.peakMiB, 13, 'f', 1);
        for (const QString &problem : f.problems)
            out << "  problem: " << problem << '\n';
    }
    out << '\n';
    // One figure a line, `name: value unit`, for scripts and the before/after table.
    for (const SizeFigures &f : std::as_const(all)) {
        if (f.numbers < 100)
            continue;
        const QString n = QString::number(f.numbers);
        out << "order " << n << ": " << QString::number(f.orderMs, 'f', 1) << " ms\n";
        out << "all-drawn " << n << ": " << QString::number(f.allDrawnMs, 'f', 1) << " ms\n";
        out << "floor post " << n << ": " << QString::number(f.floorPostMs, 'f', 1) << " ms\n";
        out << "floor all " << n << ": " << QString::number(f.floorAllMs, 'f', 1) << " ms\n";
        out << "ratio order/floor " << n << ": " << QString::number(f.ratioOrder, 'f', 2) << '\n';
        out << "ratio all-drawn/floor " << n << ": " << QString::number(f.ratioAllDrawn, 'f', 2) << '\n';
        out << "cpu " << n << ": " << QString::number(f.cpuMs, 'f', 1) << " ms\n";
        out << "floor cpu " << n << ": " << QString::number(f.floorCpuMs, 'f', 1) << " ms\n";
        out << "max stall " << n << ": " << QString::number(f.maxStallMs, 'f', 1) << " ms\n";
        out << "peak RSS " << n << ": " << QString::number(f.peakMiB, 'f', 1) << " MiB\n";
    }
    // The two figures, for 1,000 numbers.
    for (const SizeFigures &f : std::as_const(all)) {
        if (f.numbers != 1000)
            continue;
        out << "ratio all-drawn/floor: " << QString::number(f.ratioAllDrawn, 'f', 2) << '\n';
        out << "ratio order/floor: " << QString::number(f.ratioOrder, 'f', 2) << '\n';
    }
    out.flush();

    bool anyProblem = false;
    for (const SizeFigures &f : std::as_const(all))
        anyProblem = anyProblem || !f.problems.isEmpty();
    return anyProblem ? 1 : 0;
}
