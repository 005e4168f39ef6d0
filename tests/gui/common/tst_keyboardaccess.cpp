// Keyboard alone reaches everything: Tab walks every window and dialog through each control exactly
// once and comes back round; every menu command has its own shortcut (the table below is the one in
// docs/keyboard.md); the buttons' menu entries press their buttons.

#include "../accounts/WindowAccounts.h"
#include "../form/FormDriver.h"
#include "DeskDialogs.h"
#include "TabWalk.h"
#include "gui/MainWindow.h"
#include "gui/about/AboutDialog.h"
#include "gui/accounts/FirstRunDialog.h"
#include "gui/accounts/ProfileSecretPrompt.h"
#include "gui/accounts/ProfilesDialog.h"
#include "gui/results/CardPrintDialog.h"
#include "gui/form/ConfirmChangeDialog.h"
#include "gui/preferences/PreferencesDialog.h"
#include "gui/results/ResultsPanel.h"
#include "gui/results/ScanDialog.h"
#include "network/ApiClient.h"
#include "qr/QrCodec.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <functional>
#include <memory>

using namespace nd;

namespace {

// What docs/keyboard.md promises, menu entry by menu entry.
const QList<QPair<QString, QString>> &documentedShortcuts()
{
    static const QList<QPair<QString, QString>> table = {
        {QStringLiteral("actionNewRequest"), QStringLiteral("Ctrl+N")},
        {QStringLiteral("actionAccounts"), QStringLiteral("Ctrl+Shift+A")},
        {QStringLiteral("actionHistory"), QStringLiteral("Ctrl+H")},
        {QStringLiteral("acknowledgeJournalButtonAction"), QStringLiteral("Ctrl+Shift+J")},
        {QStringLiteral("actionRetryJournal"), QStringLiteral("Ctrl+J")},
        {QStringLiteral("actionQuit"), QStringLiteral("Ctrl+Q")},
        {QStringLiteral("addRowButtonAction"), QStringLiteral("Ctrl+I")},
        {QStringLiteral("removeRowsButtonAction"), QStringLiteral("Ctrl+D")},
        {QStringLiteral("actionPreferences"), QStringLiteral("Ctrl+,")},
        {QStringLiteral("actionSubmit"), QStringLiteral("Ctrl+Return")},
        {QStringLiteral("actionAbandon"), QStringLiteral("Esc")},
        {QStringLiteral("showQrButtonAction"), QStringLiteral("Ctrl+E")},
        {QStringLiteral("typeInAction"), QStringLiteral("Ctrl+T")},
        {QStringLiteral("retryQrButtonAction"), QStringLiteral("Ctrl+R")},
        {QStringLiteral("copyNumbersButtonAction"), QStringLiteral("Ctrl+Shift+C")},
        {QStringLiteral("cardsButtonAction"), QStringLiteral("Ctrl+P")},
        {QStringLiteral("copyOrderIdButtonAction"), QStringLiteral("Ctrl+Shift+O")},
        {QStringLiteral("copyForSupportButtonAction"), QStringLiteral("Ctrl+Shift+E")},
        {QStringLiteral("stopPollingButtonAction"), QStringLiteral("Ctrl+.")},
        {QStringLiteral("actionAbout"), QStringLiteral("F1")},
    };
    return table;
}

QList<QAction *> menuActions(const QMenuBar *bar)
{
    QList<QAction *> found;
    std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            if (QMenu *menu = action->menu())
                collect(menu->actions());
            else
                found << action;
        }
    };
    collect(bar->actions());
    return found;
}

} // namespace

class KeyboardAccessTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void mainWindow_tabReachesEveryControlOnce_andCyclesBack();
    void dialogs_tabReachesEveryControlOnce_andCyclesBack_data();
    void dialogs_tabReachesEveryControlOnce_andCyclesBack();
    void menuCommands_eachHaveTheirOwnShortcut();
    void menuMnemonics_areUnique();
    void buttonMenuEntry_pressesItsButton_onlyWhenItCould();
    void resultsList_drawsAFocusFrame_onTheCurrentRow();

