// Alt+letter takes the agent to one control only: the letters after "&" never clash among the controls
// visible in one window at once (main window in its fullest state, each menu, each dialog), in every
// shipped language, read from the real catalogues. A clash in a translation makes Alt+letter cycle
// between controls instead of acting, which a keyboard-only agent notices as a "dead" key.

#include "../accounts/AccountsTestSupport.h"
#include "../form/FormDriver.h"
#include "../history/HistoryTestSupport.h"
#include "DeskDialogs.h"
#include "gui/MainWindow.h"
#include "gui/about/AboutDialog.h"
#include "gui/accounts/FirstRunDialog.h"
#include "gui/accounts/ProfileSecretPrompt.h"
#include "gui/accounts/ProfilesDialog.h"
#include "gui/results/CardPrintDialog.h"
#include "gui/form/ConfirmChangeDialog.h"
#include "gui/form/StatusChangeForm.h"
#include "gui/history/HistoryWindow.h"
#include "gui/history/InterruptedRequestsDialog.h"
#include "gui/preferences/PreferencesDialog.h"
#include "gui/results/ResultsPanel.h"
#include "gui/results/ScanDialog.h"
#include "i18n/AppTranslators.h"
#include "network/ApiClient.h"
#include "qr/QrCodec.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>
#include <memory>

using namespace nd;

namespace {

// The letters Qt would underline: "&x" is one, "&&" a literal ampersand. Only letters and digits
// count, so "Terms & conditions" (an ampersand before a space) is not mistaken for one.
QList<QChar> acceleratorsIn(const QString &text)
{
    QList<QChar> letters;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        const QChar next = text.at(i + 1);
        if (next.isLetterOrNumber())
            letters << next.toLower();
        ++i; // past "&&" or the letter
    }
    return letters;
}

struct Owner
{
    QString text;
    QString who; // class and object name, so a failure says where to look
};

QString describe(const QObject *object)
{
    const QString name = object->objectName();
    return QString::fromLatin1(object->metaObject()->className())
        + (name.isEmpty() ? QString() : QLatin1Char(' ') + name);
}

// The window-level letters of what the agent sees in one window now: menu-bar titles, buttons,
// labels with a buddy, group-box titles and tab titles. Controls of other windows (dialogs parented
// to this one) and hidden ones do not take Alt+letter here, so they are left out.
class MnemonicCollector final
{
public:
    void collect(QWidget *window)
    {
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (widget->window() != window || !widget->isVisible())
                continue;
            if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
                for (const QAction *action : bar->actions())
                    if (action->isVisible())
                        add(action->text(), describe(bar) + QLatin1String(" menu"));
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                add(button->text(), describe(button));
            } else if (auto *label = qobject_cast<QLabel *>(widget)) {
                if (label->buddy())
                    add(label->text(), describe(label));
            } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
                add(group->title(), describe(group));
            } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    if (tabs->isTabVisible(i))
                        add(tabs->tabText(i), describe(tabs) + QLatin1String(" tab"));
            }
        }
    }

    void add(const QString &text, const QString &who)
    {
        const QList<QChar> letters = acceleratorsIn(text);
        if (letters.size() > 1)
            m_problems << QStringLiteral("two accelerators in \"%1\" (%2)").arg(text, who);
        if (letters.isEmpty())
            return;
        QList<Owner> &owners = m_owners[letters.first()];
        // The same control seen twice (e.g. two states of one window) is not a clash with itself.
        for (const Owner &owner : std::as_const(owners))
            if (owner.who == who && owner.text == text)
                return;
        owners.append({text, who});
    }

    // One line per clashing letter, naming every text that uses it; empty when there is none.
    QStringList problems() const
    {
        QStringList found = m_problems;
        for (auto it = m_owners.cbegin(); it != m_owners.cend(); ++it) {
            if (it.value().size() < 2)
                continue;
            QStringList texts;
            for (const Owner &owner : it.value())
                texts << QStringLiteral("\"%1\" (%2)").arg(owner.text, owner.who);
            found << QStringLiteral("Alt+%1: %2").arg(it.key().toUpper(), texts.join(QLatin1String(", ")));
        }
        return found;
    }

private:
    QMap<QChar, QList<Owner>> m_owners;
    QStringList m_problems;
};

