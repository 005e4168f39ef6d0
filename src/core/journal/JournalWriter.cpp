#include "journal/JournalWriter.h"

#include "journal/JournalClaims.h"
#include "journal/JournalCodes.h"
#include "journal/JournalDialect.h"
#include "journal/JournalNumberRows.h"
#include "journal/JournalReader.h"
#include "journal/OrderJournal.h"
#include "journal/OrderWriteInSteps.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

// The messages stay in OrderJournal's translation context, where the catalogues translate them.

namespace nd::journal {
namespace {
Q_LOGGING_CATEGORY(lcWriter, "numberdesk.core.journal.writer")

using Result = WriteOutcome::Result;

WriteOutcome failed(const QString &detail)
{
    return {Result::Failed, detail, 0, {}};
}

WriteOutcome written(qint64 id = 0)
{
    return {Result::Written, QString(), id, {}};
}

// An UPDATE of one record that applies only while it is open (isUnresolved): a failure or resolution
// never overwrites what an answer or another agent settled meanwhile. `sql` is "UPDATE requests SET …
// WHERE id = ?"; `bound` holds the SET values and the id.
enum class OpenUpdate { Changed, AlreadySettled, NoRecord, Failed };

OpenUpdate updateIfOpen(QSqlDatabase &db, QSqlQuery &query, const QString &sql, const QVariantList &bound,
    qint64 id, QString *detail)
{
    QVariantList bindings = bound;
    query.prepare(sql + QLatin1String(" AND ") + unresolvedCondition(QStringLiteral("state"), bindings));
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    if (!query.exec()) {
        *detail = query.lastError().text();
        return OpenUpdate::Failed;
    }
    const bool changed = query.numRowsAffected() == 1;
    query.finish();
    if (changed)
        return OpenUpdate::Changed;
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM requests WHERE id = ?"));
    exists.addBindValue(id);
    if (!exists.exec()) {
        *detail = exists.lastError().text();
        return OpenUpdate::Failed;
    }
    return exists.next() ? OpenUpdate::AlreadySettled : OpenUpdate::NoRecord;
}

// Settles an open record inside the transaction updateIfOpen ran in: commits when `changed` and the
// claims (if `releaseClaimsToo`) are released, rolls back otherwise.
WriteOutcome finishOpenUpdate(
    QSqlDatabase &db, OpenUpdate updated, qint64 id, bool releaseClaimsToo, QString detail)
{
    if (updated == OpenUpdate::AlreadySettled || updated == OpenUpdate::NoRecord) {
        db.rollback();
        if (updated == OpenUpdate::NoRecord)
            return failed(noRecord(id));
        return {Result::AlreadySettled, QString(), id, {}};
    }
    bool ok = updated == OpenUpdate::Changed;
    if (ok && releaseClaimsToo) {
        const QSqlError releaseError = releaseClaims(db, id);
        ok = releaseError.type() == QSqlError::NoError;
        detail = releaseError.text();
    }
    if (!ok || !db.commit()) {
        const QString reason = ok ? db.lastError().text() : detail;
        db.rollback();
        return failed(reason);
    }
    return written(id);
}

} // namespace

QString noRecord(qint64 id)
{
    //: Why the journal could not be updated: %1 is the journal's internal record number.
    return OrderJournal::tr("no record %1").arg(id);
}

QString storedText(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString storedBaseUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

JournalWriter::JournalWriter(const QSqlDatabase &db, const std::function<QDateTime()> &now,
    const JournalIdentity &who, const QString &runId)
    : m_db(db), m_now(now), m_who(who), m_runId(runId)
{ }

QString JournalWriter::now() const
{
    return storedTime(m_now().toUTC());
}

WriteOutcome JournalWriter::recordSending(const JournalContext &context, const ValidatedRequest &request)
{
    const SqlDialect dialect = dialectOf(m_db);
    if (!m_db.transaction())
        return failed(m_db.lastError().text());
    const QString time = now();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral(
            "INSERT INTO requests (created_at, updated_at, profile_name, base_url, account_key, change_type,"
            " effective_date, area_code, zip_code, state, run_id, agent, desk)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        + returningId(dialect));
    query.addBindValue(time);
    query.addBindValue(time);
    query.addBindValue(storedText(context.profileName));
    query.addBindValue(storedText(storedBaseUrl(context.baseUrl)));
    query.addBindValue(storedText(context.accountKey));
    query.addBindValue(wireName(request.changeType));
    query.addBindValue(
        request.effectiveDate.isValid() ? QVariant(request.effectiveDate.toString(Qt::ISODate)) : QVariant());
    query.addBindValue(storedText(request.areaCode));
    query.addBindValue(storedText(request.zipCode));
    query.addBindValue(journalStateName(JournalState::Sending));
    query.addBindValue(storedText(m_runId));
    query.addBindValue(storedText(m_who.agent));
    query.addBindValue(storedText(m_who.desk));
    bool ok = query.exec();
    const qint64 id = ok ? insertedId(dialect, query) : 0;
    QString detail = query.lastError().text();
    query.finish();
    if (ok) {
        const QSqlError numbersError = insertRequestedNumbers(m_db, id, request.numbers);
        ok = numbersError.type() == QSqlError::NoError;
        detail = numbersError.text();
    }
    if (ok) {
        // In the same transaction: of two desks racing on a number, the second waits here for the
        // first to commit and then finds the number taken.
        QStringList numbers;
        for (const ValidatedNumber &number : request.numbers)
            numbers.append(number.e164);
        QSqlError claimError;
        if (!claimNumbers(m_db, id, numbers, time, &claimError)) {
            if (claimError.type() != QSqlError::NoError) {
                ok = false;
                detail = claimError.text();
            } else {
                // Read before the rollback, while the holders' rows are certainly there; this request's
                // own claims on its free numbers are not holders.
                WriteOutcome refused {Result::Refused, QString(), 0, {}};
                const QList<NumberClaim> claims = claimsOn(m_db, numbers, &claimError);
                for (const NumberClaim &claim : claims) {
                    if (claim.requestId != id)
                        refused.refusedBy.append(claim);
                }
                m_db.rollback();
                qCInfo(lcWriter) << "not recorded:" << refused.refusedBy.size()
                                 << "of its numbers are claimed";
                return refused;
            }
        }
    }
    if (!ok || !m_db.commit()) {
        const QString reason = ok ? m_db.lastError().text() : detail;
        m_db.rollback();
        return failed(reason);
    }
    qCInfo(lcWriter) << "record" << id << "sending," << request.numbers.size() << "numbers";
    return written(id);
}

WriteOutcome JournalWriter::writeOrder(qint64 id, const Order &order, const QString &resolution)
{
    return OrderWriteInSteps(m_db, m_now, id, order, resolution, m_who.describe()).finish();
}

WriteOutcome JournalWriter::writeFailure(qint64 id, const ApiError &error)
{
    const JournalState state
        = error.serverMayHaveActed() ? JournalState::OutcomeUnknown : JournalState::Failed;
    if (!m_db.transaction())
        return failed(m_db.lastError().text());
    QSqlQuery query(m_db);
    QString detail;
    const OpenUpdate updated = updateIfOpen(m_db, query,
        QStringLiteral("UPDATE requests SET state = ?, http_status = ?, error_kind = ?, error_title = ?,"
                       " error_message = ?, trace_id = ?, updated_at = ? WHERE id = ?"),
        {journalStateName(state), error.httpStatus, errorKindName(error.kind), storedText(error.title),
            storedText(error.message), storedText(error.traceId), now(), id},
        id, &detail);
    // Failed for sure: nothing was changed, the numbers are free. An unknown outcome keeps its claims
    // until someone resolves it.
    WriteOutcome outcome
        = finishOpenUpdate(m_db, updated, id, state == JournalState::Failed, std::move(detail));
    if (outcome.result == Result::AlreadySettled)
        qCInfo(lcWriter) << "record" << id << "was settled already; the failure is not recorded over it";
    else if (outcome.result == Result::Written)
        qCInfo(lcWriter) << "record" << id << journalStateName(state) << errorKindName(error.kind);
    return outcome;
}

WriteOutcome JournalWriter::writeFinding(qint64 id, const QString &finding)
{
    if (!m_db.transaction())
        return failed(m_db.lastError().text());
    // Only an open record: an answer that arrived while the agent was checking says more than the check.
    const QString time = now();
    QSqlQuery query(m_db);
    QString detail;
    const OpenUpdate updated = updateIfOpen(m_db, query,
        QStringLiteral("UPDATE requests SET state = ?, resolved_at = ?, resolution = ?, resolved_by = ?,"
                       " updated_at = ? WHERE id = ?"),
        {journalStateName(JournalState::Resolved), time, storedText(finding), m_who.describe(), time, id}, id,
        &detail);
    return finishOpenUpdate(m_db, updated, id, true, std::move(detail));
}

} // namespace nd::journal
