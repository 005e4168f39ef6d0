// Customer cards from the results and from history, on the real widgets against the in-process
// sandbox: every QR code is fetched again, a gone (expired) one is reported and its card says so, the
// PDF has the pages asked for; the row's context menu copies the code's parts; the support line set
// in Preferences reaches the cards; printing opens a preview that paints the pages.

#include "../../support/DeskSandbox.h"
#include "desk/ResultsModel.h"
#include "gui/common/SecretClipboard.h"
#include "gui/results/CardPrintDialog.h"
#include "gui/common/DeskSettings.h"
#include "gui/results/HistoryEntryDialog.h"
#include "gui/preferences/PreferencesDialog.h"
#include "gui/results/ResultsPanel.h"
#include "gui/results/ScanDialog.h"
#include "handoff/InstallLink.h"
#include "sandbox/SandboxMagic.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;
namespace magic = nd::sandbox::magic;

namespace {

QAction *actionNamed(QWidget *view, const QString &text)
{
    const QList<QAction *> actions = view->actions();
    for (QAction *action : actions)
        if (action->text() == text)
            return action;
    return nullptr;
}

void waitForImages(ResultsPanel &panel)
{
    auto *model = panel.findChild<ResultsModel *>();
    QTRY_VERIFY_WITH_TIMEOUT(model->loadedImageCount() > 0, 20000);
}

} // namespace

class CustomerCardsTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<DeskSandbox> m_desk;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().clear();
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 0;
        m_desk = std::make_unique<DeskSandbox>(options);
        QVERIFY(m_desk->started);
    }
    void cleanup() { m_desk.reset(); }

    void resultsCards_refetchEveryCode_reportTheExpiredOne_andMakeThePdf()
    {
        const Order order = *m_desk
                                 ->submit(ChangeType::Activate,
                                     {QStringLiteral("+12016093951"), QString::fromLatin1(magic::QrNotFound),
                                         QStringLiteral("+12016093952")})
                                 .order;
        ResultsPanel panel(m_desk->client.get());
        panel.showOrder(order);
        panel.show();
        auto *button = panel.findChild<QPushButton *>(QStringLiteral("cardsButton"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton); // nothing selected: all numbers
        auto *dialog = panel.findChild<CardPrintDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 20000);
        QCOMPARE(dialog->cards().size(), 3);
        QVERIFY(dialog->cards().at(0).code);
        QCOMPARE(dialog->cards().at(0).code->toString(),
            *m_desk->server->activationCodeForQrUrl(order.numbers.at(0).qrCodeUrl));
        QVERIFY(!dialog->cards().at(1).code);
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("expired")));

        QTemporaryDir dir;
        QSignalSpy saved(dialog, &CardPrintDialog::pdfSaved);
        CardSheetOptions options;
        options.cardsPerPage = 4;
        dialog->setOptions(options);
        QVERIFY(dialog->savePdf(dir.filePath(QStringLiteral("four.pdf"))));
        QCOMPARE(saved.takeFirst().at(1).toInt(), 1);
        options.cardsPerPage = 1;
        options.pageSize = QPageSize(QPageSize::Letter);
        dialog->setOptions(options);
        QVERIFY(dialog->savePdf(dir.filePath(QStringLiteral("one.pdf"))));
        QCOMPARE(saved.takeFirst().at(1).toInt(), 3);
        // The choice is remembered for next time.
        QCOMPARE(DeskSettings().cardSheetOptions().cardsPerPage, 1);
        QCOMPARE(DeskSettings().cardSheetOptions().pageSize.id(), QPageSize::Letter);
        dialog->close();
    }

    void rowContextMenu_copiesEachPartOfTheCode()
    {
        const Order order = *m_desk->submit(ChangeType::Activate, {QStringLiteral("+12016093961")}).order;
        ResultsPanel panel(m_desk->client.get());
        panel.showOrder(order);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        waitForImages(panel);
        auto *view = panel.findChild<QListView *>(QStringLiteral("numbersView"));
        view->setCurrentIndex(view->model()->index(0, 0));
        const ActivationCode code
            = *ActivationCode::parse(*m_desk->server->activationCodeForQrUrl(order.numbers.at(0).qrCodeUrl));
        const QList<std::pair<QString, QString>> parts = {
            {QStringLiteral("Copy SM-DP+ address"), code.smdpAddress},
            {QStringLiteral("Copy activation code"), code.matchingId},
            {QStringLiteral("Copy whole code (LPA:…)"), code.toString()},
            {QStringLiteral("Copy iPhone install link"), installLink(code, InstallPlatform::Iphone)},
        };
        for (const auto &[text, expected] : parts) {
            QAction *action = actionNamed(view, text);
            QVERIFY2(action && action->isEnabled(), qPrintable(text));
            action->trigger();
            QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        }
        QVERIFY(panel.secretClipboard()->isClearPending());
        panel.secretClipboard()->expire();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

        // "Code to type in…" opens the scan view on its Type it in tab, still hidden.
        actionNamed(view, QStringLiteral("Code to type in and install links…"))->trigger();
        ScanDialog *scan = panel.scanDialog();
        QVERIFY(scan);
        QCOMPARE(scan->findChild<QTabWidget *>(QStringLiteral("sideTabs"))->currentIndex(),
            int(ScanDialog::Tab::TypeIn));
        QCOMPARE(scan->findChild<QLineEdit *>(QStringLiteral("lpaEdit"))->echoMode(), QLineEdit::Password);
        scan->close();
    }

    void historyEntryCards_refetchTheirCodes_andSayWhenOneHasExpired()
    {
        const Order order = *m_desk->submit(ChangeType::Activate, {QStringLiteral("+12016093971")}).order;
        JournalEntry entry;
        entry.id = 7;
        entry.createdAt = QDateTime::currentDateTimeUtc().addDays(-40);
        entry.context = {QStringLiteral("Sandbox"), m_desk->server->baseUrl(), QStringLiteral("DID-1")};
        entry.changeType = ChangeType::Activate;
        entry.state = JournalState::Answered;
        entry.orderId = order.orderId;
        entry.serverStatus = QStringLiteral("Complete");
        entry.orderState = OrderState::Done;
        JournalNumber live;
        live.requestedNumber = QStringLiteral("+12016093971");
        live.qrCodeUrl = order.numbers.at(0).qrCodeUrl;
        JournalNumber expired;
        expired.requestedNumber = QStringLiteral("+12016093972");
        QUrl gone = order.numbers.at(0).qrCodeUrl;
        gone.setPath(QStringLiteral("/sandbox-qr/00000000000000000000000000000000.png")); // answers 404
        expired.qrCodeUrl = gone;
        entry.numbers = {live, expired};

        HistoryEntryDialog history(entry, nullptr, nullptr);
        history.show();
        CardPrintDialog *dialog = history.results()->openCards(ResultsPanel::CardScope::All);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 20000);
        QCOMPARE(dialog->cards().size(), 2);
        QCOMPARE(
            dialog->cards().at(0).code->toString(), *m_desk->server->activationCodeForQrUrl(live.qrCodeUrl));
        QCOMPARE(dialog->cards().at(0).orderId, order.orderId);
        QCOMPARE(dialog->cards().at(0).orderDate, entry.createdAt.toLocalTime().date());
        QVERIFY(!dialog->cards().at(1).code);
        QVERIFY(dialog->cards().at(1).unavailableReason.contains(QStringLiteral("expired")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))
                    ->text()
                    .contains(QStringLiteral("expired")));
        dialog->close();
    }

    void preferencesSupportLine_isPrintedOnEveryCard()
    {
        PreferencesDialog preferences;
        preferences.findChild<QLineEdit *>(QStringLiteral("supportLineEdit"))
            ->setText(QStringLiteral("  Questions? Call 1-800-555-0199 "));
        preferences.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(DeskSettings().supportLine(), QStringLiteral("Questions? Call 1-800-555-0199"));

        const Order order = *m_desk->submit(ChangeType::Activate, {QStringLiteral("+12016093981")}).order;
        ResultsPanel panel(m_desk->client.get());
        panel.showOrder(order);
        CardPrintDialog *dialog = panel.openCards(ResultsPanel::CardScope::All);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("supportLabel"))->text(),
            QStringLiteral("Questions? Call 1-800-555-0199"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 20000);
        QCOMPARE(dialog->cards().constFirst().supportLine, QStringLiteral("Questions? Call 1-800-555-0199"));
        dialog->close();
    }

    void print_opensAPreviewThatPaintsTheCards()
    {
        CustomerCard card;
        card.phoneNumber = QStringLiteral("+12016093801");
        card.code = ActivationCode::parse(QStringLiteral("LPA:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN"));
        CardPrintDialog dialog;
        dialog.setCards({card, card, card, card, card});
        CardSheetOptions options;
        options.cardsPerPage = 4;
        dialog.setOptions(options);
        dialog.show();
        QPrintPreviewDialog *preview = dialog.openPrintPreview();
        QVERIFY(preview);
        auto *pages = preview->findChild<QPrintPreviewWidget *>();
        QVERIFY(pages);
        QTRY_COMPARE(pages->pageCount(), 2); // painted by CardSheet: five cards, four a page
        preview->close();
    }
};

QTEST_MAIN(CustomerCardsTest)
#include "tst_customercards.moc"
