#include "app/FirstPaintReport.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QTimer>
#include <QWidget>
#include <QWindow>
#include <chrono>
#include <cstdio>

namespace nd {
namespace {

// Microseconds since the epoch (the system clock, which the benchmark reads too), so the benchmark can
// subtract the time it started this process: the floor's first paint is about 10 ms off-screen, too
// short for whole milliseconds.
void printNow(const char *what)
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    std::printf("%s: %lld\n", what,
        static_cast<long long>(std::chrono::duration_cast<std::chrono::microseconds>(now).count()));
    std::fflush(stdout); // the benchmark reads the line while we keep running
}

} // namespace

FirstPaintReport::FirstPaintReport(QWidget *window) : QObject(window), m_window(window)
{
    window->installEventFilter(this);
    // The window's expose events go to its QWindow, which exists only once it is shown: watch them all.
    QCoreApplication::instance()->installEventFilter(this);
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(1);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_maxStallNs = qMax(m_maxStallNs, m_sinceTick.nsecsElapsed());
        m_sinceTick.restart();
    });
}

void FirstPaintReport::journalSettled()
{
    if (!m_tick.isActive())
        return; // before the first paint, or said already
    m_maxStallNs = qMax(m_maxStallNs, m_sinceTick.nsecsElapsed());
    m_tick.stop();
    printNow("journal-settled-us-since-epoch");
    std::printf("max-stall-ms: %.1f\n", double(m_maxStallNs) / 1e6);
    std::fflush(stdout);
}

bool FirstPaintReport::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_framed && event->type() == QEvent::Expose
        && watched == static_cast<QObject *>(m_window->windowHandle())) {
        // Qt paints the whole window (every child too) and hands the frame to the display while it
        // handles an expose event: handle it here, then note the time. The window's own paint event
        // (below) comes before any child has painted.
        watched->event(event);
        if (m_painted) {
            m_framed = true;
            printNow("first-frame-us-since-epoch");
            // Every event of the app passed through here until now: not while the stalls are measured.
            QCoreApplication::instance()->removeEventFilter(this);
        }
        return true;
    }
    if (!m_painted && event->type() == QEvent::Paint && watched == m_window) {
        m_painted = true;
        printNow("first-paint-us-since-epoch");
        // What was painted, so the benchmark compares like with like: the floor window gets this size.
        const auto *window = static_cast<QWidget *>(watched);
        std::printf("window-size: %dx%d\nplatform: %s\n", window->width(), window->height(),
            qPrintable(QGuiApplication::platformName()));
        std::fflush(stdout);
        m_sinceTick.start();
        m_tick.start();
        // Runs once this paint and whatever was queued before it are done: the loop is free for input.
        QTimer::singleShot(0, this, [] {
            printNow("ready-us-since-epoch");
            // "quit": leave once ready, so a profiler records exactly the start (benchmarks/README.md).
            if (qgetenv("NUMBERDESK_REPORT_FIRST_PAINT") == "quit")
                QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nd
