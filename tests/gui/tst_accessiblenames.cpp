// Every input, button and view of the whole main window (form, results, toolbar) has an accessible
// name and description: screen readers read them and GUI automation finds widgets by them.

#include "gui/MainWindow.h"
#include "network/ApiClient.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>
#include <optional>

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

// The role a screen reader should announce for each kind of control (most specific first).
std::optional<QAccessible::Role> expectedRole(const QWidget *widget)
{
    if (qobject_cast<const QCheckBox *>(widget))
        return QAccessible::CheckBox;
    if (qobject_cast<const QRadioButton *>(widget))
        return QAccessible::RadioButton;
    if (qobject_cast<const QPushButton *>(widget))
        return QAccessible::PushButton;
    if (qobject_cast<const QComboBox *>(widget))
        return QAccessible::ComboBox;
    if (qobject_cast<const QAbstractSpinBox *>(widget))
        return QAccessible::SpinBox;
    if (qobject_cast<const QLineEdit *>(widget))
        return QAccessible::EditableText;
    if (qobject_cast<const QTableView *>(widget))
        return QAccessible::Table;
    if (qobject_cast<const QTreeView *>(widget))
        return QAccessible::Tree;
    if (qobject_cast<const QListView *>(widget))
        return QAccessible::List;
    return std::nullopt;
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

    void everyFocusableControl_isNamedWithItsRole_forScreenReaders()
    {
        QSettings().clear();
        QTemporaryDir journalDir;
        QVERIFY(journalDir.isValid());
        ApiClient client;
        MainWindow window(&client);
        window.openJournal(journalDir.filePath(QStringLiteral("journal.sqlite")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList problems;
        int checked = 0;
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!(widget->focusPolicy() & Qt::TabFocus) || isQtInternal(widget))
                continue;
            const std::optional<QAccessible::Role> role = expectedRole(widget);
            if (!role)
                continue;
            ++checked;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            QVERIFY2(iface, qPrintable(widget->objectName()));
            const bool labelled = !iface->relations(QAccessible::Labelled).isEmpty();
            if (iface->text(QAccessible::Name).trimmed().isEmpty() && !labelled)
                problems << widget->objectName() + QLatin1String(": no name for a screen reader");
            if (iface->role() != *role)
                problems << QStringLiteral("%1: role %2, expected %3")
                                .arg(widget->objectName())
                                .arg(int(iface->role()))
                                .arg(int(*role));
        }
        QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(AccessibleNamesTest)
#include "tst_accessiblenames.moc"
