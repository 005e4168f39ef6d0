#pragma once

// What a GUI benchmark watches while the desk works: the longest time the GUI thread could not
// react (gaps between ticks of a 1 ms timer) and the process's peak resident memory. Header-only,
// shared by the benchmarks (not the app, not the tests).

#include "desk/ResultsModel.h"
#include "gui/results/VisibleRowsLoader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

namespace nd::bench {

// Peak resident memory of the whole process so far (Linux VmHWM, in KiB); 0 elsewhere.
inline double peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}
inline double peakResidentMB() // 10^6 bytes
{
    return peakResidentKiB() * 1024.0 / 1e6;
}
inline double peakResidentMiB()
{
    return peakResidentKiB() / 1024.0;
}

// Linux 4.0+: "5" resets VmHWM to the current RSS, so each run reports its own peak. Where that is
// not possible the peak stays cumulative.
inline void resetPeakResident()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

// The largest gap between ticks of a 1 ms timer on the GUI thread: how long the window was busy at once.
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
    // The longest gap so far, counting the one still open, in ms.
    double maxMs() const { return double(qMax(m_max, m_sinceTick.nsecsElapsed())) / 1e6; }
    double stop()
    {
        const double longest = maxMs();
        m_timer.stop();
        return longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_max = 0;
};

// The rows the results panel's own loader counts as on screen (VisibleRowsLoader::visibleRows) all
// have their QR code, or its failure.
inline bool visibleRowsLoaded(const VisibleRowsLoader *loader, ResultsModel *model)
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

} // namespace nd::bench
