// Switching the interface language from Preferences while the desk runs: the real main window, the
// real catalogues (embedded by CMake), the agent's typed request kept. Each expected text is read from
// the catalogue itself and must differ from the English source, so a message that stops being
// retranslated, or a catalogue that is not loaded, fails the test. Also: counts worded with %n.

#include "../form/FormDriver.h"
#include "desk/NumberRowsModel.h"
#include "gui/MainWindow.h"
#include "gui/about/AboutDialog.h"
#include "gui/accounts/ProfileSecretPrompt.h"
#include "gui/results/CardPrintDialog.h"
#include "gui/common/ColourScheme.h"
#include "gui/form/ConfirmChangeDialog.h"
#include "gui/preferences/PreferencesDialog.h"
#include "gui/results/ResultsPanel.h"
#include "gui/results/ScanDialog.h"
#include "i18n/AppTranslators.h"
#include "network/ApiClient.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QImage>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace nd;
using nd::test::FormDriver;
using nd::test::widget;

namespace {
const QString TypedNumber = QStringLiteral("2016093801");
const QString TypedAreaCode = QStringLiteral("201");

QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

Order orderWithNumbers(int count)
{
    Order order;
    order.orderId = QStringLiteral("JNUOID-PLURALS");
    order.serverStatus = QStringLiteral("Complete");
    order.state = OrderState::Done;
    for (int i = 0; i < count; ++i) {
        OrderNumber number;
        number.number = QStringLiteral("+120160938%1").arg(i, 2, 10, QLatin1Char('0'));
        order.numbers.append(number);
    }
    return order;
}
} // namespace

class tst_LanguageSwitch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void preferences_switchesEsFrEn_whileTypedRequestStays();
    void preferences_systemDefault_namesTheDetectedLanguage_andSavesEmpty();
    void preferences_oneRunColourScheme_isShown_andOkDoesNotUndoOrSaveIt();
    void openDialogs_followTheLanguage();
    void counts_areWordedWithPlurals_data();
    void counts_areWordedWithPlurals();

private:
    PreferencesDialog *openPreferences();
    void choose(PreferencesDialog *dialog, const QString &code);
    void verifyLanguage(const QString &code);

    std::unique_ptr<AppTranslators> m_translators;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<FormDriver> m_driver;
};

void tst_LanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
}

void tst_LanguageSwitch::init()
{
    QSettings().clear();
    m_translators = std::make_unique<AppTranslators>();
    QVERIFY(m_translators->apply(QStringLiteral("en")));
    m_client = std::make_unique<ApiClient>();
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->setTranslators(m_translators.get());
    m_driver = std::make_unique<FormDriver>(m_window->form());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_LanguageSwitch::cleanup()
{
    m_driver.reset();
    m_window.reset();
    m_client.reset();
    m_translators.reset();
    QSettings().clear();
}

PreferencesDialog *tst_LanguageSwitch::openPreferences()
{
    // Edit → Preferences, as the agent opens it.
    auto *menu = widget<QMenu>(m_window.get(), "menuEdit");
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionPreferences"));
    if (!action || !menu->actions().contains(action))
        qFatal("Preferences is not in the Edit menu");
    action->trigger();
    PreferencesDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_window->findChild<PreferencesDialog *>()) && dialog->isVisible()); }();
    return dialog;
}

void tst_LanguageSwitch::choose(PreferencesDialog *dialog, const QString &code)
{
    // With the keyboard, as an agent who cannot read the current language would still manage.
    auto *combo = widget<QComboBox>(dialog, "languageCombo");
    const int target = combo->findData(code);
    QVERIFY(target >= 0);
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentData().toString(), code);
}

