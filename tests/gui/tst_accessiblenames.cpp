// Every input, button and view of the whole main window (form, results, toolbar) has an accessible
// name and description: screen readers read them and GUI automation finds widgets by them.

#include "gui/MainWindow.h"
#include "network/ApiClient.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace nd;

namespace {

bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QTextEdit *>(widget);
}

// Parts Qt builds inside its own composite widgets (a combo box's line edit, a table's corner
// button, a toolbar's overflow button) are announced through their owner.
bool isQtInternal(const QWidget *widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QAbstractItemView *>(parent))
            return true;
    }
    return false;
}

} // namespace

class AccessibleNamesTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyInputButtonAndView_hasANameAndDescription()
    {
        QSettings().clear();
        QTemporaryDir journalDir;
        QVERIFY(journalDir.isValid());
        ApiClient client;
        MainWindow window(&client);
        window.openJournal(journalDir.filePath(QStringLiteral("journal.sqlite")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList missing;
        int checked = 0;
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (!isInteractive(widget) || isQtInternal(widget))
                continue;
            ++checked;
            const QString who = widget->objectName().isEmpty()
                ? QString::fromLatin1(widget->metaObject()->className())
                : widget->objectName();
            if (widget->accessibleName().trimmed().isEmpty())
                missing.append(who + QLatin1String(": no accessible name"));
            if (widget->accessibleDescription().trimmed().isEmpty())
                missing.append(who + QLatin1String(": no accessible description"));
        }
        QVERIFY2(checked >= 15, qPrintable(QString::number(checked)));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(AccessibleNamesTest)
#include "tst_accessiblenames.moc"
