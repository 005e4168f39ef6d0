#pragma once

// An opt-in measuring hook for bench_startup (benchmarks/): prints to stdout when a window is first
// painted and when the event loop is free again after that paint (the window can answer input).
// main.cpp installs it only when NUMBERDESK_REPORT_FIRST_PAINT is set; bench_bare_window uses the same
// one, so both sides of the benchmark's ratio are timed the same way.

#include <QObject>

namespace nd {

class FirstPaintReport final : public QObject
{
    Q_DISABLE_COPY_MOVE(FirstPaintReport)

public:
    // Watches `window` (and is owned by it).
    explicit FirstPaintReport(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_painted = false;
};

} // namespace nd
