#include "journal/JournalClaims.h"

#include "journal/JournalReader.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace nd::journal {
namespace {

// Rows per statement, as in JournalNumberRows: a 5,000-number order is 50 statements, not 5,000.
constexpr int RowsPerStatement = 100;

QStringList distinctNumbers(const QStringList &numbers)
{
    QStringList distinct;
    QSet<QString> seen;
    for (const QString &number : numbers) {
        if (!number.isEmpty() && !seen.contains(number)) {
            seen.insert(number);
            distinct.append(number);
        }
    }
    // One order for every desk: two requests claiming {A, B} and {B, A} at once would otherwise
    // each hold one number and wait for the other (a deadlock the server would break by refusing one).
    std::sort(distinct.begin(), distinct.end());
    return distinct;
}

// Inserts a claim for each number that is free; returns how many were inserted, -1 on an error.
int insertClaims(QSqlDatabase &db, qint64 requestId, const QStringList &numbers, const QString &claimedAt,
    QSqlError *error)
{
    const QString row = QStringLiteral("(?, %1, ?)").arg(requestId);
    QSqlQuery query(db);
    int inserted = 0;
    int preparedRows = 0;
    for (int first = 0; first < numbers.size(); first += RowsPerStatement) {
        const int rows = std::min(RowsPerStatement, int(numbers.size()) - first);
        if (rows != preparedRows) {
            QStringList values;
            values.fill(row, rows);
            if (!query.prepare(
                    QStringLiteral("INSERT INTO number_claims (number, request_id, claimed_at) VALUES ")
                    + values.join(QStringLiteral(", ")) + QStringLiteral(" ON CONFLICT DO NOTHING"))) {
                *error = query.lastError();
                return -1;
            }
            preparedRows = rows;
        }
        for (int i = 0; i < rows; ++i) {
            query.bindValue(2 * i, numbers.at(first + i));
            query.bindValue(2 * i + 1, claimedAt);
        }
        if (!query.exec()) {
            *error = query.lastError();
            return -1;
        }
        inserted += query.numRowsAffected();
    }
    return inserted;
}

} // namespace

bool claimNumbers(QSqlDatabase &db, qint64 requestId, const QStringList &numbers, const QString &claimedAt,
    QSqlError *error)
{
    const QStringList distinct = distinctNumbers(numbers);
    const int inserted = insertClaims(db, requestId, distinct, claimedAt, error);
    return inserted == distinct.size();
}

QSqlError claimFreeNumbers(
    QSqlDatabase &db, qint64 requestId, const QStringList &numbers, const QString &claimedAt)
{
    QSqlError error;
    insertClaims(db, requestId, distinctNumbers(numbers), claimedAt, &error);
    return error;
}

QSqlError releaseClaims(QSqlDatabase &db, qint64 requestId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM number_claims WHERE request_id = ?"));
    query.addBindValue(requestId);
    if (!query.exec())
        return query.lastError();
    return {};
}

QList<NumberClaim> claimsOn(QSqlDatabase &db, const QStringList &numbers, QSqlError *error)
{
    const QStringList distinct = distinctNumbers(numbers);
    QList<NumberClaim> claims;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    for (int first = 0; first < distinct.size(); first += RowsPerStatement) {
        const int rows = std::min(RowsPerStatement, int(distinct.size()) - first);
        query.prepare(QStringLiteral("SELECT c.number, c.request_id, c.claimed_at, r.agent, r.desk, r.state"
                                     " FROM number_claims c JOIN requests r ON r.id = c.request_id"
                                     " WHERE c.number IN (")
            + QStringList(rows, QStringLiteral("?")).join(QLatin1Char(',')) + QStringLiteral(")"));
        for (int i = 0; i < rows; ++i)
            query.addBindValue(distinct.at(first + i));
        if (!query.exec()) {
            *error = query.lastError();
            return {};
        }
        while (query.next()) {
            NumberClaim claim;
            claim.number = query.value(0).toString();
            claim.requestId = query.value(1).toLongLong();
            claim.since = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs).toUTC();
            claim.agent = query.value(3).toString();
            claim.desk = query.value(4).toString();
            claim.state = journalStateFromName(query.value(5).toString()).value_or(JournalState::Sending);
            claims.append(claim);
        }
    }
    std::sort(claims.begin(), claims.end(),
        [](const NumberClaim &a, const NumberClaim &b) { return a.since < b.since; });
    return claims;
}

} // namespace nd::journal
