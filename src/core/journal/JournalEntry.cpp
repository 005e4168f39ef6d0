#include "journal/JournalEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QSysInfo>

namespace nd {
namespace {

struct StateName
{
    JournalState state;
    const char *name;
};

// The stored words; changing one needs a schema migration.
constexpr StateName StateNames[] = {
    {JournalState::Sending, "sending"},
    {JournalState::Answered, "answered"},
    {JournalState::Failed, "failed"},
    {JournalState::OutcomeUnknown, "outcome_unknown"},
    {JournalState::Resolved, "resolved"},
};

} // namespace

JournalIdentity JournalIdentity::ofThisComputer(const QString &agentName)
{
    JournalIdentity identity;
    identity.agent = agentName.trimmed();
    // The OS user: Unix shells set USER, login sessions LOGNAME, Windows USERNAME; a service or a test
    // runner may set none, and then the home folder's name is the user's on every platform.
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        if (!identity.agent.isEmpty())
            break;
        identity.agent = qEnvironmentVariable(variable).trimmed();
    }
    if (identity.agent.isEmpty())
        identity.agent = QDir(QDir::homePath()).dirName();
    identity.desk = QSysInfo::machineHostName();
    return identity;
}

QString JournalIdentity::describe() const
{
    //: Who did something in the order journal: %1 is the agent's name, %2 the computer's name.
    return QCoreApplication::translate("JournalIdentity", "%1 on %2").arg(agent, desk);
}

QStringList unresolvedStateNames()
{
    QStringList names;
    for (const StateName &entry : StateNames) {
        if (isUnresolved(entry.state))
            names.append(QLatin1String(entry.name));
    }
    return names;
}

QString journalStateName(JournalState state)
{
    for (const StateName &entry : StateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<JournalState> journalStateFromName(const QString &name)
{
    for (const StateName &entry : StateNames) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

namespace {
// The parts of a base URL that choose the server and the API: what the journal stores, compared the
// way hosts compare (case-insensitive), with or without a trailing slash.
QUrl comparableBaseUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
        | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
}
} // namespace

bool JournalContext::sameAccount(const QUrl &otherBaseUrl, const QString &otherAccountKey) const
{
    return !accountKey.isEmpty() && accountKey == otherAccountKey
        && comparableBaseUrl(baseUrl) == comparableBaseUrl(otherBaseUrl);
}

Order JournalEntry::toOrder() const
{
    Order order;
    order.orderId = orderId;
    order.serverStatus = serverStatus;
    order.state = orderState.value_or(OrderState::Unknown);
    order.changeType = wireName(changeType);
    if (effectiveDate.isValid())
        order.effectiveDate = effectiveDate;
    order.statusMessage = statusMessage;
    for (const JournalNumber &number : numbers) {
        OrderNumber item;
        item.number = number.returnedNumber.isEmpty() ? number.requestedNumber : number.returnedNumber;
        item.originalNumber = number.originalNumber;
        item.qrCodeUrl = number.qrCodeUrl;
        item.fee = number.fee;
        item.iccid = number.iccid;
        item.serverStatus = number.status;
        order.numbers.append(item);
    }
    return order;
}

} // namespace nd
