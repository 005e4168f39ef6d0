#include "journal/JournalRecovery.h"

#include "journal/JournalClaims.h"
#include "journal/JournalCodes.h"
#include "journal/JournalNumberRows.h"
#include "journal/JournalReader.h"
#include "journal/JournalWriter.h"
#include "journal/OrderJournal.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

// The messages stay in OrderJournal's translation context, where the catalogues translate them.

namespace nd::journal {
namespace {
Q_LOGGING_CATEGORY(lcRecovery, "numberdesk.core.journal.recovery")

// Inserts one adopted record and its numbers inside the caller's transaction; returns its id, or 0 with
// *detail set.
qint64 insertAdopted(QSqlQuery &query, const JournalEntry &entry, const QString &runId, const QString &time,
    const QString &title, const QString &message, QString *detail)
{
    query.prepare(QStringLiteral(
        "INSERT INTO requests (created_at, updated_at, profile_name, base_url, account_key, change_type,"
        " effective_date, area_code, zip_code, state, run_id, order_id, server_status, http_status,"
        " error_kind, error_title, error_message, trace_id, agent, desk)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(storedTime(entry.createdAt));
    query.addBindValue(time);
    query.addBindValue(storedText(entry.context.profileName));
    query.addBindValue(storedText(storedBaseUrl(entry.context.baseUrl)));
    query.addBindValue(storedText(entry.context.accountKey));
    query.addBindValue(wireName(entry.changeType));
    query.addBindValue(
        entry.effectiveDate.isValid() ? QVariant(entry.effectiveDate.toString(Qt::ISODate)) : QVariant());
    query.addBindValue(storedText(entry.areaCode));
    query.addBindValue(storedText(entry.zipCode));
    query.addBindValue(journalStateName(JournalState::OutcomeUnknown));
    query.addBindValue(storedText(runId));
    query.addBindValue(storedText(entry.orderId));
    query.addBindValue(storedText(entry.serverStatus));
    query.addBindValue(entry.httpStatus);
    query.addBindValue(errorKindName(ApiError::Kind::OutcomeUnknown));
    query.addBindValue(title);
    query.addBindValue(message);
    query.addBindValue(storedText(entry.traceId));
    query.addBindValue(storedText(entry.agent));
    query.addBindValue(storedText(entry.desk));
    bool ok = query.exec();
    const qint64 id = query.lastInsertId().toLongLong(); // damaged files are SQLite's only
    for (int i = 0; ok && i < entry.numbers.size(); ++i) {
        const JournalNumber &number = entry.numbers.at(i);
        query.prepare(QStringLiteral(
            "INSERT INTO request_numbers (request_id, position, requested_number, iccid, returned_number,"
            " original_number, qr_url, fee, number_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(id);
        query.addBindValue(i);
        query.addBindValue(storedText(number.requestedNumber));
        query.addBindValue(storedText(number.iccid));
        query.addBindValue(storedText(number.returnedNumber));
        query.addBindValue(storedText(number.originalNumber));
        query.addBindValue(storedText(number.qrCodeUrl.toString(QUrl::FullyEncoded)));
        query.addBindValue(number.fee ? QVariant(*number.fee) : QVariant());
        query.addBindValue(storedText(number.status));
        ok = query.exec();
    }
    *detail = query.lastError().text();
    query.finish();
    return ok ? id : 0;
}

} // namespace

QList<JournalEntry> markInterruptedAsOutcomeUnknown(QSqlDatabase &db, const QStringList &liveRuns,
    const std::optional<QDateTime> &writtenBefore, const QDateTime &now, const ReportProblem &report,
    const std::function<void(qint64)> &marked)
{
    QString where = QStringLiteral("r.state = ?");
    QVariantList bindings {journalStateName(JournalState::Sending)};
    if (writtenBefore) {
        where += QLatin1String(" AND r.updated_at < ?");
        bindings.append(storedTime(*writtenBefore));
    }
    for (const QString &runId : liveRuns) {
        where += QLatin1String(" AND r.run_id <> ?");
        bindings.append(runId);
    }
    QSqlError error;
    QList<JournalEntry> interrupted = readEntries(db, where, bindings, 0, &error);
    if (error.type() != QSqlError::NoError) {
        report(
            OrderJournal::tr("Interrupted requests could not be read from the order journal"), error.text());
        return {};
    }
    const QString title = OrderJournal::tr("NumberDesk stopped while sending");
    const QString message
        = OrderJournal::tr("NumberDesk closed before the server answered (a crash, a forced quit or a power "
                           "loss). The server may have made the change: look the order up or check the "
                           "numbers before sending again.");
    const QString time = storedTime(now);
    QSqlQuery query(db);
    QList<JournalEntry> converted;
    for (JournalEntry entry : interrupted) {
        query.prepare(QStringLiteral("UPDATE requests SET state = ?, error_kind = ?, error_title = ?,"
                                     " error_message = ?, updated_at = ? WHERE id = ? AND state = ?"));
        query.addBindValue(journalStateName(JournalState::OutcomeUnknown));
        query.addBindValue(errorKindName(ApiError::Kind::OutcomeUnknown));
        query.addBindValue(title);
        query.addBindValue(message);
        query.addBindValue(time);
        query.addBindValue(entry.id);
        query.addBindValue(journalStateName(JournalState::Sending));
        if (!query.exec()) {
            report(OrderJournal::tr("An interrupted request could not be marked in the order journal"),
                query.lastError().text());
            continue;
        }
        if (query.numRowsAffected() != 1)
            continue; // answered, or marked by another desk, since it was read
        entry.state = JournalState::OutcomeUnknown;
        entry.errorKind = ApiError::Kind::OutcomeUnknown;
        entry.errorTitle = title;
        entry.errorMessage = message;
        entry.updatedAt = QDateTime::fromString(time, Qt::ISODateWithMs);
        converted.append(entry);
        qCWarning(lcRecovery) << "record" << entry.id
                              << "was in flight when NumberDesk stopped: outcome unknown";
        marked(entry.id);
    }
    return converted;
}

QList<qint64> copyUnresolved(QSqlDatabase &db, const QList<JournalEntry> &entries, const QString &asidePath,
    const QString &runId, const std::function<QDateTime()> &now, const ReportProblem &report)
{
    const QString title = OrderJournal::tr("Unresolved in a damaged journal");
    const QString message
        = OrderJournal::tr("This request had no known outcome in the order journal that was found "
                           "damaged (kept as %1). The server may have made the change: look the order "
                           "up or check the numbers before sending again.")
              .arg(QDir::toNativeSeparators(asidePath));
    const QString couldNotCopy = OrderJournal::tr("A request from the damaged journal could not be copied");
    QList<qint64> copied;
    QSqlQuery query(db);
    for (const JournalEntry &entry : entries) {
        if (!db.transaction()) {
            report(couldNotCopy, db.lastError().text());
            continue;
        }
        const QString time = storedTime(now().toUTC());
        QString detail;
        const qint64 id = insertAdopted(query, entry, runId, time, title, message, &detail);
        bool ok = id != 0;
        if (ok) {
            const QSqlError textError = refreshNumberText(db, id);
            ok = textError.type() == QSqlError::NoError;
            detail = textError.text();
        }
        if (ok) {
            QStringList numbers;
            for (const JournalNumber &number : entry.numbers)
                numbers.append(number.requestedNumber);
            const QSqlError claimError = claimFreeNumbers(db, id, numbers, time);
            ok = claimError.type() == QSqlError::NoError;
            detail = claimError.text();
        }
        if (!ok || !db.commit()) {
            const QString reason = ok ? db.lastError().text() : detail;
            db.rollback();
            report(couldNotCopy, reason);
            continue;
        }
        qCWarning(lcRecovery) << "record" << entry.id << "of the damaged journal was open: kept as record"
                              << id;
        copied.append(id);
    }
    return copied;
}

QList<JournalEntry> readUnresolved(QSqlDatabase &db)
{
    QSqlError error;
    QVariantList bindings;
    const QString where = unresolvedCondition(QStringLiteral("r.state"), bindings);
    QList<JournalEntry> found = readEntries(db, where, bindings, 0, &error);
    if (error.type() != QSqlError::NoError)
        qCWarning(lcRecovery) << "unresolved records could not be read:" << error.text();
    return found;
}

QList<JournalEntry> involving(const QList<JournalEntry> &entries, const QStringList &e164Numbers)
{
    const QSet<QString> wanted(e164Numbers.cbegin(), e164Numbers.cend());
    QList<JournalEntry> involved;
    for (const JournalEntry &entry : entries) {
        const bool touches
            = std::any_of(entry.numbers.cbegin(), entry.numbers.cend(), [&](const JournalNumber &n) {
                  return wanted.contains(n.requestedNumber) || wanted.contains(n.returnedNumber);
              });
        if (touches)
            involved.append(entry);
    }
    return involved;
}

} // namespace nd::journal
