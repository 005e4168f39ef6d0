// Measures the results side against the in-process sandbox: for 1, 100 and 1,000 numbers, the time
// from submitting an activate (ApiClient::submitStatusChange) until every QR code has been drawn in a
// visible ResultsPanel, the longest event-loop stall of the GUI thread meanwhile, and peak memory.
// Not a test (numbers depend on the machine); see README.md for how to run and read it.

#include "desk/QrImageQueue.h"
#include "desk/ResultsModel.h"
#include "gui/results/ResultsPanel.h"
#include "gui/results/VisibleRowsLoader.h"
#include "network/ApiClient.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QListView>
#include <QScrollBar>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <optional>

using namespace nd;

namespace {

// Peak resident memory of the whole process so far (Linux), in MiB; 0 elsewhere.
double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Measures the largest gap between ticks of a 1 ms timer: how long the GUI thread was busy at once.
class StallMeter final
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_max = qMax(m_max, m_sinceTick.nsecsElapsed());
            m_sinceTick.restart();
        });
    }
    void start()
    {
        m_max = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return double(m_max) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_max = 0;
};

struct RunResult
{
    int numbers = 0;
    double orderMs = 0; // submit -> order answer shown in the panel
    double firstScreenMs = 0; // submit -> QR codes of the first screenful drawn
    double allDrawnMs = 0; // submit -> every QR code drawn (list scrolled page by page)
    double maxStallMs = 0;
    int downloads = 0;
    int peakConcurrent = 0;
    double peakMiB = 0;
    QString problem;
};

// The rows the panel's own loader counts as on screen (VisibleRowsLoader::visibleRows) are all drawn.
bool visibleRowsLoaded(const VisibleRowsLoader *loader, ResultsModel *model)
{
    const auto [first, last] = loader->visibleRows();
    if (first < 0)
        return false;
    for (int row = first; row <= last; ++row) {
        const auto state = ResultsModel::QrState(model->index(row).data(ResultsModel::QrStateRole).toInt());
        if (state != ResultsModel::QrState::Loaded && state != ResultsModel::QrState::Failed)
            return false;
    }
    return true;
}

RunResult run(ApiClient &client, int count, int exchange)
{
    RunResult result;
    result.numbers = count;
    ResultsPanel panel(&client);
    panel.resize(900, 720);
    panel.show();
    QCoreApplication::processEvents();
    auto *view = panel.findChild<QListView *>(QStringLiteral("numbersView"));
    auto *model = panel.findChild<ResultsModel *>();
    auto *queue = panel.findChild<QrImageQueue *>();
    const auto *loader = panel.findChild<VisibleRowsLoader *>();

    ValidatedRequest request;
    request.changeType = ChangeType::Activate;
    request.effectiveDate = QDate::currentDate();
    for (int i = 0; i < count; ++i)
        request.numbers.append(
            {QStringLiteral("+1201%1%2").arg(exchange).arg(i, 4, 10, QLatin1Char('0')), {}, i});

    QEventLoop loop;
    QTimer step; // re-checks after each batch of events: scroll on once the screen is drawn
    step.setSingleShot(true);
    step.setInterval(0);
    StallMeter stalls;
    QElapsedTimer clock;
    bool orderShown = false;

    QObject::connect(&step, &QTimer::timeout, &loop, [&] {
        if (!orderShown || !visibleRowsLoaded(loader, model))
            return;
        view->viewport()->repaint(); // drawn now, not "some time later"
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
    });
    QObject::connect(model, &QAbstractItemModel::dataChanged, &step, [&step] { step.start(); });

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
    QTimer::singleShot(180000, &loop, [&] {
        result.problem = QStringLiteral("gave up after 180 s");
        loop.quit();
    });
    loop.exec();
    result.maxStallMs = stalls.stop();
    result.downloads = queue->downloadsStarted();
    result.peakConcurrent = queue->peakConcurrentDownloads();
    result.peakMiB = peakMemoryMiB();
    if (result.problem.isEmpty() && model->loadedImageCount() != count)
        result.problem = QStringLiteral("%1 of %2 QR codes loaded").arg(model->loadedImageCount()).arg(count);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);

    // The sandbox runs in a thread of its own so the stall measured is the desk's, not the fake
    // server's (rendering 1,000 PNGs is the real server's work, on another machine).
    QThread serverThread;
    serverThread.start();
    sandbox::SandboxOptions options;
    options.rateLimitPerMinute = 0; // 1 + 100 + 1,000 numbers in a minute; the real limit is 50 requests/min
    std::unique_ptr<sandbox::SandboxServer> server;
    auto *starter = new QObject; // moved to the server thread: the server is created and destroyed there
    starter->moveToThread(&serverThread);
    bool started = false;
    QMetaObject::invokeMethod(
        starter,
        [&] {
            server = std::make_unique<sandbox::SandboxServer>(options);
            started = server->start(0);
        },
        Qt::BlockingQueuedConnection);
    if (!started) {
        std::fprintf(stderr, "sandbox did not start\n");
        return 1;
    }

    ApiClient client;
    client.setBaseUrl(server->baseUrl());
    client.setCredentials({options.accountKey, options.accountSecret});
    client.setTransferTimeout(120000);

    QTextStream out(stdout);
    out << "bench_results: submit (activate) -> every QR code drawn in a visible ResultsPanel (900x720),\n"
           "scrolling one page at a time once the page's codes are drawn. Sandbox in its own thread on "
           "loopback.\n"
           "platform: "
        << QGuiApplication::platformName() << ", Qt " << qVersion() << "\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("numbers"), 8)
               .arg(QStringLiteral("order ms"), 9)
               .arg(QStringLiteral("1st screen ms"), 14)
               .arg(QStringLiteral("all drawn ms"), 13)
               .arg(QStringLiteral("max stall ms"), 13)
               .arg(QStringLiteral("downloads (peak parallel)"), 26)
               .arg(QStringLiteral("peak RSS MiB"), 13);
    int exchange = 610;
    for (const int count : {1, 100, 1000}) {
        const RunResult r = run(client, count, exchange++);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(r.numbers, 8)
                   .arg(r.orderMs, 9, 'f', 1)
                   .arg(r.firstScreenMs, 14, 'f', 1)
                   .arg(r.allDrawnMs, 13, 'f', 1)
                   .arg(r.maxStallMs, 13, 'f', 1)
                   .arg(QStringLiteral("%1 (%2)").arg(r.downloads).arg(r.peakConcurrent), 26)
                   .arg(r.peakMiB, 13, 'f', 1);
        if (!r.problem.isEmpty())
            out << "  problem: " << r.problem << '\n';
        out.flush();
    }

    QMetaObject::invokeMethod(
        starter,
        [&] {
            server.reset();
            delete starter;
        },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
