#pragma once

// One-tap eSIM install links. Apple (iOS 17.4 and later) and Google publish a universal link that
// takes the activation code, percent-encoded, in `carddata`; opened or scanned on the phone, it starts
// the eSIM install without typing. Google's works only on some Android devices, so it is offered with
// that caveat. A link holds the activation code: it is as secret as the code.
// Used by the scan view, the results list's copy actions and the customer card.

#include "qr/ActivationCode.h"

#include <QString>
#include <QUrl>
#include <optional>

namespace nd {

enum class InstallPlatform { Iphone, Android };

// The link as text, every reserved character of the code percent-encoded ("LPA%3A1%24…").
QString installLink(const ActivationCode &code, InstallPlatform platform);

// The activation code a link carries, for links made by installLink() (or typed the same way).
std::optional<ActivationCode> activationCodeInInstallLink(const QString &link);

} // namespace nd
