#pragma once

// What the sandbox charges per number, by change type (USD, as "ChargeFee"). Made-up but plausible:
// the vendor's examples charge 2.25 for cancel, 1.00 for park and 0 for swap/replace.
// Used by StatusChangeHandler; listed in src/sandbox/README.md.

#include "request/ChangeType.h"

namespace nd::sandbox {

inline double sandboxFee(ChangeType type)
{
    switch (type) {
    case ChangeType::Activate:
        return 0.50;
    case ChangeType::Cancel:
        return 2.25;
    case ChangeType::Swap:
    case ChangeType::Replace:
        return 0.0;
    case ChangeType::SwapSim:
        return 1.50;
    case ChangeType::Park:
        return 1.00;
    }
    return 0.0;
}

} // namespace nd::sandbox
