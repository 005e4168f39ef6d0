#pragma once

// Measures the largest gap between ticks of a 1 ms timer: how long the GUI thread was busy at once,
// so how long the window could not react at worst. For the benchmarks.

#include <QElapsedTimer>
#include <QTimer>

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
    // The longest gap in ms, the one still open included.
    double stop()
    {
        m_max = qMax(m_max, m_sinceTick.nsecsElapsed());
        m_timer.stop();
        return double(m_max) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_max = 0;
};