QString report(const QString &where, const QString &language, const QStringList &problems)
{
    return QStringLiteral("%1 [%2]:\n  %3").arg(where, language, problems.join(QLatin1String("\n  ")));
}

// Menu entries that share a letter but are never offered at the same time, and why.
struct MenuException
{
    const char *first;
    const char *second;
    const char *reason;
};
const MenuException MenuExceptions[] = {
    {"actionRetryJournal", "acknowledgeJournalButtonAction",
        "the journal is either not open (retry it) or open with a write failure (acknowledge it); "
        "the acknowledgement is disabled while the journal is closed, so Alt+J has one target"},
};

bool isException(const QAction *a, const QAction *b)
{
    for (const MenuException &exception : MenuExceptions) {
        const QString first = QLatin1String(exception.first);
        const QString second = QLatin1String(exception.second);
        if ((a->objectName() == first && b->objectName() == second)
            || (a->objectName() == second && b->objectName() == first))
            return true;
    }
    return false;
}

// Within one menu every entry's letter is its own (hidden entries included, except the listed pairs:
// an entry that appears later must not take a letter already in use). Submenus are checked alone.
QStringList menuClashes(const QMenu *menu)
{
    QStringList problems;
    QList<std::pair<QChar, const QAction *>> seen;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu())
            problems << menuClashes(action->menu());
        const QList<QChar> letters = acceleratorsIn(action->text());
        if (letters.size() > 1)
            problems << QStringLiteral("two accelerators in \"%1\"").arg(action->text());
        if (letters.isEmpty())
            continue;
        for (const auto &[letter, other] : std::as_const(seen))
            if (letter == letters.first() && !isException(action, other))
                problems << QStringLiteral("%1 → Alt+%2: \"%3\" (%4), \"%5\" (%6)")
                                .arg(menu->title(), letter.toUpper(), other->text(), other->objectName(),
                                    action->text(), action->objectName());
        seen.append({letters.first(), action});
    }
    return problems;
}

// An order still being checked, with numbers: the results panel shows its list buttons, the poll
// row with Stop and the header with Copy order id.
Order pendingOrder()
{
    Order order;
    order.orderId = QStringLiteral("JNUOID-ACCEL-1");
    order.serverStatus = QStringLiteral("Pending");
    order.state = OrderState::InProgress;
    for (int i = 0; i < 2; ++i) {
        OrderNumber number;
        number.number = QStringLiteral("+1201609380%1").arg(i);
        number.qrCodeUrl = QUrl(QStringLiteral("https://sandbox.example/qr/%1.png").arg(i));
        order.numbers.append(number);
    }
    return order;
}

ApiError serverError()
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 500;
    error.title = QStringLiteral("Server error (500)");
    error.message = QStringLiteral("The server failed.");
    error.traceId = QStringLiteral("trace-accel-1");
    return error;
}

void addLanguages()
{
    QTest::addColumn<QString>("language");
    for (const char *code : {"en", "es", "fr"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

} // namespace

class AcceleratorsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void collector_reportsTwoButtonsWithOneLetter();
    void collector_ignoresLiteralAmpersandsAndHiddenControls();
    void mainWindow_visibleControlsHaveTheirOwnLetters_data() { addLanguages(); }
    void mainWindow_visibleControlsHaveTheirOwnLetters();
    void menus_entriesHaveTheirOwnLetters_data() { addLanguages(); }
    void menus_entriesHaveTheirOwnLetters();
    void dialogs_visibleControlsHaveTheirOwnLetters_data();
    void dialogs_visibleControlsHaveTheirOwnLetters();
    void catalogues_noTextHasTwoAccelerators_norLosesItsOne_data() { addLanguages(); }
    void catalogues_noTextHasTwoAccelerators_norLosesItsOne();

private:
    void applyLanguage(const QString &code);
    std::unique_ptr<MainWindow> makeWindow();
    QStringList collectEveryTab(QWidget *window);

    std::unique_ptr<AppTranslators> m_translators;
    std::unique_ptr<ApiClient> m_client;
};

void AcceleratorsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accelerators"));
}

void AcceleratorsTest::init()
{
    QSettings().clear();
    m_translators = std::make_unique<AppTranslators>();
    m_client = std::make_unique<ApiClient>();
}

