#pragma once

// An opt-in measuring hook for bench_startup (benchmarks/): prints to stdout when a window is first
// painted (with its size and the Qt platform it was painted on), when that first frame is complete
// and handed to the display, when the event loop is free again after that paint (the window can answer
// input), and, for the app, when the order journal has settled and the longest stall of the event loop until
// then. main.cpp installs it only when NUMBERDESK_REPORT_FIRST_PAINT is set; bench_bare_window uses the same
// one, so both sides of the benchmark's ratio are timed the same way.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace nd {

class FirstPaintReport final : public QObject
{
    Q_DISABLE_COPY_MOVE(FirstPaintReport)

public:
    // Watches `window` (and is owned by it).
    explicit FirstPaintReport(QWidget *window);

    // The app calls this once the order journal is open (or has failed to open): prints when, and the
    // longest the event loop went without turning since the first paint ("max-stall-ms"), so the
    // benchmark can show that the window answered input all along, whatever the journal's size.
    void journalSettled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    bool m_painted = false;
    bool m_framed = false;
    QTimer m_tick; // every millisecond from the first paint: measures the gaps between turns
    QElapsedTimer m_sinceTick;
    qint64 m_maxStallNs = 0;
};

} // namespace nd
