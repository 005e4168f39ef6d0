#include "journal/OrderWriteInSteps.h"

#include "journal/JournalClaims.h"
#include "journal/JournalCodes.h"
#include "journal/JournalReader.h"
#include "journal/OrderJournal.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>

// The messages stay in OrderJournal's translation context, where the catalogues translate them.

namespace nd::journal {
namespace {
Q_LOGGING_CATEGORY(lcSteps, "numberdesk.core.journal.writer")

using Result = WriteOutcome::Result;
} // namespace

OrderWriteInSteps::OrderWriteInSteps(const QSqlDatabase &db, std::function<QDateTime()> now, qint64 id,
    const Order &order, QString resolution, QString resolvedBy)
    : m_db(db),
      m_now(std::move(now)),
      m_id(id),
      m_order(order),
      m_resolution(std::move(resolution)),
      m_resolvedBy(std::move(resolvedBy)),
      m_rows(db, id, order.numbers)
{ }

OrderWriteInSteps::~OrderWriteInSteps()
{
    if (m_open && !m_settled)
        m_db.rollback();
}

std::optional<WriteOutcome> OrderWriteInSteps::next(int rows)
{
    Q_ASSERT(!m_settled);
    if (!m_open) {
        if (std::optional<WriteOutcome> failed = begin())
            return failed;
    }
    const int to = m_written + std::min(std::max(rows, 1), m_rows.count() - m_written);
    if (const QSqlError error = m_rows.write(m_written, to); error.type() != QSqlError::NoError)
        return abort(error.text());
    m_written = to;
    if (m_written < m_rows.count())
        return std::nullopt;
    return end();
}

WriteOutcome OrderWriteInSteps::finish()
{
    std::optional<WriteOutcome> outcome;
    while (!outcome)
        outcome = next(std::numeric_limits<int>::max());
    return *outcome;
}

std::optional<WriteOutcome> OrderWriteInSteps::begin()
{
    if (!m_db.transaction()) {
        m_settled = true;
        return WriteOutcome {Result::Failed, m_db.lastError().text(), 0, {}};
    }
    m_open = true;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT order_id FROM requests WHERE id = ?"));
    query.addBindValue(m_id);
    if (!query.exec())
        return abort(query.lastError().text());
    const bool found = query.next();
    const QString storedOrderId = found ? query.value(0).toString() : QString();
    query.finish(); // a statement still reading would keep the transaction from rolling back
    if (!found)
        return abort(noRecord(m_id));
    if (!storedOrderId.isEmpty() && !m_order.orderId.isEmpty() && storedOrderId != m_order.orderId)
        //: Why the journal could not be updated: %1 is the journal's internal record number.
        return abort(OrderJournal::tr("record %1 belongs to another order").arg(m_id));

    const QString now = storedTime(m_now().toUTC());
    QString sql = QStringLiteral(
        "UPDATE requests SET state = ?, order_id = COALESCE(NULLIF(?, ''), order_id),"
        " server_status = COALESCE(NULLIF(?, ''), server_status), order_state = ?, status_message = ?,"
        " updated_at = ?");
    if (!m_resolution.isEmpty())
        sql += QLatin1String(", resolved_at = ?, resolution = ?, resolved_by = ?");
    query.prepare(sql + QLatin1String(" WHERE id = ?"));
    query.addBindValue(journalStateName(JournalState::Answered));
    query.addBindValue(m_order.orderId);
    query.addBindValue(m_order.serverStatus);
    query.addBindValue(orderStateName(m_order.state));
    query.addBindValue(storedText(m_order.statusMessage));
    query.addBindValue(now);
    if (!m_resolution.isEmpty()) {
        query.addBindValue(now);
        query.addBindValue(m_resolution);
        query.addBindValue(storedText(m_resolvedBy));
    }
    query.addBindValue(m_id);
    if (!query.exec())
        return abort(query.lastError().text());
    query.finish();
    if (const QSqlError error = m_rows.matchStoredRows(); error.type() != QSqlError::NoError)
        return abort(error.text());
    return std::nullopt;
}

std::optional<WriteOutcome> OrderWriteInSteps::end()
{
    if (const QSqlError error = refreshNumberText(m_db, m_id); error.type() != QSqlError::NoError)
        return abort(error.text());
    // Answered: the server has said what it did with the numbers, so they are free for the next change.
    if (const QSqlError error = releaseClaims(m_db, m_id); error.type() != QSqlError::NoError)
        return abort(error.text());
    if (!m_db.commit())
        return abort(m_db.lastError().text());
    m_settled = true;
    qCInfo(lcSteps) << "record" << m_id << "answered:" << orderStateName(m_order.state);
    return WriteOutcome {Result::Written, QString(), m_id, {}};
}

WriteOutcome OrderWriteInSteps::abort(const QString &detail)
{
    if (!m_db.rollback()) // the connection's next transaction() would fail too, and say why
        qCWarning(lcSteps) << "record" << m_id << "could not be rolled back:" << m_db.lastError().text();
    m_settled = true;
    return {Result::Failed, detail, 0, {}};
}

} // namespace nd::journal