void AcceleratorsTest::cleanup()
{
    m_client.reset();
    m_translators.reset();
    QSettings().clear();
}

void AcceleratorsTest::applyLanguage(const QString &code)
{
    QVERIFY2(m_translators->apply(code), qPrintable(code));
    QCOMPARE(m_translators->current(), code);
    // English is the source language; the others must really be in effect, or the test proves nothing.
    if (code != QLatin1String("en"))
        QVERIFY(QCoreApplication::translate("MainWindow", "&File") != QLatin1String("&File"));
}

std::unique_ptr<MainWindow> AcceleratorsTest::makeWindow()
{
    return std::make_unique<MainWindow>(m_client.get());
}

// Tab pages hide each other, so each page is looked at with the letters of the window around it.
QStringList AcceleratorsTest::collectEveryTab(QWidget *window)
{
    QStringList problems;
    const QList<QTabWidget *> tabWidgets = window->findChildren<QTabWidget *>();
    if (tabWidgets.isEmpty()) {
        MnemonicCollector collector;
        collector.collect(window);
        return collector.problems();
    }
    for (QTabWidget *tabs : tabWidgets) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            MnemonicCollector collector;
            collector.collect(window);
            for (const QString &problem : collector.problems())
                if (!problems.contains(problem))
                    problems << problem;
        }
    }
    return problems;
}

void AcceleratorsTest::collector_reportsTwoButtonsWithOneLetter()
{
    QWidget window;
    window.setObjectName(QStringLiteral("tiny"));
    auto *save = new QPushButton(QStringLiteral("&Save"), &window);
    save->setObjectName(QStringLiteral("saveButton"));
    auto *send = new QPushButton(QStringLiteral("&Send"), &window);
    send->move(0, 40);
    send->setObjectName(QStringLiteral("sendButton"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    MnemonicCollector collector;
    collector.collect(&window);
    const QStringList problems = collector.problems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(QLatin1String("Alt+S: ")), qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(QLatin1String("\"&Save\" (QPushButton saveButton)"))
            && problems.first().contains(QLatin1String("\"&Send\" (QPushButton sendButton)")),
        qPrintable(problems.first()));

    // A second letter for one of them ends the clash; two in one text is a problem of its own.
    send->setText(QStringLiteral("Se&nd"));
    MnemonicCollector fixed;
    fixed.collect(&window);
    QVERIFY2(fixed.problems().isEmpty(), qPrintable(fixed.problems().join(QLatin1Char('\n'))));
    send->setText(QStringLiteral("&Se&nd"));
    MnemonicCollector twice;
    twice.collect(&window);
    QVERIFY2(
        twice.problems().join(QLatin1Char('\n')).contains(QLatin1String("two accelerators in \"&Se&nd\"")),
        qPrintable(twice.problems().join(QLatin1Char('\n'))));

    // The menu check reports a clash in a menu too.
    QMenu menu(QStringLiteral("&File"));
    menu.addAction(QStringLiteral("&Save"))->setObjectName(QStringLiteral("save"));
    menu.addAction(QStringLiteral("&Send"))->setObjectName(QStringLiteral("send"));
    const QStringList inMenu = menuClashes(&menu);
    QCOMPARE(inMenu.size(), 1);
    QVERIFY2(inMenu.first().contains(QLatin1String("Alt+S")), qPrintable(inMenu.first()));
}

void AcceleratorsTest::collector_ignoresLiteralAmpersandsAndHiddenControls()
{
    QWidget window;
    auto *terms = new QPushButton(QStringLiteral("Terms && &conditions"), &window);
    auto *hidden = new QPushButton(QStringLiteral("&Cancel"), &window);
    auto *plainLabel = new QLabel(QStringLiteral("&Comment"), &window); // no buddy: no shortcut
    terms->move(0, 40);
    plainLabel->move(0, 80);
    hidden->hide();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(acceleratorsIn(terms->text()), QList<QChar> {QLatin1Char('c')});
    MnemonicCollector collector;
    collector.collect(&window);
    QVERIFY2(collector.problems().isEmpty(), qPrintable(collector.problems().join(QLatin1Char('\n'))));

    hidden->show(); // now both are in reach
    MnemonicCollector shown;
    shown.collect(&window);
    QCOMPARE(shown.problems().size(), 1);
}

void AcceleratorsTest::mainWindow_visibleControlsHaveTheirOwnLetters()
{
    QFETCH(QString, language);
    applyLanguage(language);
    const std::unique_ptr<MainWindow> window = makeWindow();
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    nd::test::FormDriver driver(window->form());

    QStringList problems;
    const auto look = [&](const QString &state) {
        MnemonicCollector collector;
        collector.collect(window.get());
        for (const QString &problem : collector.problems())
            problems << state + QLatin1String(": ") + problem;
    };
    look(QStringLiteral("at start"));

    // The fullest window: the change type that asks for area and zip code, an order still being
    // checked (list buttons, Stop, Copy order id), an error above it (Copy for support) and a send
    // in flight (Abandon waiting).
    for (int i = 0; i < driver.changeTypeCombo()->count(); ++i) {
        driver.chooseChangeType(ChangeType(driver.changeTypeCombo()->itemData(i).toInt()));
        look(QStringLiteral("change type ") + driver.changeTypeCombo()->currentText());
    }
    driver.chooseChangeType(ChangeType::Swap);
    QVERIFY(driver.areaCodeEdit()->isVisible());
    window->results()->showOrder(pendingOrder());
    window->results()->showError(serverError());
    window->form()->setBusy(true);
    const QStringList mustShow
        = {QStringLiteral("showQrButton"), QStringLiteral("copyNumbersButton"), QStringLiteral("cardsButton"),
            QStringLiteral("stopPollingButton"), QStringLiteral("copyOrderIdButton"),
            QStringLiteral("abandonButton"), QStringLiteral("submitButton"), QStringLiteral("addRowButton")};
    for (const QString &name : mustShow) {
        auto *button = window->findChild<QAbstractButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QTRY_VERIFY2(button->isVisible(), qPrintable(name));
    }
    look(QStringLiteral("order pending, error shown, sending"));
    window->form()->setBusy(false);

    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(report(QStringLiteral("main window"), language, problems)));
}

