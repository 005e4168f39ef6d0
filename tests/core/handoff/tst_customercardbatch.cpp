// Cards for an order's numbers against the in-process sandbox: every QR code fetched again and read
// to the exact code the sandbox issued; a code whose image is gone (expired) gives a card that says
// so, and the batch reports it; an image already in the results' cache is not fetched again.

#include "../../support/DeskSandbox.h"
#include "desk/QrImageQueue.h"
#include "handoff/CustomerCardBatch.h"
#include "network/ApiClient.h"
#include "sandbox/SandboxMagic.h"
#include "sandbox/SandboxServer.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace nd;
namespace magic = nd::sandbox::magic;

class CustomerCardBatchTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<DeskSandbox> m_desk;

    Order activate(const QStringList &numbers)
    {
        return m_desk->submit(ChangeType::Activate, numbers).order.value_or(Order {});
    }

private slots:
    void init()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 1000;
        m_desk = std::make_unique<DeskSandbox>(options);
        QVERIFY(m_desk->started);
    }
    void cleanup() { m_desk.reset(); }

    void batch_readsEveryCodeAgain_andSaysWhichExpired()
    {
        const Order order = activate({QStringLiteral("+12016093901"), QString::fromLatin1(magic::QrNotFound),
            QStringLiteral("+12016093902")});
        QCOMPARE(order.numbers.size(), 3);
        CustomerCardBatch batch(m_desk->client->network(), nullptr);
        QSignalSpy finished(&batch, &CustomerCardBatch::finished);
        QSignalSpy progress(&batch, &CustomerCardBatch::progress);
        batch.start(order, {0, 1, 2}, QStringLiteral("Questions? Call 1-800-555-0199"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(progress.count(), 3);
        QVERIFY(batch.isFinished());

        const QList<CustomerCard> &cards = batch.cards();
        QCOMPARE(cards.size(), 3);
        for (int i : {0, 2}) {
            QCOMPARE(cards.at(i).phoneNumber, order.numbers.at(i).number);
            QVERIFY(cards.at(i).code);
            QCOMPARE(cards.at(i).code->toString(),
                *m_desk->server->activationCodeForQrUrl(order.numbers.at(i).qrCodeUrl));
            QCOMPARE(cards.at(i).orderId, order.orderId);
            QCOMPARE(cards.at(i).supportLine, QStringLiteral("Questions? Call 1-800-555-0199"));
            QVERIFY(cards.at(i).orderDate.isValid());
        }
        QVERIFY(!cards.at(1).code);
        QVERIFY(cards.at(1).unavailableReason.contains(QStringLiteral("expired")));
        QCOMPARE(batch.unavailableCount(), 1);
        QVERIFY(batch.firstProblem().contains(QString::fromLatin1(magic::QrNotFound)));
        QCOMPARE(batch.disagreementCount(), 0);
    }

    void batch_takesCachedImages_andSkipsNumbersWithoutQrCode()
    {
        const Order order = activate({QStringLiteral("+12016093911")});
        QrImageQueue cache(m_desk->client->network());
        QSignalSpy ready(&cache, &QrImageQueue::imageReady);
        cache.request(order.numbers.at(0).qrCodeUrl);
        QVERIFY(ready.wait(20000));

        Order withExtra = order;
        OrderNumber parked;
        parked.number = QStringLiteral("+12016093912"); // no QR code: no card
        withExtra.numbers.append(parked);
        const QString qrPath = order.numbers.at(0).qrCodeUrl.path();
        QCOMPARE(m_desk->server->requestCount(qrPath), 1);
        CustomerCardBatch batch(m_desk->client->network(), &cache);
        QSignalSpy finished(&batch, &CustomerCardBatch::finished);
        batch.start(withExtra, {0, 1}, QString());
        QVERIFY(finished.wait(5000));
        QCOMPARE(batch.cards().size(), 1);
        QVERIFY(batch.cards().at(0).code);
        QCOMPARE(m_desk->server->requestCount(qrPath), 1); // taken from the cache, not fetched again
    }

    void batch_withNothingToFetch_finishesAtOnce()
    {
        Order order;
        order.orderId = QStringLiteral("JNUOID-1");
        OrderNumber parked;
        parked.number = QStringLiteral("+12016093913");
        order.numbers.append(parked);
        CustomerCardBatch batch(m_desk->client->network(), nullptr);
        QSignalSpy finished(&batch, &CustomerCardBatch::finished);
        batch.start(order, {0}, QString());
        QVERIFY(finished.wait(1000));
        QVERIFY(batch.cards().isEmpty());
    }
};

QTEST_GUILESS_MAIN(CustomerCardBatchTest)
#include "tst_customercardbatch.moc"
