// ResultsModel + QrImageQueue + OrderPoller against the in-process sandbox: lazy, bounded image
// loading; per-number failures; polling an unfinished order until it settles.

#include "../../network/CallRecorder.h"
#include "desk/OrderPoller.h"
#include "desk/QrImageQueue.h"
#include "desk/ResultsModel.h"
#include "network/ApiClient.h"
#include "sandbox/ProblemResponse.h"
#include "sandbox/SandboxMagic.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace nd;
namespace magic = nd::sandbox::magic;

class ResultsDeskTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;

    Order activate(const QStringList &numbers)
    {
        ValidatedRequest request;
        request.changeType = ChangeType::Activate;
        request.effectiveDate = QDate::currentDate();
        for (int i = 0; i < numbers.size(); ++i)
            request.numbers.append({numbers.at(i), QString(), i});
        return waitFor(m_client->submitStatusChange(request)).order.value_or(Order {});
    }

    static QStringList twelveNumbers()
    {
        QStringList numbers;
        for (int i = 0; i < 12; ++i)
            numbers.append(QStringLiteral("+1201609%1").arg(4800 + i));
        return numbers;
    }

    // A poller of a fresh PendingThenComplete order, with a back-off of milliseconds.
    std::unique_ptr<OrderPoller> pollerOfAPendingOrder(int ceilingMs = 4, int maxLookups = 10)
    {
        const Order order = activate({QString::fromLatin1(magic::PendingThenComplete)});
        auto poller = std::make_unique<OrderPoller>(m_client.get(), order.orderId);
        poller->setBackoff(1, ceilingMs, maxLookups);
        return poller;
    }

    // The sandbox's own 429 (Retry-After header and RetryAfter body) for the next order lookup only.
    void answerTheNextLookupWithA429(int retryAfterSeconds)
    {
        m_sandbox->answerNextRequestWith(QStringLiteral("/v1.0/numbers/order"),
            sandbox::ProblemResponse::tooManyRequests(retryAfterSeconds));
    }

    static int rowOf(const Order &order, const QUrl &url)
    {
        for (int row = 0; row < order.numbers.size(); ++row) {
            if (order.numbers.at(row).qrCodeUrl == url)
                return row;
        }
        return -1;
    }

