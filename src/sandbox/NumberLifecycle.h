#pragma once

// The per-number state machine of the contract (section 6): which change a number's state allows,
// and what the number becomes. Used by StatusChangeHandler; the sandbox README's table mirrors it.
//
//   activate  inactive | parked          -> active   (new eSIM profile, QR)
//   park      active                     -> parked
//   cancel    active | parked | inactive -> cancelled
//   swap      active                     -> released (a new number in the same area code becomes active)
//   replace   active                     -> released (a new number from AreaCode / ZipCode / anywhere)
//   swap-sim  active                     -> active   (new eSIM profile, QR)
// cancelled and released numbers allow nothing.

#include "request/ChangeType.h"
#include "sandbox/NumberRegistry.h"

namespace nd::sandbox {

class NumberLifecycle final
{
public:
    static bool allows(ChangeType type, NumberState state);
    static NumberState stateAfter(ChangeType type);
    // For the 422 message: "+12015550123 is parked; swap needs an active number."
    static QString refusal(const QString &e164, NumberState state, ChangeType type);
};

} // namespace nd::sandbox
