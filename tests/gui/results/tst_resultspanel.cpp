// The results panel end to end: a real ApiClient against the in-process sandbox, the real widgets,
// offscreen. What the panel draws is grabbed and read back as a QR code.

#include "../../support/DeskSandbox.h"
#include "desk/QrImageQueue.h"
#include "desk/ResultsModel.h"
#include "gui/results/NumberResultDelegate.h"
#include "gui/results/OrderErrorBox.h"
#include "gui/results/OrderHeader.h"
#include "gui/results/QrCodeView.h"
#include "gui/results/ResultsPanel.h"
#include "gui/results/ScanDialog.h"
#include "qr/QrCodec.h"
#include "sandbox/SandboxMagic.h"
#include "session/OrderFollower.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QtTest>
#include <numeric>

using namespace nd;
namespace magic = nd::sandbox::magic;

namespace {

const QString First = QStringLiteral("+12016093801");
const QString Second = QStringLiteral("+12016093802");
const QString Third = QStringLiteral("+12016093803");

QString magicNumber(const char *number)
{
    return QString::fromLatin1(number);
}

} // namespace

class ResultsPanelTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<DeskSandbox> m_desk;
    std::unique_ptr<ResultsPanel> m_panel;
    OrderFollower *m_follower = nullptr; // the panel's, as a history entry sets one up

    ResultsModel *model() const { return m_panel->findChild<ResultsModel *>(); }
    QListView *view() const { return m_panel->findChild<QListView *>(QStringLiteral("numbersView")); }
    QString badge() const { return m_panel->findChild<OrderHeader *>()->badgeText(); }
    bool isShown(const char *name) const
    {
        const auto *widget = m_panel->findChild<QWidget *>(QLatin1String(name));
        return widget && widget->isVisible();
    }
    QString labelText(const char *name) const
    {
        return m_panel->findChild<QLabel *>(QLatin1String(name))->text();
    }

    Order submitAndShow(ChangeType type, const QStringList &numbers)
    {
        const SubmitResult result = m_desk->submit(type, numbers);
        if (!result.order)
            return {};
        m_panel->showOrder(*result.order);
        // As the desk's session and a history entry do: a pending order is followed once shown.
        if (isUnfinished(result.order->state))
            m_follower->follow(result.order->orderId);
        return *result.order;
    }

    // The row's thumbnail as the user sees it, cut from the list's viewport.
    QImage thumbnailOf(int row) const
    {
        const QRect item = view()->visualRect(model()->index(row));
        return view()->viewport()->grab(NumberResultDelegate::thumbnailRect(item)).toImage();
    }

