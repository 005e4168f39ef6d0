#pragma once

// What a GUI benchmark watches while the desk works: the longest time the GUI thread could not
// react (gaps between ticks of a 1 ms timer) and the process's peak resident memory. Header-only,
// for the benchmarks (not the app, not the tests).

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

namespace nd::bench {

// Peak resident memory of the whole process so far (Linux VmHWM), in MB (10^6 bytes); 0 elsewhere.
inline double peakResidentMB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) // in kB (1024 bytes)
            return line.mid(6).trimmed().split(' ').value(0).toDouble() * 1024.0 / 1e6;
    }
    return 0;
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

} // namespace nd::bench
