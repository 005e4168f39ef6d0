#include "sandbox/OrderBook.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace nd::sandbox {

namespace {

// The vendor shows 7 fractional digits (.NET ticks); Qt keeps milliseconds, so pad with random ticks.
QString orderDateNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
        + QStringLiteral("%1Z").arg(QRandomGenerator::global()->bounded(10000), 4, 10, QLatin1Char('0'));
}

} // namespace

SandboxOrder &OrderBook::add(SandboxOrder order)
{
    order.orderId = QStringLiteral("JNUOID-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    order.orderDate = orderDateNow();
    const QString id = order.orderId;
    m_orders.insert(id, order);
    return *m_orders.find(id); // the newest is never the one forgotten
}

std::optional<SandboxOrder> OrderBook::lookUp(const QString &orderId)
{
    SandboxOrder *it = m_orders.find(orderId);
    if (!it)
        return std::nullopt;
    if (it->status != it->finalStatus) {
        if (it->lookupsBeforeFinal > 0)
            --it->lookupsBeforeFinal;
        else
            it->status = it->finalStatus;
    }
    return *it;
}

QString OrderBook::newNumberId()
{
    return QStringLiteral("JNID-%1").arg(
        QRandomGenerator::global()->bounded(Q_INT64_C(100000000000), Q_INT64_C(1000000000000)));
}

} // namespace nd::sandbox