private slots:
    void init()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 0; // tests make many calls; the limit has tests of its own
        m_desk = std::make_unique<DeskSandbox>(options);
        QVERIFY(m_desk->started);
        m_panel = std::make_unique<ResultsPanel>(m_desk->client.get());
        m_follower = new OrderFollower(m_desk->client.get(), m_panel.get());
        m_panel->observe(m_follower);
        m_panel->resize(900, 760);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        new QAbstractItemModelTester(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_panel.get());
    }
    void cleanup()
    {
        m_panel.reset();
        m_desk.reset();
    }

    void activate_threeNumbers_thumbnailsAndScanViewDecodeToTheIssuedCodes()
    {
        const Order order = submitAndShow(ChangeType::Activate, {First, Second, Third});
        QCOMPARE(order.numbers.size(), 3);
        QCOMPARE(badge(), QStringLiteral("Complete"));
        QCOMPARE(labelText("orderIdLabel"), order.orderId);
        QTRY_COMPARE_WITH_TIMEOUT(model()->loadedImageCount(), 3, 20000);

        for (int row = 0; row < 3; ++row) {
            const std::optional<QString> issued
                = m_desk->server->activationCodeForQrUrl(order.numbers.at(row).qrCodeUrl);
            QVERIFY(issued);
            QCOMPARE(QrCodec::decode(thumbnailOf(row)), issued);
        }

        // Enter on the second row opens the scan view; what it paints decodes to that row's code.
        view()->setFocus();
        view()->setCurrentIndex(model()->index(1));
        QTest::keyClick(view(), Qt::Key_Return);
        auto *scan = m_panel->findChild<ScanDialog *>();
        QVERIFY(scan);
        QVERIFY(QTest::qWaitForWindowExposed(scan));
        QCOMPARE(scan->number(), order.numbers.at(1).number);
        QCOMPARE(QrCodec::decode(scan->qrView()->grab().toImage()),
            m_desk->server->activationCodeForQrUrl(order.numbers.at(1).qrCodeUrl));
        QVERIFY(scan->qrView()->qr().isVerified());
        QVERIFY(scan->qrView()->scaleFactor() >= 4);
    }

    // More numbers than fit on screen: the rows on screen arrive first, top row first, then the ones
    // below in order, without anyone scrolling (background fetching); each row's thumbnail is its code.
    void activate_moreNumbersThanFit_loadTopRowFirstThenTheRestWithoutScrolling()
    {
        m_panel->findChild<QrImageQueue *>()->setMaxConcurrent(1); // arrival order = fetch order
        QStringList numbers;
        for (int i = 0; i < 24; ++i)
            numbers.append(QStringLiteral("+1201609%1").arg(5100 + i));
        QList<int> loadedRows;
        connect(model(), &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &from, const QModelIndex &to) {
                for (int row = from.row(); row <= to.row(); ++row) {
                    if (model()->index(row).data(ResultsModel::QrStateRole).toInt()
                            == int(ResultsModel::QrState::Loaded)
                        && !loadedRows.contains(row))
                        loadedRows << row;
                }
            });
        const Order order = submitAndShow(ChangeType::Activate, numbers);
        QCOMPARE(order.numbers.size(), 24);
        QTRY_COMPARE_WITH_TIMEOUT(model()->loadedImageCount(), 24, 20000);
        QCOMPARE(view()->verticalScrollBar()->value(), 0);
        QVERIFY(view()->verticalScrollBar()->maximum() > 0); // they did not all fit
        QList<int> inOrder(24);
        std::iota(inOrder.begin(), inOrder.end(), 0);
        QCOMPARE(loadedRows, inOrder);
        QCOMPARE(m_panel->findChild<QrImageQueue *>()->downloadsStarted(), 24);
        QCOMPARE(QrCodec::decode(thumbnailOf(0)),
            m_desk->server->activationCodeForQrUrl(order.numbers.at(0).qrCodeUrl));
    }

    void brokenQrImages_showTheirErrorWhileTheOtherNumbersRender()
    {
        const Order order = submitAndShow(
            ChangeType::Activate, {First, magicNumber(magic::QrNotFound), magicNumber(magic::QrNotAnImage)});
        QCOMPARE(order.numbers.size(), 3);
        QSignalSpy settled(model(), &ResultsModel::allImagesSettled);
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 20000);

        const auto state = [this](int row) {
            return ResultsModel::QrState(model()->index(row).data(ResultsModel::QrStateRole).toInt());
        };
        QCOMPARE(state(0), ResultsModel::QrState::Loaded);
        QCOMPARE(state(1), ResultsModel::QrState::Failed);
        QCOMPARE(state(2), ResultsModel::QrState::Failed);
        QVERIFY(!model()->index(1).data(ResultsModel::QrErrorRole).toString().isEmpty());
        QVERIFY(!model()->index(2).data(ResultsModel::QrErrorRole).toString().isEmpty());
        QCOMPARE(QrCodec::decode(thumbnailOf(0)),
            m_desk->server->activationCodeForQrUrl(order.numbers.at(0).qrCodeUrl));
        // A failed image is a per-number note, not an order error.
        QVERIFY(!isShown("errorBox"));
        QCOMPARE(badge(), QStringLiteral("Complete"));

        // On a failed row the scan view is unavailable and Retry is offered; retrying asks again.
        view()->setCurrentIndex(model()->index(1));
        QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("showQrButton"))->isEnabled());
        auto *retry = m_panel->findChild<QPushButton *>(QStringLiteral("retryQrButton"));
        QVERIFY(retry->isEnabled());
        const int requestsBefore = m_desk->server->requestCount(order.numbers.at(1).qrCodeUrl.path());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(state(1), ResultsModel::QrState::Failed);
        QTRY_COMPARE(m_desk->server->requestCount(order.numbers.at(1).qrCodeUrl.path()), requestsBefore + 1);

        // The Retry button drawn in the row does the same.
        QTRY_COMPARE(state(2), ResultsModel::QrState::Failed);
        const int rowRequestsBefore = m_desk->server->requestCount(order.numbers.at(2).qrCodeUrl.path());
        QStyleOptionViewItem option;
        option.initFrom(view());
        option.rect = view()->visualRect(model()->index(2));
        auto *delegate = qobject_cast<NumberResultDelegate *>(view()->itemDelegate());
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, delegate->retryButtonRect(option).center());
        QTRY_COMPARE(
            m_desk->server->requestCount(order.numbers.at(2).qrCodeUrl.path()), rowRequestsBefore + 1);
        QTRY_COMPARE(state(2), ResultsModel::QrState::Failed);
    }

    void park_noQrCodes_saidPlainlyNotAsAnError()
    {
        QVERIFY(m_desk->submit(ChangeType::Activate, {First, Second}).order);
        const Order order = submitAndShow(ChangeType::Park, {First, Second});
        QCOMPARE(order.numbers.size(), 2);
        QCOMPARE(model()->qrCodeCount(), 0);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(ResultsModel::QrState(model()->index(row).data(ResultsModel::QrStateRole).toInt()),
                ResultsModel::QrState::NoQrCode);
        QVERIFY(!isShown("errorBox"));
        QVERIFY(!labelText("countLabel").contains(QStringLiteral("QR")));
        QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("showQrButton"))->isEnabled());
        QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("retryQrButton"))->isEnabled());
    }

    void pendingOrder_isPolledUntilTheBadgeSaysComplete()
    {
        m_follower->setBackoff(10, 40, 20);
        QSignalSpy changed(m_panel.get(), &ResultsPanel::orderChanged);
        const Order order
            = submitAndShow(ChangeType::Activate, {First, magicNumber(magic::PendingThenComplete)});
        QCOMPARE(order.state, OrderState::InProgress);
        QCOMPARE(badge(), QStringLiteral("Pending"));
        QVERIFY(isShown("pollRow"));
        QVERIFY(labelText("pollLabel").startsWith(QStringLiteral("Checking the order")));

        QTRY_COMPARE_WITH_TIMEOUT(badge(), QStringLiteral("Complete"), 20000);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.constLast().at(0).value<Order>().state, OrderState::Done);
        QVERIFY(!isShown("pollRow"));
        QVERIFY(m_desk->server->requestCount(QStringLiteral("/v1.0/numbers/order")) >= 3);
        QCOMPARE(model()->rowCount(), 2); // the lookup's shape did not replace the rows
    }

    void swapSim_rowsShowTheIccidTheServerEchoed()
    {
        const QString iccid = QStringLiteral("8901240397190556232");
        m_desk->server->setNumberState(First, QStringLiteral("active"));
        const SubmitResult result = m_desk->submit(ChangeType::SwapSim, {First}, 20000, {iccid});
        QVERIFY(result.order);
        m_panel->showOrder(*result.order);
        const QModelIndex row = view()->model()->index(0, 0);
        QCOMPARE(row.data(ResultsModel::IccidRole).toString(), iccid);
        // What a screen reader hears for the row, and what the agent reads back to the customer.
        QVERIFY(row.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("ICCID ") + iccid));
        QVERIFY(view()->visualRect(row).height() > 0);
    }

    void pendingOrder_lookupsKeepTheChangeTypeAndOrderDate()
    {
        m_follower->setBackoff(10, 40, 20);
        const QString pending = magicNumber(magic::PendingThenComplete);
        m_desk->server->setNumberState(pending, QStringLiteral("active"));
        const Order order = submitAndShow(ChangeType::Swap, {pending});
        QCOMPARE(order.state, OrderState::InProgress);
        const QString changeType = labelText("changeTypeLabel");
        const QString ordered = labelText("orderDateLabel");
        QCOMPARE(changeType, changeTypeTitle(ChangeType::Swap));
        // The lookups answer OrderType "StatusChange" (a category): the header keeps what was done.
        QTRY_COMPARE_WITH_TIMEOUT(badge(), QStringLiteral("Complete"), 20000);
        QCOMPARE(labelText("changeTypeLabel"), changeType);
        QCOMPARE(labelText("orderDateLabel"), ordered);
    }

    void pendingOrder_stopButton_stopsChecking()
    {
        OrderFollower *tracker = m_follower;
        tracker->setBackoff(60000, 60000, 5); // no lookup happens during the test
        submitAndShow(ChangeType::Activate, {magicNumber(magic::PendingThenComplete)});
        QVERIFY(tracker->isFollowing());
        QVERIFY(labelText("pollLabel").contains(QStringLiteral("next check in")));
        QTest::mouseClick(
            m_panel->findChild<QPushButton *>(QStringLiteral("stopPollingButton")), Qt::LeftButton);
        QVERIFY(!tracker->isFollowing());
        QVERIFY(labelText("pollLabel").contains(QStringLiteral("Stopped checking")));
        QCOMPARE(badge(), QStringLiteral("Pending"));
    }

    void serverErrors_showTitleTraceIdAndCaution_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("caution");
        QTest::newRow("422") << magicNumber(magic::RejectOneNumber) << int(ApiError::Kind::Http) << false;
        // A 500 may come after the change was made: outcome unknown, with the caution.
        QTest::newRow("500") << magicNumber(magic::ServerError) << int(ApiError::Kind::OutcomeUnknown)
                             << true;
        QTest::newRow("malformed 200")
            << magicNumber(magic::MalformedBody) << int(ApiError::Kind::MalformedResponse) << true;
    }
    void serverErrors_showTitleTraceIdAndCaution()
    {
        QFETCH(QString, number);
        QFETCH(int, kind);
        QFETCH(bool, caution);
        // Earlier results stay readable under the error.
        submitAndShow(ChangeType::Activate, {First});
        const SubmitResult result = m_desk->submit(ChangeType::Activate, {Second, number});
        QVERIFY(result.error);
        QCOMPARE(int(result.error->kind), kind);
        m_panel->showError(*result.error);

        QVERIFY(isShown("errorBox"));
        QCOMPARE(labelText("errorTitleLabel"), result.error->title);
        QCOMPARE(isShown("cautionLabel"), caution);
        QVERIFY(isShown("numbersView"));
        QCOMPARE(model()->rowCount(), 1);
        const QString support = m_panel->findChild<OrderErrorBox *>()->supportText();
        if (!result.error->traceId.isEmpty()) {
            QVERIFY(labelText("traceIdLabel").contains(result.error->traceId));
            QVERIFY(support.contains(result.error->traceId));
        }
        QTest::mouseClick(
            m_panel->findChild<QPushButton *>(QStringLiteral("copyForSupportButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), support);
    }

    void busy_keepsEarlierResultsVisible()
    {
        submitAndShow(ChangeType::Activate, {First});
        m_panel->showBusy(QStringLiteral("Sending activate for 2 numbers…"));
        QVERIFY(isShown("busyRow"));
        QVERIFY(isShown("numbersView"));
        QVERIFY(isShown("orderHeader"));
        m_panel->clearBusy();
        QVERIFY(!isShown("busyRow"));
    }

    void copy_shortcut_copiesSelectedNumbersInOrder()
    {
        submitAndShow(ChangeType::Activate, {First, Second, Third});
        view()->setFocus();
        view()->selectionModel()->select(model()->index(2), QItemSelectionModel::Select);
        view()->selectionModel()->select(model()->index(0), QItemSelectionModel::ClearAndSelect);
        view()->selectionModel()->select(model()->index(2), QItemSelectionModel::Select);
        QTest::keySequence(view(), QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), First + QLatin1Char('\n') + Third);
    }

    void thousandRows_onlyVisibleRowsAskForImages()
    {
        Order order;
        order.orderId = QStringLiteral("JNUOID-LOCAL");
        order.serverStatus = QStringLiteral("Complete");
        order.state = OrderState::Done;
        for (int i = 0; i < 1000; ++i) {
            OrderNumber number;
            number.number = QStringLiteral("+1201609%1").arg(i, 4, 10, QLatin1Char('0'));
            // Nothing listens there: the requests are what this test counts.
            number.qrCodeUrl = QUrl(QStringLiteral("http://127.0.0.1:9/qr/%1.png").arg(i));
            order.numbers.append(number);
        }
        m_panel->showOrder(order);
        const auto requested = [this] {
            int count = 0;
            for (int row = 0; row < model()->rowCount(); ++row)
                count += model()->index(row).data(ResultsModel::QrStateRole).toInt()
                    != int(ResultsModel::QrState::NotRequested);
            return count;
        };
        QTRY_VERIFY(requested() > 0);
        QVERIFY2(requested() < 40, qPrintable(QString::number(requested())));
        QCOMPARE(model()->index(999).data(ResultsModel::QrStateRole).toInt(),
            int(ResultsModel::QrState::NotRequested));
        view()->scrollToBottom();
        QTRY_VERIFY(model()->index(999).data(ResultsModel::QrStateRole).toInt()
            != int(ResultsModel::QrState::NotRequested));
    }
};

QTEST_MAIN(ResultsPanelTest)
#include "tst_resultspanel.moc"
