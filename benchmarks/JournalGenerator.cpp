#include "JournalGenerator.h"

#include "journal/OrderJournal.h"
#include "request/StatusChangeRequest.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <cstdio>

namespace benchjournal {
namespace {

void printProgress(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
}

} // namespace

QString generatedNumber(int serial)
{
    return QLatin1String("+1555") + QString::number(serial % 10'000'000).rightJustified(7, QLatin1Char('0'));
}

bool generateJournal(const QString &path, int orders)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    nd::JournalOpenResult opened = nd::OrderJournal::open(path);
    if (!opened.journal) {
        printProgress(QLatin1String("cannot create the journal: ") + opened.message);
        return false;
    }
    nd::OrderJournal &journal = *opened.journal;
    // Generating, not recording for real: the journal syncs every record to disk (synchronous=FULL),
    // which would spend many minutes in fsync here and says nothing about what is measured. The file
    // holds the same records either way. Only the journal's connection is open at this point.
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlQuery(QSqlDatabase::database(name)).exec(QStringLiteral("PRAGMA synchronous=OFF"));

    const QDateTime yearAgo = QDateTime::currentDateTimeUtc().addDays(-365);
    const qint64 stepMs = 365LL * 24 * 3600 * 1000 / qMax(orders, 1);
    QDateTime clock = yearAgo;
    journal.setClock([&clock] { return clock; });
    const nd::JournalContext context {QStringLiteral("Sandbox"),
        QUrl(QStringLiteral("https://api.example.com/v1.0")), QStringLiteral("DID-1001")};

    for (int i = 0; i < orders; ++i) {
        clock = yearAgo.addMSecs(i * stepMs);
        const nd::ChangeType type = i % 2 ? nd::ChangeType::Cancel : nd::ChangeType::Activate;
        const QString orderId
            = QLatin1String("ORD-") + QString::number(i + 1).rightJustified(7, QLatin1Char('0'));
        nd::ValidatedRequest request;
        request.changeType = type;
        request.effectiveDate = clock.date();
        nd::Order order;
        order.orderId = orderId;
        order.serverStatus = QStringLiteral("Complete");
        order.state = nd::OrderState::Done;
        order.changeType = nd::wireName(type);
        order.orderDate = clock;
        for (int n = 0; n < 3; ++n) {
            const QString number = generatedNumber(i * 3 + n);
            request.numbers.append({number, QString(), n});
            nd::OrderNumber answered;
            answered.number = number;
            if (type == nd::ChangeType::Activate) {
                answered.qrCodeUrl = QUrl(QLatin1String("https://api.example.com/v1.0/qr/") + orderId
                    + QLatin1Char('-') + QString::number(n) + QLatin1String(".png"));
            }
            order.numbers.append(answered);
        }
        const std::optional<qint64> id = journal.recordSending(context, request);
        if (!id || !journal.recordOrder(*id, order)) {
            printProgress(QLatin1String("cannot write the journal: ") + journal.lastError());
            return false;
        }
        if ((i + 1) % 10'000 == 0)
            printProgress(QStringLiteral("journal: %1 of %2 orders").arg(i + 1).arg(orders));
    }
    return true; // closing the journal (opened's destructor) checkpoints the WAL into the file
}

} // namespace benchjournal
