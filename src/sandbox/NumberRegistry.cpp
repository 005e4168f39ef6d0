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

std::optional<NumberState> stateFromName(const QString &name)
{
    for (const StateName &entry : StateNames) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

} // namespace nd::sandbox
