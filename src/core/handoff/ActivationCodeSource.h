#pragma once

// Where the activation code shown for manual entry and printed on a card comes from. The QR image is
// what the customer would scan, so it is the truth; some vendor URLs also carry the code in their query
// (quickchart.io's `text=`), which is read only when the image cannot be, and compared when both can.
// Used by the scan view, the results list's copy actions and the card batch.

#include "qr/ActivationCode.h"

#include <QUrl>
#include <optional>

namespace nd {

struct ResolvedActivationCode
{
    enum class Origin { None, Image, Url };

    std::optional<ActivationCode> code;
    Origin origin = Origin::None;
    // The URL carries a different code than the image: the image's was kept, the agent must be told.
    bool urlDisagrees = false;
};

// The activation code in a QR URL's `text` query item, when it holds a well-formed one.
std::optional<ActivationCode> activationCodeInUrl(const QUrl &qrUrl);

// `imageText` is what the QR image decoded to (nullopt when it did not decode).
ResolvedActivationCode resolveActivationCode(const std::optional<QString> &imageText, const QUrl &qrUrl);

} // namespace nd
