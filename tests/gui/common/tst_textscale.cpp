// At 200 % text (the application font at twice its point size) the main window at about a laptop's
// size still shows its key controls whole, and the keyboard still reaches them.

#include "../form/FormDriver.h"
#include "TabWalk.h"
#include "gui/MainWindow.h"
#include "network/ApiClient.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace nd;

namespace {

// Shown, inside the window, and given at least the size it asks for (nothing of it cut off).
QString clippingProblem(const QWidget *window, const QWidget *widget, bool needsFullWidth)
{
    const QString name = widget->objectName();
    if (!widget->isVisible())
        return name + QLatin1String(" is not shown");
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    if (!window->rect().contains(inWindow))
        return name + QLatin1String(" reaches outside the window");
    if (widget->visibleRegion().boundingRect().size() != widget->size())
        return name + QLatin1String(" is partly covered or scrolled away");
    const QSize wanted = needsFullWidth ? widget->sizeHint() : widget->minimumSizeHint();
    if (widget->width() < wanted.width() || widget->height() < wanted.height())
        return QStringLiteral("%1 is %2×%3 but needs %4×%5")
            .arg(name)
            .arg(widget->width())
            .arg(widget->height())
            .arg(wanted.width())
            .arg(wanted.height());
    return {};
}

} // namespace

class TextScaleTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QFont doubled = QApplication::font();
        doubled.setPointSizeF(doubled.pointSizeF() * 2);
        QApplication::setFont(doubled);
    }

    void doubleText_keyControlsWholeAndReachable()
    {
        QTemporaryDir journalDir;
        QVERIFY(journalDir.isValid());
        ApiClient client;
        MainWindow window(&client);
        window.openJournal(journalDir.filePath(QStringLiteral("journal.sqlite")));
        // A number to send, so Send is enabled: a disabled button is not on the keyboard's way.
        nd::test::FormDriver(window.form()).pasteNumbers({QStringLiteral("+12016093801")});
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY2(window.width() <= 1280 && window.height() <= 800,
            qPrintable(QStringLiteral("the window needs %1×%2").arg(window.width()).arg(window.height())));

        struct Control
        {
            const char *name;
            bool needsFullWidth; // a button or combo whose words must show whole
        };
        const Control controls[] = {{"submitButton", true}, {"changeTypeCombo", true}, {"addRowButton", true},
            {"removeRowsButton", true}, {"numbersTable", false}, {"resultsPanel", false}};
        QStringList problems;
        for (const Control &control : controls) {
            auto *widget = window.findChild<QWidget *>(QLatin1String(control.name));
            QVERIFY2(widget, control.name);
            const QString problem = clippingProblem(&window, widget, control.needsFullWidth);
            if (!problem.isEmpty())
                problems << problem;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        const QStringList visited
            = nd::test::walkTabs(window.findChild<QWidget *>(QStringLiteral("changeTypeCombo")));
        for (const char *name : {"changeTypeCombo", "numbersTable", "submitButton"})
            QVERIFY2(visited.contains(QLatin1String(name)), name);
    }
};

QTEST_MAIN(TextScaleTest)
#include "tst_textscale.moc"