private:
    std::unique_ptr<MainWindow> makeWindow();

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<accountstest::Accounts> m_accounts; // outlives the windows the tests make
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_journalDir;
};

void KeyboardAccessTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboardaccess"));
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_sandbox->start(0));
    QVERIFY(m_journalDir.isValid());
}

void KeyboardAccessTest::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> KeyboardAccessTest::makeWindow()
{
    m_client = std::make_unique<ApiClient>();
    auto window = std::make_unique<MainWindow>(m_client.get());
    window->openJournal(m_journalDir.filePath(QStringLiteral("journal.sqlite")));
    m_accounts = std::make_unique<accountstest::Accounts>();
    [&] { QVERIFY(accountstest::connectToSandbox(*m_accounts, *window, *m_sandbox)); }();
    return window;
}

void KeyboardAccessTest::mainWindow_tabReachesEveryControlOnce_andCyclesBack()
{
    const std::unique_ptr<MainWindow> window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));

    // A number to send, so Send is enabled and in the round too; an order, so the results are.
    nd::test::FormDriver(window->form()).pasteNumbers({QStringLiteral("+12016093801")});
    Order order;
    order.orderId = QStringLiteral("ORD-1");
    order.state = OrderState::Done;
    order.numbers = {OrderNumber {}};
    order.numbers.first().number = QStringLiteral("+12016093801");
    window->results()->showOrder(order);
    auto *combo = window->findChild<QWidget *>(QStringLiteral("changeTypeCombo"));
    QVERIFY(combo);
    const QStringList visited = nd::test::walkTabs(combo);
    // The form top to bottom, then the results (area and zip code are off for Activate), then the
    // profile chooser in the connection toolbar.
    const QStringList expected = {QStringLiteral("changeTypeCombo"), QStringLiteral("effectiveDateEdit"),
        QStringLiteral("numbersTable"), QStringLiteral("addRowButton"), QStringLiteral("removeRowsButton"),
        QStringLiteral("submitButton"), QStringLiteral("copyOrderIdButton"), QStringLiteral("numbersView"),
        QStringLiteral("copyNumbersButton"), QStringLiteral("profileChooser")};
    QCOMPARE(visited, expected);
    QStringList stops = nd::test::tabStops(window.get());
    stops.sort();
    QStringList sortedVisited = visited;
    sortedVisited.sort();
    QCOMPARE(sortedVisited, stops);
}