void AcceleratorsTest::menus_entriesHaveTheirOwnLetters()
{
    QFETCH(QString, language);
    applyLanguage(language);
    const std::unique_ptr<MainWindow> window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QStringList problems;
    int menus = 0;
    for (const QAction *title : window->menuBar()->actions()) {
        if (QMenu *menu = title->menu()) {
            emit menu->aboutToShow(); // the entries update their state as when the agent opens it
            problems << menuClashes(menu);
            ++menus;
        }
    }
    QCOMPARE(menus, 5); // File, Edit, Request, Order, Help
    QVERIFY2(problems.isEmpty(), qPrintable(report(QStringLiteral("menus"), language, problems)));
}

void AcceleratorsTest::dialogs_visibleControlsHaveTheirOwnLetters_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dialog");
    const char *dialogs[] = {"about", "preferences", "confirm", "scan", "cards", "profiles", "firstRun",
        "secretPrompt", "commandLinePrompt", "history", "interrupted"};
    for (const char *code : {"en", "es", "fr"})
        for (const char *dialog : dialogs)
            QTest::addRow("%s-%s", code, dialog) << QString::fromLatin1(code) << QString::fromLatin1(dialog);
}

void AcceleratorsTest::dialogs_visibleControlsHaveTheirOwnLetters()
{
    QFETCH(QString, language);
    QFETCH(QString, dialog);
    applyLanguage(language);
    accountstest::Accounts accounts;
    historytest::Journal journal;
    QVERIFY(journal.journal);
    journal.answered(
        ChangeType::Activate, QStringLiteral("JNUOID-aaaa-1111"), {QStringLiteral("+12016093801")});
    std::unique_ptr<OrderJournal> nextJournal; // outlives the dialog
    QList<JournalEntry> interrupted;
    std::unique_ptr<QWidget> shown;
    if (dialog == QLatin1String("confirm")) {
        // A past date and an earlier unresolved request: both "I have checked" boxes show.
        ValidatedRequest request;
        request.changeType = ChangeType::Cancel;
        request.effectiveDate = QDate(2030, 5, 1);
        request.numbers = {{QStringLiteral("+12016093801"), {}, 0}};
        auto confirm = std::make_unique<ConfirmChangeDialog>(request, QDate(2030, 5, 6));
        confirm->setUnresolvedWarning({QStringLiteral("Cancel +12016093801, 2030-04-30")});
        shown = std::move(confirm);
    } else if (dialog == QLatin1String("history")) {
        shown = std::make_unique<HistoryWindow>(journal.journal.get(), nullptr);
    } else if (dialog == QLatin1String("interrupted")) {
        // A previous run recorded a request and died before the answer; this start finds it.
        const QString path = journal.dir.filePath(QStringLiteral("interrupted.sqlite"));
        {
            JournalOpenResult previous = OrderJournal::open(path);
            QVERIFY(previous.journal);
            QVERIFY(previous.journal->recordSending(historytest::context(),
                historytest::request(ChangeType::SwapSim, {QStringLiteral("+12016093802")})));
        }
        JournalOpenResult next = OrderJournal::open(path);
        QVERIFY(next.journal);
        nextJournal = std::move(next.journal);
        interrupted = nextJournal->markInterruptedAsOutcomeUnknown();
        QVERIFY(!interrupted.isEmpty());
        shown = std::make_unique<InterruptedRequestsDialog>(interrupted, nextJournal.get(), nullptr);
    } else {
        shown = nd::test::makeDeskDialog(dialog, accounts);
    }
    QVERIFY(shown);
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    int lettered = 0; // a dialog whose letters all vanished would pass for the wrong reason
    for (const QWidget *widget : shown->findChildren<QWidget *>()) {
        QString text;
        if (auto *button = qobject_cast<const QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
            text = label->text();
        lettered += acceleratorsIn(text).isEmpty() ? 0 : 1;
    }
    // The first-run choice and the confirmation (Send / Don't send, Tab and Enter) have no letters.
    if (dialog != QLatin1String("firstRun") && dialog != QLatin1String("confirm"))
        QVERIFY2(lettered > 0, "no control of this dialog has an accelerator");

    const QStringList problems = collectEveryTab(shown.get());
    QVERIFY2(problems.isEmpty(), qPrintable(report(dialog, language, problems)));
}

void AcceleratorsTest::catalogues_noTextHasTwoAccelerators_norLosesItsOne()
{
    // Read from the catalogue source: every message, including those of windows no test opens.
    QFETCH(QString, language);
    QFile file(QStringLiteral(NUMBERDESK_SOURCE_DIR "/translations/numberdesk_%1.ts").arg(language));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QStringList problems;
    QString context;
    QString source;
    bool numerus = false;
    int messages = 0;
    int translations = 0; // checked translations: English has only its plural forms
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
            // The source language too: English is shown from the sources, not from translations.
            if (!Qt::mightBeRichText(source) && acceleratorsIn(source).size() > 1)
                problems << QStringLiteral("%1: source \"%2\" has %3 accelerators")
                                .arg(context, source)
                                .arg(acceleratorsIn(source).size());
        } else if ((name == QLatin1String("translation") && !numerus)
            || name == QLatin1String("numerusform")) {
            // (A plural message's <translation> holds its <numerusform>s, read one by one.)
            const QString translation = xml.readElementText();
            // Rich text spells "&" as "&amp;": no accelerators there.
            if (translation.isEmpty() || Qt::mightBeRichText(source))
                continue;
            ++translations;
            const qsizetype inSource = acceleratorsIn(source).size();
            const qsizetype inTranslation = acceleratorsIn(translation).size();
            if (inTranslation > 1)
                problems << QStringLiteral("%1: \"%2\" → \"%3\" has %4 accelerators")
                                .arg(context, source, translation)
                                .arg(inTranslation);
            if (inSource == 1 && inTranslation == 0)
                problems << QStringLiteral("%1: \"%2\" → \"%3\" lost its accelerator")
                                .arg(context, source, translation);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 500);
    QVERIFY2(translations >= (language == QLatin1String("en") ? 10 : 500),
        qPrintable(QString::number(translations)));
    QVERIFY2(problems.isEmpty(), qPrintable(report(QStringLiteral("catalogue"), language, problems)));
}

QTEST_MAIN(AcceleratorsTest)
#include "tst_accelerators.moc"
