// runAfterFirstPaint: the startup work that waits for the window's first paint runs after it, once,
// and even when no paint ever comes; never when the window is gone first.

#include "gui/common/AfterFirstPaint.h"

#include <QEvent>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace nd;

namespace {

// Counts paint events as they are delivered, so the test knows whether one came before the work.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *window) { window->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestAfterFirstPaint : public QObject
{
    Q_OBJECT

private slots:
    void work_runsOnceAfterTheFirstPaint()
    {
        QMainWindow window;
        PaintCounter counter(&window);
        int runs = 0;
        int paintsSeenByWork = -1;
        runAfterFirstPaint(
            &window,
            [&] {
                ++runs;
                paintsSeenByWork = counter.paints;
            },
            60000); // the fallback must not be what runs it
        QCoreApplication::processEvents();
        QCOMPARE(runs, 0); // not shown, not painted: nothing yet
        window.show();
        QTRY_COMPARE(runs, 1);
        QVERIFY(paintsSeenByWork >= 1);
        window.update();
        QTRY_VERIFY(counter.paints > paintsSeenByWork); // painted again…
        QCoreApplication::processEvents();
        QCOMPARE(runs, 1); // …but the work ran once
    }

    void work_runsAfterTheFallbackWhenNoPaintComes()
    {
        QMainWindow window; // never shown, so never painted
        bool ran = false;
        runAfterFirstPaint(
            &window, [&] { ran = true; }, 10);
        QTRY_VERIFY(ran);
    }

    void work_isDroppedWithTheWindow()
    {
        bool ran = false;
        auto *window = new QMainWindow;
        runAfterFirstPaint(
            window, [&] { ran = true; }, 10);
        delete window;
        // Timers fire in the order they fall due: had the work outlived its window, its 10 ms
        // fallback would have run before this 40 ms one.
        QTimer probe;
        probe.setSingleShot(true);
        QSignalSpy fired(&probe, &QTimer::timeout);
        probe.start(40);
        QVERIFY(fired.wait(60000));
        QVERIFY(!ran);
    }
};

QTEST_MAIN(TestAfterFirstPaint)
#include "tst_afterfirstpaint.moc"
