#pragma once

// The server's answer written exactly as JournalWriter::writeOrder writes it, in one transaction (the
// record answered, its numbers' rows, its claims released), but a slice of the numbers at a time, so
// that the caller can give the event loop a turn between slices. A 5,000-number answer is about 30 ms of
// SQLite work, and in one piece it held the window longer than issue #13 allows (goal 4).
//
// The transaction stays open between slices: other connections (History's searches, other desks) keep
// seeing the record as it was until the last slice commits, and a crash midway leaves it `sending`, as
// a crash before the answer always did. Nothing else may use the connection meanwhile: OrderJournal,
// the only user, finishes an unfinished write before anything else touches the journal.
// JournalWriter::writeOrder is this object run to the end at once.

#include "journal/JournalNumberRows.h"
#include "journal/JournalWriter.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace nd::journal {

class OrderWriteInSteps final
{
    Q_DISABLE_COPY_MOVE(OrderWriteInSteps)

public:
    // Numbers written per slice by OrderJournal: a few milliseconds of SQLite work each.
    static constexpr int DefaultRowsPerStep = 1000;

    // `resolvedBy` is recorded only with a `resolution` (an order the agent found).
    OrderWriteInSteps(const QSqlDatabase &db, std::function<QDateTime()> now, qint64 id, const Order &order,
        QString resolution = QString(), QString resolvedBy = QString());
    ~OrderWriteInSteps(); // rolls back a write that was not finished

    qint64 id() const { return m_id; }
    const Order &order() const { return m_order; }

    // Writes up to `rows` more numbers. The first call opens the transaction, checks that the record is
    // this order's and updates it; the call that writes the last numbers also releases the claims and
    // commits. Returns nothing while numbers remain, then the outcome: Written (committed) or Failed
    // (rolled back). Not to be called again after an outcome.
    std::optional<WriteOutcome> next(int rows);
    // Every remaining slice at once.
    WriteOutcome finish();

private:
    std::optional<WriteOutcome> begin();
    std::optional<WriteOutcome> end();
    WriteOutcome abort(const QString &detail);

    QSqlDatabase m_db;
    std::function<QDateTime()> m_now;
    qint64 m_id;
    Order m_order;
    QString m_resolution;
    QString m_resolvedBy;
    AnsweredNumberRows m_rows;
    int m_written = 0; // numbers written so far
    bool m_open = false; // the transaction is open
    bool m_settled = false; // committed or rolled back
};

} // namespace nd::journal
