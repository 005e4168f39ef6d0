// Every window and dialog, shown at the size the app gives it, in English and in the pseudo-locale
// (every text accented and ~40 % longer, see PseudoLocale.h): no label, button, check box, group
// title, tab, combo box item or column header may be cut off. A failure lists each clipped text with
// the room it needs and the room it has.

#include "ClippedTexts.h"
#include "gui/MainWindow.h"
#include "gui/about/AboutDialog.h"
#include "gui/accounts/AccountsTestSupport.h"
#include "gui/accounts/FirstRunDialog.h"
#include "gui/accounts/ProfileSecretPrompt.h"
#include "gui/accounts/ProfilesDialog.h"
#include "gui/results/CardPrintDialog.h"
#include "gui/form/ConfirmChangeDialog.h"
#include "gui/results/HistoryEntryDialog.h"
#include "gui/history/HistoryTestSupport.h"
#include "gui/history/HistoryWindow.h"
#include "gui/history/InterruptedRequestsDialog.h"
#include "gui/preferences/PreferencesDialog.h"
#include "gui/results/ScanDialog.h"
#include "handoff/CustomerCard.h"
#include "network/ApiClient.h"
#include "qr/ActivationCode.h"
#include "qr/QrCodec.h"

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <memory>

using namespace nd;
using nd::i18n::ClippedText;

namespace {

// Widgets that elide their text on purpose and show the whole of it in their tool tip; none so far.
// Add "Window / objectName" with the reason.
const QStringList ElidedByDesign = {};

const QString Code = QStringLiteral("LPA:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN");

// Shows `window` as the app would (its own initial size, not maximised) and collects what it clips,
// on every page of its tab widgets.
QStringList clippedIn(QWidget &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {
            QStringLiteral("%1 was never shown").arg(QString::fromLatin1(window.metaObject()->className()))};
    // Texts the window sets once it is up (queued after the show) change layouts: let them settle.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QList<ClippedText> clipped = i18n::clippedTexts(&window);
    const QList<QTabWidget *> tabWidgets = window.findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        const int shown = tabs->currentIndex();
        for (int page = 0; page < tabs->count(); ++page) {
            if (page == shown || !tabs->isVisible())
                continue;
            tabs->setCurrentIndex(page);
            // A page shown for the first time lays out in passes (a scroll area sizes its widget
            // after the widget's own layout has run): settle every pass.
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            clipped += i18n::clippedTexts(&window);
        }
        tabs->setCurrentIndex(shown);
    }
    QStringList lines;
    for (const ClippedText &text : clipped) {
        const QString line = text.describe();
        const QString who = text.window + QLatin1String(" / ") + text.widget;
        if (!ElidedByDesign.contains(who) && !lines.contains(line))
            lines.append(line);
    }
    window.close();
    return lines;
}

QImage qrImage()
{
    const QImage modules = QrCodec::encode(Code);
    return modules.scaled(modules.width() * 6, modules.height() * 6);
}

} // namespace

class PseudoClippingTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The finder itself: texts squeezed on purpose are each reported, so a clean run means something.
    void finder_reportsSqueezedTexts()
    {
        QWidget window;
        auto *label = new QLabel(QStringLiteral("A label far wider than twenty pixels"), &window);
        auto *button = new QPushButton(QStringLiteral("A button far wider than its room"), &window);
        auto *check = new QCheckBox(QStringLiteral("A check box far wider than its room"), &window);
        auto *wrapped = new QLabel(QStringLiteral("Several words that wrap onto many lines here"), &window);
        wrapped->setWordWrap(true);
        QStandardItemModel model(1, 1);
        model.setHorizontalHeaderLabels({QStringLiteral("A column header wider than its section")});
        auto *table = new QTableView(&window);
        table->setModel(&model);
        table->horizontalHeader()->resizeSection(0, 30);
        table->setGeometry(0, 120, 200, 100);
        label->setGeometry(0, 0, 20, 20);
        button->setGeometry(0, 30, 40, 30);
        check->setGeometry(0, 60, 40, 20);
        wrapped->setGeometry(0, 90, 60, 15);
        auto *fits = new QLabel(QStringLiteral("Fits"), &window);
        fits->setGeometry(0, 230, 200, 30);
        window.resize(300, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList found;
        for (const ClippedText &text : i18n::clippedTexts(&window))
            found.append(text.text);
        found.sort();
        QCOMPARE(found,
            QStringList({QStringLiteral("A button far wider than its room"),
                QStringLiteral("A check box far wider than its room"),
                QStringLiteral("A column header wider than its section"),
                QStringLiteral("A label far wider than twenty pixels"),
                QStringLiteral("Several words that wrap onto many lines here")}));
    }

    void everyWindow_showsItsTextsWhole_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::newRow("english") << QString();
        QTest::newRow("pseudo") << QStringLiteral(":/numberdesk/i18n-test/numberdesk_pseudo.qm");
    }

    void everyWindow_showsItsTextsWhole()
    {
        QFETCH(QString, catalogue);
        QTranslator translator;
        if (!catalogue.isEmpty()) {
            QVERIFY(translator.load(catalogue));
            QVERIFY(QCoreApplication::installTranslator(&translator));
            // The catalogue really translates: a window title in the pseudo-locale is bracketed.
            QVERIFY(
                QCoreApplication::translate("AboutDialog", "About NumberDesk").startsWith(QLatin1Char('[')));
        }
        QSettings().clear();
        QStringList clipped;
        int windows = 0;
        const auto walk = [&](QWidget &window) {
            clipped += clippedIn(window);
            ++windows;
        };

        QTemporaryDir journalDir;
        QVERIFY(journalDir.isValid());
        ApiClient client;
        {
            MainWindow window(&client);
            window.openJournal(journalDir.filePath(QStringLiteral("journal.sqlite")));
            walk(window);
        }
        {
            AboutDialog about;
            walk(about);
            PreferencesDialog preferences;
            walk(preferences);
        }
        {
            accountstest::Accounts accounts;
            ConnectionProfile draft;
            draft.name = QStringLiteral("Acme production");
            draft.baseUrl = QUrl(QStringLiteral("https://api.telegent.com/v1.0"));
            draft.accountKey = QStringLiteral("DID-4711");
            const ConnectionProfile profile = *accounts.store->add(draft).profile;
            ProfilesDialog profiles(accounts.store.get(), accounts.vault.get());
            profiles.selectProfile(profile.id);
            walk(profiles);
            ProfileSecretPrompt prompt(profile, true, QStringLiteral("The saved secret was refused."));
            walk(prompt);
            ConnectionProfile temporary;
            temporary.id = ConnectionProfile::temporaryId();
            temporary.name = QStringLiteral("Command line: api.telegent.com");
            temporary.baseUrl = draft.baseUrl;
            temporary.isTemporary = true;
            ProfileSecretPrompt commandLine(temporary, true, QString());
            walk(commandLine);
            accountstest::Accounts fresh;
            FirstRunDialog firstRun(fresh.store.get(), fresh.vault.get());
            walk(firstRun);
        }
        {
            const QDate today = QDate::currentDate();
            ValidatedRequest request
                = historytest::request(ChangeType::SwapSim, {QStringLiteral("+12016093801")});
            request.effectiveDate = today.addDays(-2);
            ConfirmChangeDialog confirm(request, today);
            confirm.setUnresolvedWarning({QStringLiteral("• Activate, sent 5/6/30 9:00 AM: +12016093801")});
            walk(confirm);
        }
        {
            CustomerCard card;
            card.phoneNumber = QStringLiteral("+12016093801");
            card.code = ActivationCode::parse(Code);
            CardPrintDialog cards;
            cards.setCards({card, card});
            walk(cards);
            ScanDialog scan(card.phoneNumber, qrImage());
            walk(scan);
        }
        {
            historytest::Journal journal;
            const qint64 answered = journal.answered(ChangeType::Activate,
                QStringLiteral("JNUOID-d2862353-fccc-4481-a65a-89dc563bee8e"),
                {QStringLiteral("+12016093801"), QStringLiteral("+12016093802")});
            HistoryWindow history(journal.journal.get(), nullptr);
            walk(history);
            const std::optional<JournalEntry> entry = journal.journal->entry(answered);
            QVERIFY(entry);
            HistoryEntryDialog entryDialog(*entry, nullptr, journal.journal.get());
            walk(entryDialog);
            // A request left "sending" by an earlier run is interrupted when the journal opens again.
            const QString earlierRun = journal.dir.filePath(QStringLiteral("earlier.sqlite"));
            OrderJournal::open(earlierRun)
                .journal->recordSending(historytest::context(),
                    historytest::request(ChangeType::Cancel, {QStringLiteral("+13125550100")}));
            const JournalOpenResult reopened = OrderJournal::open(earlierRun);
            const QList<JournalEntry> interrupted = reopened.journal->markInterruptedAsOutcomeUnknown();
            QVERIFY(!interrupted.isEmpty());
            InterruptedRequestsDialog interruptedDialog(interrupted, reopened.journal.get(), nullptr);
            walk(interruptedDialog);
        }
        QCoreApplication::removeTranslator(&translator);

        QCOMPARE(windows, 13);
        QVERIFY2(clipped.isEmpty(),
            qPrintable(QStringLiteral("%1 clipped text(s):\n").arg(clipped.size())
                + clipped.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(PseudoClippingTest)
#include "tst_pseudoclipping.moc"
