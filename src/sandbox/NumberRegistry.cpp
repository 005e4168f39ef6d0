#include "sandbox/NumberRegistry.h"

namespace nd::sandbox {

namespace {
struct StateName
{
    NumberState state;
    const char *name;
};
constexpr StateName StateNames[] = {
    {NumberState::Inactive, "inactive"},
    {NumberState::Active, "active"},
    {NumberState::Parked, "parked"},
    {NumberState::Cancelled, "cancelled"},
    {NumberState::Released, "released"},
};
} // namespace

QString stateName(NumberState state)
{
    for (const StateName &entry : StateNames) {
        if (entry.state == state)
            return QLatin1String(entry.name);
    }
    return {};
}

void NumberRegistry::setState(const QString &e164, NumberState state)
{
    Record record = m_numbers.value(e164);
    record.state = state;
    m_numbers.insert(e164, record);
}

void NumberRegistry::setIccid(const QString &e164, const QString &iccid)
{
    Record record = m_numbers.value(e164);
    record.iccid = iccid;
    m_numbers.insert(e164, record);
}

std::optional<NumberState> stateFromName(const QString &name)
{
    for (const StateName &entry : StateNames) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

} // namespace nd::sandbox
