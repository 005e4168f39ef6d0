// Which stored journal row each answered number is written to: by the number sent, else by the
// number itself, else by its place in the answer; the hash-based matcher must pair exactly as the
// plain scan it replaced did, also for big, shuffled answers with repeats and numbers the server added.

#include "journal/StoredNumberMatcher.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace nd;
using nd::journal::StoredNumberMatcher;

namespace {

OrderNumber answered(const QString &number, const QString &original = {})
{
    OrderNumber item;
    item.number = number;
    item.originalNumber = original;
    return item;
}

// The scan OrderJournal used before StoredNumberMatcher, kept here as the reference.
struct ScannedRow
{
    int position = 0;
    QString requested;
    bool matched = false;
};

int scanForRow(QList<ScannedRow> &rows, const OrderNumber &number, int index)
{
    const QString sent = number.originalNumber.isEmpty() ? number.number : number.originalNumber;
    for (const QString &key : {sent, number.number}) {
        for (ScannedRow &row : rows) {
            if (!row.matched && !key.isEmpty() && row.requested == key) {
                row.matched = true;
                return row.position;
            }
        }
    }
    if (index < rows.size() && !rows[index].matched) {
        rows[index].matched = true;
        return rows[index].position;
    }
    return -1;
}

QString nanp(int line)
{
    return QStringLiteral("+1201609%1").arg(line, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestStoredNumberMatcher : public QObject
{
    Q_OBJECT

private slots:
    void take_bySentNumber_thenByNumber_thenByPlace()
    {
        StoredNumberMatcher matcher;
        matcher.addStoredRow(0, nanp(1));
        matcher.addStoredRow(1, nanp(2));
        matcher.addStoredRow(2, nanp(3));
        matcher.addStoredRow(3, nanp(4));
        QCOMPARE(matcher.nextFreePosition(), 4);

        QCOMPARE(matcher.take(answered(nanp(9), nanp(3)), 0), 2); // reassigned: by the number sent
        QCOMPARE(matcher.take(answered(nanp(2), nanp(99)), 0), 1); // sent unknown: by the number itself
        QCOMPARE(matcher.take(answered(nanp(1)), 2), 0);
        QCOMPARE(matcher.take(answered(nanp(1)), 2), -1); // its row and the row in its place are taken
        QCOMPARE(matcher.take(answered(nanp(8)), 3), 3); // unknown number: by its place
        QCOMPARE(matcher.take(answered(nanp(7)), 0), -1); // no row left: a number the server added
    }

    void take_repeatedNumber_goesToItsRowsInOrder()
    {
        StoredNumberMatcher matcher;
        matcher.addStoredRow(0, nanp(1));
        matcher.addStoredRow(1, QString()); // a row an earlier answer added
        matcher.addStoredRow(2, nanp(1));
        QCOMPARE(matcher.take(answered(nanp(1)), 5), 0);
        QCOMPARE(matcher.take(answered(nanp(1)), 5), 2);
        QCOMPARE(matcher.take(answered(QString()), 1), 1); // an empty number never matches by number
    }

    void emptyRecord_addsFromPositionZero()
    {
        StoredNumberMatcher matcher;
        QCOMPARE(matcher.nextFreePosition(), 0);
        QCOMPARE(matcher.take(answered(nanp(1)), 0), -1);
    }

    void pairsLikeThePlainScan_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("seed");
        QTest::newRow("small") << 12 << 1;
        QTest::newRow("hundreds") << 300 << 2;
        QTest::newRow("a big order") << 5000 << 3;
    }

    void pairsLikeThePlainScan()
    {
        QFETCH(int, rows);
        QFETCH(int, seed);
        QRandomGenerator random {quint32(seed)};
        // Numbers drawn from a small range repeat; some stored rows have none (added by the server).
        const int range = rows * 3 / 4 + 1;
        QList<ScannedRow> scanned;
        StoredNumberMatcher matcher;
        for (int position = 0; position < rows; ++position) {
            const QString requested = random.bounded(20) == 0 ? QString() : nanp(random.bounded(range));
            scanned.append({position * 2, requested, false}); // positions need not be consecutive
            matcher.addStoredRow(position * 2, requested);
        }
        // The answer: shuffled, some reassigned, some unknown, a few more than were stored.
        QList<OrderNumber> answer;
        for (int i = 0; i < rows + rows / 10; ++i) {
            const QString number = nanp(random.bounded(range + range / 5));
            answer.append(
                random.bounded(4) == 0 ? answered(nanp(random.bounded(range)), number) : answered(number));
        }
        std::shuffle(answer.begin(), answer.end(), random);

        for (int i = 0; i < answer.size(); ++i)
            QCOMPARE(matcher.take(answer.at(i), i), scanForRow(scanned, answer.at(i), i));
        QCOMPARE(matcher.nextFreePosition(), (rows - 1) * 2 + 1);
    }
};

QTEST_GUILESS_MAIN(TestStoredNumberMatcher)
#include "tst_storednumbermatcher.moc"