private slots:
    void init()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 1000;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_sandbox->start(0));
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_sandbox->baseUrl());
        m_client->setCredentials({options.accountKey, options.accountSecret});
    }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void swapSim_showsTheIccidTheServerEchoed()
    {
        const QString number = QStringLiteral("+12016093871");
        m_sandbox->setNumberState(number, QStringLiteral("active"));
        ValidatedRequest request;
        request.changeType = ChangeType::SwapSim;
        request.effectiveDate = QDate::currentDate();
        request.numbers = {{number, QStringLiteral("8901240397190556232"), 0}};
        const std::optional<Order> order = waitFor(m_client->submitStatusChange(request)).order;
        QVERIFY(order);
        QrImageQueue queue(m_client->network());
        ResultsModel model(&queue);
        model.setOrder(*order);
        QCOMPARE(model.data(model.index(0), ResultsModel::IccidRole).toString(),
            QStringLiteral("8901240397190556232"));
        QVERIFY(model.data(model.index(0), Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("ICCID 8901240397190556232")));
        // A change without an ICCID says nothing about one.
        const Order activated = activate({QStringLiteral("+12016093872")});
        model.setOrder(activated);
        QVERIFY(model.data(model.index(0), ResultsModel::IccidRole).toString().isEmpty());
    }

    void images_loadOnlyWhenAskedFor_andNeverMoreThanTheLimitAtOnce()
    {
        QStringList numbers;
        for (int i = 0; i < 12; ++i)
            numbers.append(QStringLiteral("+1201609%1").arg(3800 + i));
        const Order order = activate(numbers);
        QCOMPARE(order.numbers.size(), 12);

        QrImageQueue queue(m_client->network());
        queue.setMaxConcurrent(3);
        ResultsModel model(&queue);
        QAbstractItemModelTester tester(&model);
        model.setOrder(order);
        QCOMPARE(model.qrCodeCount(), 12);
        QCOMPARE(queue.downloadsStarted(), 0); // nothing requested yet: lazy

        QSignalSpy settled(&model, &ResultsModel::allImagesSettled);
        for (int row = 0; row < model.rowCount(); ++row)
            model.ensureImageRequested(row);
        QVERIFY(settled.wait(20000));
        QCOMPARE(model.loadedImageCount(), 12);
        // Exactly the limit: downloads do run in parallel, and never more than allowed.
        QCOMPARE(queue.peakConcurrentDownloads(), 3);
        QCOMPARE(queue.downloadsStarted(), 12);
        const QImage image = model.data(model.index(0), ResultsModel::QrImageRole).value<QImage>();
        QVERIFY(!image.isNull());

        // Showing the same order again uses the cache: no new downloads.
        model.setOrder(order);
        for (int row = 0; row < model.rowCount(); ++row)
            model.ensureImageRequested(row);
        QCOMPARE(queue.downloadsStarted(), 12);
        QCOMPARE(model.loadedImageCount(), 12);
    }

    // The background list: fetched in row order, only while nothing requested waits; a request
    // overtakes what is still waiting there.
    void prefetch_fetchesRowsInOrder_behindRequests()
    {
        const Order order = activate(twelveNumbers());
        QCOMPARE(order.numbers.size(), 12);
        QrImageQueue queue(m_client->network());
        queue.setMaxConcurrent(1); // one at a time: arrival order is fetch order
        ResultsModel model(&queue);
        QAbstractItemModelTester tester(&model);
        model.setOrder(order);
        QList<int> arrived;
        connect(
            &queue, &QrImageQueue::imageReady, this, [&](const QUrl &url) { arrived << rowOf(order, url); });
        QSignalSpy settled(&model, &ResultsModel::allImagesSettled);

        model.prefetchImages(4, 11); // row 4 starts at once: nothing else waits
        QCOMPARE(queue.downloadsStarted(), 1);
        QCOMPARE(queue.prefetchWaiting(), 7);
        // Background rows say nothing until their image is in: no "Loading" flicker off screen.
        QCOMPARE(model.data(model.index(5), ResultsModel::QrStateRole).toInt(),
            int(ResultsModel::QrState::NotRequested));
        model.ensureImagesRequested(0, 3); // on screen: before the rest of the background list
        QCOMPARE(model.data(model.index(0), ResultsModel::QrStateRole).toInt(),
            int(ResultsModel::QrState::Loading));

        QVERIFY(settled.wait(20000));
        QCOMPARE(arrived, (QList<int> {4, 0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11}));
        QCOMPARE(model.loadedImageCount(), 12);
        QCOMPARE(queue.downloadsStarted(), 12); // each once
    }

    void prefetch_isDroppedWhenANewOrderIsShown()
    {
        const Order first = activate(twelveNumbers());
        const Order second = activate({QStringLiteral("+12016094901")});
        QrImageQueue queue(m_client->network());
        queue.setMaxConcurrent(1);
        ResultsModel model(&queue);
        model.setOrder(first);
        QSignalSpy ready(&queue, &QrImageQueue::imageReady);
        model.prefetchImages(0, 11);
        QCOMPARE(queue.downloadsStarted(), 1);

        model.setOrder(second); // the old order's waiting images are not fetched any more
        QCOMPARE(queue.prefetchWaiting(), 0);
        model.ensureImagesRequested(0, 0);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 20000); // the one already started, then the new row
        QCOMPARE(queue.downloadsStarted(), 2);
        QCOMPARE(model.data(model.index(0), ResultsModel::QrStateRole).toInt(),
            int(ResultsModel::QrState::Loaded));
    }

    void prefetch_oneFailedImageDoesNotStopTheRest()
    {
        QStringList numbers = twelveNumbers();
        numbers[1] = QString::fromLatin1(magic::QrNotFound);
        const Order order = activate(numbers);
        QCOMPARE(order.numbers.size(), 12);
        QrImageQueue queue(m_client->network());
        queue.setMaxConcurrent(1);
        ResultsModel model(&queue);
        model.setOrder(order);
        QSignalSpy settled(&model, &ResultsModel::allImagesSettled);
        model.prefetchImages(0, 11);
        QVERIFY(settled.wait(20000));
        QCOMPARE(model.loadedImageCount(), 11);
        // The failed row shows its reason when it is scrolled to, as a requested one would.
        QCOMPARE(model.data(model.index(1), ResultsModel::QrStateRole).toInt(),
            int(ResultsModel::QrState::Failed));
        QVERIFY(!model.data(model.index(1), ResultsModel::QrErrorRole).toString().isEmpty());
        // Not fetched again by every pass over the screen.
        model.ensureImagesRequested(0, 11);
        QCOMPARE(queue.downloadsStarted(), 12);
    }

    void prefetch_keepsAtMostWhatAQuarterOfTheCacheHolds()
    {
        QrImageQueue queue(m_client->network());
        queue.setMaxConcurrent(1);
        QCOMPARE(queue.prefetchLimit(), QrImageQueue::MaxPrefetch); // before any image: 64 KiB each
        QList<QUrl> urls;
        for (int i = 0; i < QrImageQueue::MaxPrefetch + 50; ++i)
            urls << m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/sandbox-qr/missing-%1.png").arg(i)));
        queue.setPrefetch(urls);
        QCOMPARE(queue.downloadsStarted(), 1);
        QCOMPARE(queue.prefetchWaiting(), QrImageQueue::MaxPrefetch - 1);
        queue.cancelPending();
        QCOMPARE(queue.prefetchWaiting(), 0);
    }

    void failingImage_isReportedOnItsRowOnly()
    {
        const Order order = activate({QStringLiteral("+12016093801"), QString::fromLatin1(magic::QrNotFound),
            QStringLiteral("+12016093803")});
        QCOMPARE(order.numbers.size(), 3);
        QrImageQueue queue(m_client->network());
        ResultsModel model(&queue);
        QAbstractItemModelTester tester(&model);
        model.setOrder(order);
        QSignalSpy settled(&model, &ResultsModel::allImagesSettled);
        for (int row = 0; row < 3; ++row)
            model.ensureImageRequested(row);
        QVERIFY(settled.wait(20000));
        QCOMPARE(model.data(model.index(1), ResultsModel::QrStateRole).toInt(),
            int(ResultsModel::QrState::Failed));
        QVERIFY(!model.data(model.index(1), ResultsModel::QrErrorRole).toString().isEmpty());
        QCOMPARE(model.data(model.index(0), ResultsModel::QrStateRole).toInt(),
            int(ResultsModel::QrState::Loaded));
        QCOMPARE(model.data(model.index(2), ResultsModel::QrStateRole).toInt(),
            int(ResultsModel::QrState::Loaded));
    }

    void changesWithoutQrCodes_sayNoQrCode()
    {
        Order order;
        order.orderId = QStringLiteral("JNUOID-x");
        order.numbers.append(OrderNumber {QStringLiteral("+12016093801"), {}, {}, 1.0, {}, {}, {}});
        QrImageQueue queue(m_client->network());
        ResultsModel model(&queue);
        model.setOrder(order);
        QCOMPARE(model.data(model.index(0), ResultsModel::QrStateRole).toInt(),
            int(ResultsModel::QrState::NoQrCode));
        QCOMPARE(model.data(model.index(0), ResultsModel::FeeRole).toDouble(), 1.0);
    }

    // An image larger than the whole cache: QCache drops it at once. Before, the queue still said
    // "ready", and the row asked for it again: downloaded and decoded over and over, never shown. A
    // cache smaller than one of the sandbox's QR images stands for a server's oversized one.
    void imageLargerThanTheCache_failsOnceInsteadOfLoadingForever()
    {
        const Order order = activate({QStringLiteral("+12016094900")});
        QCOMPARE(order.numbers.size(), 1);
        const QUrl url = order.numbers.at(0).qrCodeUrl;
        QrImageQueue queue(m_client->network());
        queue.setCacheLimitKiB(1);
        QSignalSpy ready(&queue, &QrImageQueue::imageReady);
        QSignalSpy failed(&queue, &QrImageQueue::imageFailed);
        queue.request(url);
        QVERIFY(failed.wait(20000));
        QCOMPARE(ready.size(), 0);
        QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("too large to keep on screen")),
            qPrintable(failed.at(0).at(1).toString()));
        queue.request(url); // the row asks again: the same answer, no second download
        QVERIFY(failed.wait(5000));
        QCOMPARE(queue.downloadsStarted(), 1);
        QVERIFY(!queue.cached(url));
    }

    void pendingOrder_isPolledUntilComplete()
    {
        const Order order = activate({QString::fromLatin1(magic::PendingThenComplete)});
        QCOMPARE(order.state, OrderState::InProgress);
        OrderPoller poller(m_client.get(), order.orderId);
        poller.setBackoff(1, 4, 10);
        QSignalSpy settled(&poller, &OrderPoller::orderSettled);
        QSignalSpy updated(&poller, &OrderPoller::orderUpdated);
        poller.start();
        QVERIFY(settled.wait(20000));
        QCOMPARE(settled.at(0).at(0).value<Order>().state, OrderState::Done);
        QCOMPARE(poller.lookups(), m_sandbox->options().pendingLookupsBeforeFinal + 1);
        QCOMPARE(updated.size(), poller.lookups());
        QVERIFY(!poller.isActive());
    }

    void polling_backsOffAndGivesUpAtTheLimit()
    {
        const Order order = activate({QString::fromLatin1(magic::PendingThenComplete)});
        OrderPoller poller(m_client.get(), order.orderId);
        poller.setBackoff(1, 8, 2); // fewer lookups than the sandbox needs
        QSignalSpy gaveUp(&poller, &OrderPoller::gaveUp);
        QSignalSpy settled(&poller, &OrderPoller::orderSettled);
        poller.start();
        QVERIFY(gaveUp.wait(20000));
        QCOMPARE(settled.size(), 0);
        QCOMPARE(poller.lookups(), 2);
    }

    void polling_waitsAsLongAsA429Asks()
    {
        const std::unique_ptr<OrderPoller> poller = pollerOfAPendingOrder();
        answerTheNextLookupWithA429(30);
        QSignalSpy failed(poller.get(), &OrderPoller::lookupFailed);
        poller->start();
        QVERIFY(failed.wait(20000));
        const ApiError error = failed.at(0).at(0).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(error.retryAfterSeconds, std::optional<int>(30));
        QVERIFY(poller->isActive());
        // Before the fix the next lookup went out after the back-off's 2 ms.
        QVERIFY2(
            poller->msUntilNextLookup() > 29000, qPrintable(QString::number(poller->msUntilNextLookup())));
        QCOMPARE(poller->lookups(), 1);
    }

    void polling_afterTheServersWait_backsOffAsBefore()
    {
        const std::unique_ptr<OrderPoller> poller = pollerOfAPendingOrder();
        answerTheNextLookupWithA429(0); // no wait asked: the back-off alone decides, and polling ends
        QSignalSpy failed(poller.get(), &OrderPoller::lookupFailed);
        QSignalSpy settled(poller.get(), &OrderPoller::orderSettled);
        poller->start();
        QVERIFY(settled.wait(20000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(settled.at(0).at(0).value<Order>().state, OrderState::Done);
    }

    void polling_canBeCancelled()
    {
        const Order order = activate({QString::fromLatin1(magic::PendingThenComplete)});
        OrderPoller poller(m_client.get(), order.orderId);
        poller.setBackoff(60000, 60000, 10);
        QSignalSpy stopped(&poller, &OrderPoller::stopped);
        poller.start();
        poller.cancel();
        QCOMPARE(stopped.size(), 1);
        QVERIFY(!poller.isActive());
        QCOMPARE(poller.lookups(), 0);
    }
};

QTEST_GUILESS_MAIN(ResultsDeskTest)
#include "tst_resultsdesk.moc"
