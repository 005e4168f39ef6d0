#include "gui/common/AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace nd {
namespace {

// Lives as the window's child: gone with the window, and so is the work it was holding.
class FirstPaintWatch final : public QObject
{
public:
    FirstPaintWatch(QWidget *window, std::function<void()> work, int fallbackMs)
        : QObject(window), m_work(std::move(work))
    {
        window->installEventFilter(this);
        m_fallback.setSingleShot(true);
        connect(&m_fallback, &QTimer::timeout, this, &FirstPaintWatch::run);
        m_fallback.start(fallbackMs);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Zero-timer: after this paint and whatever it queued (the flush to the screen).
            QTimer::singleShot(0, this, &FirstPaintWatch::run);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void run()
    {
        if (!m_work)
            return;
        m_fallback.stop();
        parent()->removeEventFilter(this);
        const std::function<void()> work = std::exchange(m_work, nullptr);
        deleteLater();
        work();
    }

    std::function<void()> m_work;
    QTimer m_fallback;
    bool m_painted = false;
};

} // namespace

void runAfterFirstPaint(QWidget *window, std::function<void()> work, int fallbackMs)
{
    new FirstPaintWatch(window, std::move(work), fallbackMs);
}

} // namespace nd