void KeyboardAccessTest::dialogs_tabReachesEveryControlOnce_andCyclesBack_data()
{
    QTest::addColumn<QString>("dialog");
    // The order Tab takes from the first control, buttons at the end. Buttons that stay disabled
    // until something is typed or chosen (OK, Test, Remove…) are not on the way yet.
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("about") << QStringLiteral("about")
                           << QStringList {QStringLiteral("tabs"), QStringLiteral("aboutLabel"),
                                  QStringLiteral("aboutQtButton"), QStringLiteral("QPushButton:Close")};
    QTest::newRow("preferences") << QStringLiteral("preferences")
                                 << QStringList {QStringLiteral("languageCombo"),
                                        QStringLiteral("colourSchemeCombo"),
                                        QStringLiteral("supportLineEdit"), QStringLiteral("agentNameEdit"),
                                        QStringLiteral("localJournalRadio"), QStringLiteral("QPushButton:OK"),
                                        QStringLiteral("QPushButton:Cancel"),
                                        QStringLiteral("QPushButton:Apply")};
    QTest::newRow("confirm") << QStringLiteral("confirm")
                             << QStringList {QStringLiteral("dontSendButton"), QStringLiteral("numbersList"),
                                    QStringLiteral("sendButton")};
    QTest::newRow("scan") << QStringLiteral("scan")
                          << QStringList {QStringLiteral("sideTabs"), QStringLiteral("fullScreenButton"),
                                 QStringLiteral("copyImageButton"), QStringLiteral("saveButton"),
                                 QStringLiteral("cardButton"), QStringLiteral("QPushButton:Close")};
    QTest::newRow("cards") << QStringLiteral("cards")
                           << QStringList {QStringLiteral("paperCombo"), QStringLiteral("perPageCombo"),
                                  QStringLiteral("QPushButton:Close")};
    QTest::newRow("profiles") << QStringLiteral("profiles")
                              << QStringList {QStringLiteral("profilesList"), QStringLiteral("addButton"),
                                     QStringLiteral("nameEdit"), QStringLiteral("baseUrlEdit"),
                                     QStringLiteral("accountKeyEdit"), QStringLiteral("activateButton"),
                                     QStringLiteral("closeButton")};
    QTest::newRow("firstRun") << QStringLiteral(
        "firstRun") << QStringList {QStringLiteral("sandboxButton"), QStringLiteral("addAccountButton")};
    QTest::newRow("secretPrompt") << QStringLiteral("secretPrompt")
                                  << QStringList {QStringLiteral("secretEdit"), QStringLiteral("saveCheck"),
                                         QStringLiteral("QPushButton:Cancel")};
    // The --api-base profile: its account too, and nothing to save.
    QTest::newRow("commandLinePrompt")
        << QStringLiteral("commandLinePrompt")
        << QStringList {QStringLiteral("accountKeyEdit"), QStringLiteral("secretEdit"),
               QStringLiteral("QPushButton:Cancel")};
}

void KeyboardAccessTest::dialogs_tabReachesEveryControlOnce_andCyclesBack()
{
    QFETCH(QString, dialog);
    QFETCH(QStringList, expected);
    accountstest::Accounts accounts;
    std::unique_ptr<QDialog> shown;
    if (dialog == QLatin1String("confirm")) {
        ValidatedRequest request;
        request.changeType = ChangeType::Cancel;
        request.effectiveDate = QDate::currentDate();
        request.numbers = {{QStringLiteral("+12016093801"), {}, 0}};
        shown = std::make_unique<ConfirmChangeDialog>(request, QDate::currentDate());
    } else {
        shown = nd::test::makeDeskDialog(dialog, accounts);
    }
    QVERIFY(shown);
    shown->show();
    QVERIFY(QTest::qWaitForWindowActive(shown.get()));

    QStringList stops = nd::test::tabStops(shown.get());
    QVERIFY2(!stops.isEmpty(), "nothing takes the keyboard focus");
    QWidget *start = shown->focusWidget() ? shown->focusWidget() : shown->nextInFocusChain();
    const QStringList visited = nd::test::walkTabs(start);
    QCOMPARE(visited, expected);
    QStringList sortedVisited = visited;
    sortedVisited.sort();
    stops.sort();
    QCOMPARE(sortedVisited, stops); // each once, every one, and back to the start
}

