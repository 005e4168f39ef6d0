#include "sandbox/NumberLifecycle.h"

#include "sandbox/VendorContract.h"

namespace nd::sandbox {

bool NumberLifecycle::allows(ChangeType type, NumberState state)
{
    switch (type) {
    case ChangeType::Activate:
        return state == NumberState::Inactive || state == NumberState::Parked;
    case ChangeType::Cancel:
        return state == NumberState::Active || state == NumberState::Parked || state == NumberState::Inactive;
    case ChangeType::Park:
    case ChangeType::Swap:
    case ChangeType::Replace:
    case ChangeType::SwapSim:
        return state == NumberState::Active;
    }
    return false;
}

NumberState NumberLifecycle::stateAfter(ChangeType type)
{
    switch (type) {
    case ChangeType::Activate:
    case ChangeType::SwapSim:
        return NumberState::Active;
    case ChangeType::Park:
        return NumberState::Parked;
    case ChangeType::Cancel:
        return NumberState::Cancelled;
    case ChangeType::Swap:
    case ChangeType::Replace:
        return NumberState::Released;
    }
    return NumberState::Inactive;
}

QString NumberLifecycle::refusal(const QString &e164, NumberState state, ChangeType type)
{
    QString needs;
    switch (type) {
    case ChangeType::Activate:
        needs = QStringLiteral("an inactive or parked number");
        break;
    case ChangeType::Cancel:
        needs = QStringLiteral("an active, parked or inactive number");
        break;
    default:
        needs = QStringLiteral("an active number");
        break;
    }
    return QStringLiteral("%1 is %2; %3 needs %4.")
        .arg(e164, stateName(state), QLatin1String(vendorChange(type).wireName), needs);
}

} // namespace nd::sandbox
