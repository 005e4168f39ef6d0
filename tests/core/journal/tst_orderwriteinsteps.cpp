// OrderJournal::recordOrderInSteps: a large answer written a slice per event-loop turn (issue #13, goal 4),
// and still all or nothing: another connection sees the record `sending` until the last slice commits;
// anything else that uses the journal meanwhile finds the write finished; closing the journal finishes
// it; the caller hears once, after the commit, and only while it exists.

#include "JournalTestSupport.h"
#include "journal/OrderJournal.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;
using journaltest::makeRequest;
using journaltest::RawConnection;

namespace {

const JournalContext Context {QStringLiteral("Support desk"),
    QUrl(QStringLiteral("https://api.example.com/v1.0")), QStringLiteral("DID-TEST-0001")};

constexpr int Count = 250;
constexpr int RowsPerStep = 100; // three slices

QString sentNumber(int i)
{
    return QStringLiteral("+1201609%1").arg(i, 4, 10, QLatin1Char('0'));
}

QString qrUrl(int i)
{
    return QStringLiteral("https://qr.example.com/q/%1").arg(i);
}

Order answer(const QString &orderId = QStringLiteral("JNUOID-STEPS"))
{
    Order order;
    order.orderId = orderId;
    order.serverStatus = QStringLiteral("Complete");
    order.state = OrderState::Done;
    for (int i = 0; i < Count; ++i) {
        OrderNumber number;
        number.number = sentNumber(i);
        number.qrCodeUrl = QUrl(qrUrl(i));
        order.numbers.append(number);
    }
    return order;
}

// What the callback heard, and how often.
struct Heard
{
    int calls = 0;
    bool written = false;
    QString whyNot;

    OrderJournal::RecordedCallback callback()
    {
        return [this](bool isWritten, const QString &reason) {
            ++calls;
            written = isWritten;
            whyNot = reason;
        };
    }
};

} // namespace

class OrderWriteInStepsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<OrderJournal> m_journal;
    qint64 m_id = 0;

    std::unique_ptr<OrderJournal> openJournal()
    {
        JournalOpenResult result = OrderJournal::open(m_path);
        if (result.status != JournalOpenResult::Status::Opened)
            qWarning("journal did not open: %s", qPrintable(result.message));
        if (result.journal)
            result.journal->setRowsPerStep(RowsPerStep);
        return std::move(result.journal);
    }

    // As another process sees the record: its state, its numbers with a QR URL, its claims.
    static QString committedState(RawConnection &raw, qint64 id)
    {
        return raw.scalar(QStringLiteral("SELECT state FROM requests WHERE id = %1").arg(id)).toString();
    }
    static int committedQrUrls(RawConnection &raw, qint64 id)
    {
        return raw
            .scalar(
                QStringLiteral("SELECT count(*) FROM request_numbers WHERE request_id = %1 AND qr_url <> ''")
                    .arg(id))
            .toInt();
    }
    static int committedClaims(RawConnection &raw, qint64 id)
    {
        return raw.scalar(QStringLiteral("SELECT count(*) FROM number_claims WHERE request_id = %1").arg(id))
            .toInt();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("journal-%1.sqlite").arg(QTest::currentTestFunction()));
        m_journal = openJournal();
        QVERIFY(m_journal);
        QStringList numbers;
        for (int i = 0; i < Count; ++i)
            numbers << sentNumber(i);
        const std::optional<qint64> id
            = m_journal->recordSending(Context, makeRequest(ChangeType::Activate, numbers));
        QVERIFY(id);
        m_id = *id;
    }

    void cleanup() { m_journal.reset(); }

    void largeAnswer_isCommittedOnlyWithItsLastSlice()
    {
        RawConnection raw(m_path);
        QVERIFY(raw.isOpen());
        QSignalSpy changed(m_journal.get(), &OrderJournal::entryChanged);
        Heard heard;
        m_journal->recordOrderInSteps(m_id, answer(), this, heard.callback());

        // The first slice is written, the rest waits for the event loop; nothing is committed yet.
        QCOMPARE(heard.calls, 0);
        QCOMPARE(committedState(raw, m_id), QStringLiteral("sending"));
        QCOMPARE(committedQrUrls(raw, m_id), 0);
        QCOMPARE(committedClaims(raw, m_id), Count);

        QTRY_COMPARE(heard.calls, 1);
        QVERIFY(heard.written);
        QVERIFY(heard.whyNot.isEmpty());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(committedState(raw, m_id), QStringLiteral("answered"));
        QCOMPARE(committedQrUrls(raw, m_id), Count);
        QCOMPARE(committedClaims(raw, m_id), 0);
        const JournalEntry entry = *m_journal->entry(m_id);
        QCOMPARE(entry.orderId, QStringLiteral("JNUOID-STEPS"));
        QCOMPARE(entry.numbers.size(), Count);
        for (int i = 0; i < Count; ++i)
            QCOMPARE(entry.numbers.at(i).qrCodeUrl, QUrl(qrUrl(i)));
    }

    void smallAnswer_isWrittenAndToldAtOnce()
    {
        m_journal->setRowsPerStep(Count);
        Heard heard;
        m_journal->recordOrderInSteps(m_id, answer(), this, heard.callback());
        QCOMPARE(heard.calls, 1);
        QVERIFY(heard.written);
        QCOMPARE(m_journal->entry(m_id)->state, JournalState::Answered);
    }

    void anotherUseOfTheJournal_findsTheWriteFinished()
    {
        Heard heard;
        m_journal->recordOrderInSteps(m_id, answer(), this, heard.callback());
        QCOMPARE(heard.calls, 0);

        // A read before the next slice's turn: the journal finishes the write first.
        const JournalEntry entry = *m_journal->entry(m_id);
        QCOMPARE(entry.state, JournalState::Answered);
        QCOMPARE(entry.numbers.size(), Count);
        QCOMPARE(entry.numbers.last().qrCodeUrl, QUrl(qrUrl(Count - 1)));
        QVERIFY(m_journal->claimsOn({sentNumber(0)}).isEmpty());
        // The caller still hears from the event loop, not from inside someone else's call, and once.
        QCOMPARE(heard.calls, 0);
        QTRY_COMPARE(heard.calls, 1);
        QVERIFY(heard.written);
        QTest::qWait(0);
        QCOMPARE(heard.calls, 1);
    }

    void aSecondAnswer_waitsForTheFirst()
    {
        QStringList others;
        for (int i = 0; i < Count; ++i)
            others << QStringLiteral("+1202555%1").arg(i, 4, 10, QLatin1Char('0'));
        const qint64 second = *m_journal->recordSending(Context, makeRequest(ChangeType::Activate, others));
        Order secondAnswer = answer(QStringLiteral("JNUOID-SECOND"));
        for (int i = 0; i < Count; ++i)
            secondAnswer.numbers[i].number = others.at(i);

        Heard first;
        Heard next;
        m_journal->recordOrderInSteps(m_id, answer(), this, first.callback());
        m_journal->recordOrderInSteps(second, secondAnswer, this, next.callback());
        QTRY_COMPARE(next.calls, 1);
        QTRY_COMPARE(first.calls, 1);
        QVERIFY(first.written);
        QVERIFY(next.written);
        QCOMPARE(m_journal->entry(m_id)->orderId, QStringLiteral("JNUOID-STEPS"));
        QCOMPARE(m_journal->entry(second)->orderId, QStringLiteral("JNUOID-SECOND"));
        QCOMPARE(m_journal->entry(second)->numbers.last().qrCodeUrl, QUrl(qrUrl(Count - 1)));
    }

    void anAnswerOfAnotherOrder_isRefusedWithTheReason()
    {
        QVERIFY(m_journal->recordOrder(m_id, answer(QStringLiteral("JNUOID-FIRST"))));
        Heard heard;
        m_journal->recordOrderInSteps(m_id, answer(QStringLiteral("JNUOID-OTHER")), this, heard.callback());
        QTRY_COMPARE(heard.calls, 1);
        QVERIFY(!heard.written);
        QVERIFY2(heard.whyNot.contains(QStringLiteral("belongs to another order")), qPrintable(heard.whyNot));
        QCOMPARE(m_journal->entry(m_id)->orderId, QStringLiteral("JNUOID-FIRST"));
    }

    void aSliceThatFailsMidway_rollsBackTheWholeAnswer_andSaysWhy()
    {
        Order big = answer();
        for (OrderNumber &number : big.numbers) // each slice needs pages of its own
            number.qrCodeUrl
                = QUrl(number.qrCodeUrl.toString() + QLatin1Char('/') + QString(2000, QLatin1Char('a')));
        Heard heard;
        m_journal->recordOrderInSteps(m_id, big, this, heard.callback());
        QCOMPARE(heard.calls, 0); // the first slice is written, in the open transaction

        // Then the disk is full: the file may not grow by a single page, and the next slice fails.
        QSqlDatabase db
            = QSqlDatabase::database(QLatin1String("numberdesk-journal-") + m_journal->runId(), false);
        QSqlQuery pragma(db);
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pragma.value(0).toInt())));
        pragma.finish();

        QTRY_COMPARE(heard.calls, 1);
        QVERIFY(!heard.written);
        QVERIFY2(heard.whyNot.contains(QLatin1String("could not be recorded")), qPrintable(heard.whyNot));
        // Nothing of the answer is in the file, not even the first slice: the record is as it was sent, its
        // numbers still held.
        const JournalEntry entry = *m_journal->entry(m_id);
        QCOMPARE(entry.state, JournalState::Sending);
        QCOMPARE(entry.numbers.size(), Count);
        for (const JournalNumber &number : entry.numbers)
            QVERIFY(number.qrCodeUrl.isEmpty());
        QCOMPARE(m_journal->claimsOn({sentNumber(0)}).size(), 1);
    }

    void twoAnswers_areToldInTheOrderTheyArrived()
    {
        // The second answer needs two slices: one as it arrives, one on the next turn. The turn the first
        // write had scheduled before it was finished early must not advance it, or the second would be
        // told before the first.
        constexpr int SecondCount = RowsPerStep + RowsPerStep / 2;
        QStringList others;
        for (int i = 0; i < SecondCount; ++i)
            others << QStringLiteral("+1202555%1").arg(i, 4, 10, QLatin1Char('0'));
        const qint64 second = *m_journal->recordSending(Context, makeRequest(ChangeType::Activate, others));
        Order secondAnswer = answer(QStringLiteral("JNUOID-SECOND"));
        secondAnswer.numbers.resize(SecondCount);
        for (int i = 0; i < SecondCount; ++i)
            secondAnswer.numbers[i].number = others.at(i);
        QStringList told;
        m_journal->recordOrderInSteps(
            m_id, answer(), this, [&](bool, const QString &) { told << QStringLiteral("first"); });
        m_journal->recordOrderInSteps(
            second, secondAnswer, this, [&](bool, const QString &) { told << QStringLiteral("second"); });
        QTRY_COMPARE(told.size(), 2);
        QCOMPARE(told, (QStringList {QStringLiteral("first"), QStringLiteral("second")}));
        QCOMPARE(m_journal->entry(second)->numbers.last().qrCodeUrl, QUrl(qrUrl(SecondCount - 1)));
    }

    void aNumberReturnedInsteadOfTheOneSent_isFoundByHistory()
    {
        Order changed = answer();
        changed.numbers[Count - 1].number = QStringLiteral("+13125550199");
        Heard heard;
        m_journal->recordOrderInSteps(m_id, changed, this, heard.callback());
        QTRY_COMPARE(heard.calls, 1);
        HistoryQuery byNumber;
        byNumber.number = QStringLiteral("312 555 0199");
        QCOMPARE(m_journal->search(byNumber).value(0).id, m_id);
    }

    void closingTheJournal_finishesTheWrite()
    {
        Heard heard;
        m_journal->recordOrderInSteps(m_id, answer(), this, heard.callback());
        m_journal.reset();
        QCOMPARE(heard.calls, 0); // told from the event loop, not from inside the journal's destructor

        m_journal = openJournal();
        QVERIFY(m_journal);
        const JournalEntry entry = *m_journal->entry(m_id);
        QCOMPARE(entry.state, JournalState::Answered);
        QCOMPARE(entry.numbers.last().qrCodeUrl, QUrl(qrUrl(Count - 1)));
        QTRY_COMPARE(heard.calls, 1);
        QVERIFY(heard.written);
    }

    void aCallerThatIsGone_isNotCalled_butTheAnswerIsWritten()
    {
        Heard heard;
        auto context = std::make_unique<QObject>();
        m_journal->recordOrderInSteps(m_id, answer(), context.get(), heard.callback());
        context.reset();
        QSignalSpy changed(m_journal.get(), &OrderJournal::entryChanged);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(heard.calls, 0);
        QCOMPARE(m_journal->entry(m_id)->state, JournalState::Answered);
    }
};

QTEST_GUILESS_MAIN(OrderWriteInStepsTest)
#include "tst_orderwriteinsteps.moc"