void KeyboardAccessTest::menuCommands_eachHaveTheirOwnShortcut()
{
    const std::unique_ptr<MainWindow> window = makeWindow();
    const QList<QAction *> actions = menuActions(window->menuBar());
    QVERIFY(actions.size() >= documentedShortcuts().size());
    QHash<QString, QString> owners; // shortcut -> action
    QStringList problems;
    for (const QAction *action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            problems << action->objectName() + QLatin1String(" has no shortcut");
        for (const QKeySequence &key : keys) {
            const QString text = key.toString(QKeySequence::PortableText);
            if (owners.contains(text))
                problems << text + QLatin1String(" is used by ") + owners.value(text) + QLatin1String(" and ")
                        + action->objectName();
            owners.insert(text, action->objectName());
        }
    }
    for (const auto &[name, key] : documentedShortcuts()) {
        const auto it = std::find_if(actions.cbegin(), actions.cend(),
            [&name = name](const QAction *action) { return action->objectName() == name; });
        if (it == actions.cend())
            problems << name + QLatin1String(" is not in a menu");
        else if ((*it)->shortcut().toString(QKeySequence::PortableText) != key)
            problems << name + QLatin1String(": ") + (*it)->shortcut().toString(QKeySequence::PortableText)
                    + QLatin1String(", documented as ") + key;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(actions.size(), documentedShortcuts().size()); // a new command needs a documented key
}

void KeyboardAccessTest::menuMnemonics_areUnique()
{
    const std::unique_ptr<MainWindow> window = makeWindow();
    QSet<QChar> letters;
    for (const QAction *menu : window->menuBar()->actions()) {
        const QString title = menu->text();
        const qsizetype amp = title.indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0 && amp + 1 < title.size(), qPrintable(title));
        const QChar letter = title.at(amp + 1).toLower();
        QVERIFY2(!letters.contains(letter), qPrintable(title));
        letters.insert(letter);
    }
}

void KeyboardAccessTest::buttonMenuEntry_pressesItsButton_onlyWhenItCould()
{
    const std::unique_ptr<MainWindow> window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *table = window->findChild<QAbstractItemView *>(QStringLiteral("numbersTable"));
    QVERIFY(table);
    nd::test::FormDriver(window->form()).pasteNumbers({QStringLiteral("+12016093801")});
    const int rowsBefore = table->model()->rowCount();
    // The shortcut from the form's date field: a row to type in, with the keyboard already in it.
    auto *date = window->findChild<QWidget *>(QStringLiteral("effectiveDateEdit"));
    date->setFocus();
    QTRY_VERIFY(date->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_I, Qt::ControlModifier);
    QTRY_VERIFY(table->hasFocus() || table->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(table->currentIndex().row(), table->model()->rowCount() - 1);
    QCOMPARE(table->model()->rowCount(), rowsBefore); // the empty row after the pasted one is reused
    QVERIFY(table->model()->index(table->currentIndex().row(), 0).data().toString().isEmpty());

    // Stop checking is hidden without a pending order: its entry does nothing and shows disabled.
    auto *stop = window->findChild<QAction *>(QStringLiteral("stopPollingButtonAction"));
    QVERIFY(stop);
    auto *orderMenu = window->findChild<QMenu *>(QStringLiteral("menuOrder"));
    QVERIFY(orderMenu);
    emit orderMenu->aboutToShow();
    QVERIFY(!stop->isEnabled());
}

void KeyboardAccessTest::resultsList_drawsAFocusFrame_onTheCurrentRow()
{
    const std::unique_ptr<MainWindow> window = makeWindow();
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    Order order;
    order.orderId = QStringLiteral("ORD-1");
    order.state = OrderState::Done;
    order.numbers = {OrderNumber {}};
    order.numbers.first().number = QStringLiteral("+12016093801");
    window->results()->showOrder(order);
    auto *list = window->results()->findChild<QAbstractItemView *>(QStringLiteral("numbersView"));
    QVERIFY(list && list->isVisible());
    const QRect row = list->visualRect(list->model()->index(0, 0));
    QVERIFY(!row.isEmpty());

    window->findChild<QWidget *>(QStringLiteral("submitButton"))->setFocus();
    const QImage unfocused = list->viewport()->grab(row).toImage();
    list->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(list->hasFocus());
    const QImage focused = list->viewport()->grab(row).toImage();
    // The frame runs along the row's edge, where nothing else is painted.
    const int y = focused.height() / 2;
    const QPoint edge(1, y);
    QVERIFY2(focused.pixelColor(edge) != unfocused.pixelColor(edge), "no focus frame on the row");
}

QTEST_MAIN(KeyboardAccessTest)
#include "tst_keyboardaccess.moc"
