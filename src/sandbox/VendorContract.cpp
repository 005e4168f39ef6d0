#include "sandbox/VendorContract.h"

namespace nd::sandbox {

const QList<VendorChange> &vendorChanges()
{
    // Sources, in vendor-facts order: the D-status-v2 schema lists the six values; its request example's
    // comments limit AreaCode/ZipCode to swap and replace and ICCID to swap-sim; the knowledge base says
    // swap keeps the area code, replace takes AreaCode then ZipCode, swap-sim issues a new QR code; the
    // activate response example carries QrCode.
    static const QList<VendorChange> changes {
        // type                wire name   area   zip    iccid  qr     new    keeps area
        {ChangeType::Activate, "activate", false, false, false, true, false, false},
        {ChangeType::Cancel, "cancel", false, false, false, false, false, false},
        {ChangeType::Swap, "swap", true, true, false, false, true, true},
        {ChangeType::SwapSim, "swap-sim", false, false, true, true, false, false},
        {ChangeType::Replace, "replace", true, true, false, false, true, false},
        {ChangeType::Park, "park", false, false, false, false, false, false},
    };
    return changes;
}

const VendorChange &vendorChange(ChangeType type)
{
    for (const VendorChange &change : vendorChanges()) {
        if (change.type == type)
            return change;
    }
    Q_UNREACHABLE();
}

std::optional<ChangeType> vendorChangeNamed(const QString &wireName)
{
    for (const VendorChange &change : vendorChanges()) {
        if (wireName == QLatin1String(change.wireName))
            return change.type;
    }
    return std::nullopt;
}

} // namespace nd::sandbox