void tst_LanguageSwitch::verifyLanguage(const QString &code)
{
    const bool english = code == QLatin1String("en");
    const auto expect = [english](const QString &shown, const char *context, const char *source) {
        const QString wanted = translated(context, source);
        // A translated catalogue must really translate these; English must show the source.
        if (english)
            QCOMPARE(wanted, QString::fromUtf8(source));
        else
            QVERIFY2(wanted != QString::fromUtf8(source), source);
        QCOMPARE(shown, wanted);
    };

    QTRY_COMPARE(widget<QMenu>(m_window.get(), "menuEdit")->title(), translated("MainWindow", "&Edit"));
    expect(widget<QMenu>(m_window.get(), "menuEdit")->title(), "MainWindow", "&Edit");
    expect(widget<QMenu>(m_window.get(), "menuFile")->title(), "MainWindow", "&File");
    expect(m_driver->submitButton()->text(), "StatusChangeForm", "&Send…");
    expect(m_driver->label("changeTypeLabel")->text(), "StatusChangeForm", "&Change type:");
    // The menu entries for the panels' buttons: worded anew (their own messages are newer than the
    // shipped catalogues, so their status tips, the buttons' translated descriptions, show it).
    auto *addRow = m_window->findChild<QAction *>(QStringLiteral("addRowButtonAction"));
    QCOMPARE(addRow->text(), translated("nd::StatusChangeForm", "Add ro&w"));
    QTRY_COMPARE(
        addRow->statusTip(), widget<QPushButton>(m_window.get(), "addRowButton")->accessibleDescription());
    auto *showQr = m_window->findChild<QAction *>(QStringLiteral("showQrButtonAction"));
    QCOMPARE(showQr->text(), translated("nd::ResultsPanel", "Show &QR code…"));
    QTRY_COMPARE(
        showQr->statusTip(), widget<QPushButton>(m_window.get(), "showQrButton")->accessibleDescription());
    expect(m_driver->table()
               ->horizontalHeader()
               ->model()
               ->headerData(NumberRowsModel::NumberColumn, Qt::Horizontal)
               .toString(),
        "nd::NumberRowsModel", "Phone number");
    expect(m_driver->changeTypeCombo()->currentText(), "ChangeType", "Swap number");
    expect(
        m_driver->changeTypeCombo()->itemText(m_driver->changeTypeCombo()->findData(int(ChangeType::Park))),
        "ChangeType", "Park");
    QCOMPARE(QLocale().name().left(2), code);
    // The results shown stay, their header worded anew.
    expect(widget<QLabel>(m_window->results(), "orderCaption")->text(), "nd::OrderHeader", "Order");
    QCOMPARE(widget<QListView>(m_window->results(), "numbersView")->model()->rowCount(), 2);

    // What the agent had typed and chosen is all still there.
    QCOMPARE(m_window->form()->changeType(), ChangeType::Swap);
    QCOMPARE(m_driver->areaCodeEdit()->text(), TypedAreaCode);
    QCOMPARE(m_driver->model()->entries().value(0).number, TypedNumber);
}

void tst_LanguageSwitch::preferences_switchesEsFrEn_whileTypedRequestStays()
{
    m_driver->chooseChangeType(ChangeType::Swap);
    m_driver->areaCodeEdit()->setFocus();
    QTest::keyClicks(m_driver->areaCodeEdit(), TypedAreaCode);
    m_driver->typeIntoCell(0, NumberRowsModel::NumberColumn, TypedNumber);
    m_window->results()->showOrder(orderWithNumbers(2));
    verifyLanguage(QStringLiteral("en"));

    PreferencesDialog *dialog = openPreferences();
    QSignalSpy chosen(dialog, &PreferencesDialog::languageChosen);
    auto *buttons = widget<QDialogButtonBox>(dialog, "buttonBox");

    const QString englishTip
        = m_window->findChild<QAction *>(QStringLiteral("addRowButtonAction"))->statusTip();
    choose(dialog, QStringLiteral("es"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(m_translators->current(), QStringLiteral("es"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
    verifyLanguage(QStringLiteral("es"));
    QTRY_VERIFY(
        m_window->findChild<QAction *>(QStringLiteral("addRowButtonAction"))->statusTip() != englishTip);
    // The dialog stays open after Apply and speaks the new language too, its choice unchanged.
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE(dialog->windowTitle(), translated("PreferencesDialog", "Preferences"));
    QCOMPARE(widget<QComboBox>(dialog, "languageCombo")->currentData().toString(), QStringLiteral("es"));

    choose(dialog, QStringLiteral("fr"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);
    QCOMPARE(m_translators->current(), QStringLiteral("fr"));
    verifyLanguage(QStringLiteral("fr"));

    choose(dialog, QStringLiteral("en"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_translators->current(), QStringLiteral("en"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    verifyLanguage(QStringLiteral("en"));
}

void tst_LanguageSwitch::preferences_systemDefault_namesTheDetectedLanguage_andSavesEmpty()
{
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    QSettings().setValue(QStringLiteral("ui/colourScheme"), QStringLiteral("light"));
    applyColourScheme(ColourScheme::Light);
    PreferencesDialog *dialog = openPreferences();
    auto *combo = widget<QComboBox>(dialog, "languageCombo");
    QCOMPARE(combo->currentData().toString(), QStringLiteral("fr")); // the saved choice is shown
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->itemText(1), QStringLiteral("English"));
    QCOMPARE(combo->itemText(2), QStringLiteral("Español"));
    QCOMPARE(combo->itemText(3), QStringLiteral("Français"));
    QVERIFY2(
        combo->itemText(0).startsWith(QLatin1String("System default (")), qPrintable(combo->itemText(0)));

    auto *appearance = widget<QComboBox>(dialog, "colourSchemeCombo");
    QCOMPARE(appearance->count(), 3);
    QCOMPARE(appearance->currentIndex(), 1); // the "light" in effect
    QSignalSpy scheme(dialog, &PreferencesDialog::colourSchemeChosen);
    appearance->setFocus();
    QTest::keyClick(appearance, Qt::Key_Down); // Dark

    choose(dialog, QString());
    QTest::mouseClick(
        widget<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QSettings settings;
    QVERIFY(settings.contains(QStringLiteral("ui/language")));
    QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QString());
    QCOMPARE(settings.value(QStringLiteral("ui/colourScheme")).toString(), QStringLiteral("dark"));
    QCOMPARE(scheme.count(), 1);
    QCOMPARE(scheme.first().first().toString(), QStringLiteral("dark"));
    // The main window applies the choice at once, without a restart.
    QCOMPARE(appliedColourScheme(), ColourScheme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() < 128);
    applyColourScheme(ColourScheme::System);
}

void tst_LanguageSwitch::preferences_oneRunColourScheme_isShown_andOkDoesNotUndoOrSaveIt()
{
    // As `--colour-scheme dark` starts it: dark in effect, "system" saved.
    QSettings().setValue(QStringLiteral("ui/colourScheme"), QStringLiteral("system"));
    applyColourScheme(ColourScheme::Dark);
    PreferencesDialog *dialog = openPreferences();
    QSignalSpy scheme(dialog, &PreferencesDialog::colourSchemeChosen);
    QCOMPARE(widget<QComboBox>(dialog, "colourSchemeCombo")->currentIndex(), 2); // Dark, as on screen
    QTest::mouseClick(
        widget<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(scheme.count(), 0);
    QCOMPARE(appliedColourScheme(), ColourScheme::Dark);
    QCOMPARE(QSettings().value(QStringLiteral("ui/colourScheme")).toString(), QStringLiteral("system"));
    applyColourScheme(ColourScheme::System);
}

void tst_LanguageSwitch::openDialogs_followTheLanguage()
{
    // Opened as the agent opens them (menus) or as their owners make them, all open at once, modal
    // ones included; then the language changes under them.
    m_window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = m_window->findChild<AboutDialog *>()) && about->isVisible());

    ValidatedRequest request;
    request.changeType = ChangeType::Cancel;
    request.effectiveDate = QDate(2030, 5, 6);
    request.numbers = {{QStringLiteral("+12016093801"), {}, 0}};
    ConfirmChangeDialog confirm(request, QDate(2030, 5, 6), m_window.get());
    confirm.open();
    CardPrintDialog cards(m_window.get());
    cards.show();
    ConnectionProfile profile;
    profile.name = QStringLiteral("Front desk");
    profile.accountKey = QStringLiteral("DID-TEST-0001");
    profile.baseUrl = QUrl(QStringLiteral("https://api.telegent.com/v1.0"));
    ProfileSecretPrompt prompt(profile, true, QString(), m_window.get());
    prompt.open();
    ConnectionProfile temporary; // numberdesk --api-base: asks for the account too
    temporary.id = ConnectionProfile::temporaryId();
    temporary.name = QStringLiteral("Command line: api.telegent.com");
    temporary.baseUrl = profile.baseUrl;
    temporary.isTemporary = true;
    ProfileSecretPrompt commandLine(temporary, true, QString(), m_window.get());
    commandLine.show();
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::white);
    ScanDialog scan(QStringLiteral("+12016093801"), image, m_window.get());
    scan.show();

    QVERIFY(m_translators->apply(QStringLiteral("fr")));
    const auto expect = [](const QString &shown, const char *context, const char *source) {
        const QString wanted = translated(context, source);
        QVERIFY2(wanted != QString::fromUtf8(source), source);
        QCOMPARE(shown, wanted);
    };
    QTRY_COMPARE(about->windowTitle(), translated("AboutDialog", "About NumberDesk"));
    expect(about->windowTitle(), "AboutDialog", "About NumberDesk");
    QCOMPARE(confirm.windowTitle(),
        translated("nd::ConfirmChangeDialog", "Confirm: %1").arg(changeTypeTitle(ChangeType::Cancel)));
    expect(confirm.dontSendButton()->text(), "nd::ConfirmChangeDialog", "Don't send");
    expect(cards.windowTitle(), "CardPrintDialog", "Customer cards");
    expect(widget<QComboBox>(&cards, "perPageCombo")->itemText(0), "nd::CardPrintDialog", "One card a page");
    expect(prompt.windowTitle(), "ProfileSecretPrompt", "AccountSecret needed");
    expect(widget<QLabel>(&prompt, "storageLabel")->text(), "nd::ProfileSecretPrompt",
        "Unchecked, the secret is kept for this session only and asked for again next start.");
    expect(widget<QLabel>(&commandLine, "accountKeyLabel")->text(), "ProfileSecretPrompt", "Account &key:");
    expect(widget<QLabel>(&commandLine, "storageLabel")->text(), "nd::ProfileSecretPrompt",
        "This profile comes from the command line (--api-base): the account and secret are kept for this "
        "session only and never saved.");
    QCOMPARE(scan.windowTitle(),
        translated("nd::ScanDialog", "QR code for %1").arg(QStringLiteral("+12016093801")));
    QVERIFY(scan.windowTitle() != QStringLiteral("QR code for +12016093801"));
}

void tst_LanguageSwitch::counts_areWordedWithPlurals_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("english");
    QTest::newRow("one") << 1 << QStringLiteral("1 number");
    QTest::newRow("three") << 3 << QStringLiteral("3 numbers");
}

void tst_LanguageSwitch::counts_areWordedWithPlurals()
{
    QFETCH(int, count);
    QFETCH(QString, english);
    ResultsPanel *results = m_window->results();
    results->showOrder(orderWithNumbers(count));
    auto *countLabel = widget<QLabel>(results, "countLabel");
    const QString wanted = translated("nd::ResultsPanel", "%Ln number(s)", count);
    QTRY_COMPARE(countLabel->text(), wanted);
    QVERIFY2(wanted.startsWith(QString::number(count) + QLatin1Char(' ')), qPrintable(wanted));
    QCOMPARE(countLabel->text(), english); // numberdesk_en.ts's plural forms: "1 number", "3 numbers"

    // The same count in Spanish: the label follows the language without the order being shown again.
    QVERIFY(m_translators->apply(QStringLiteral("es")));
    QTRY_COMPARE(countLabel->text(), translated("nd::ResultsPanel", "%Ln number(s)", count));

    // The card dialog's summary is one %n message too.
    QVERIFY(m_translators->apply(QStringLiteral("en")));
    CardPrintDialog cards(m_window.get());
    cards.setCards(QList<CustomerCard>(count));
    QCOMPARE(widget<QLabel>(&cards, "summaryLabel")->text(),
        translated("nd::CardPrintDialog", "%Ln card(s), one for each number with a QR code.", count));
}

QTEST_MAIN(tst_LanguageSwitch)
#include "tst_languageswitch.moc"
