#pragma once

// Turns any non-2xx answer of the numbers endpoints into an ApiError the GUI can show as is: a short
// title, and a message saying what happened and what to do. Used by the network client; the token
// endpoint's failures go through TokenResponseParser, which words them for sign-in.

#include "response/ApiError.h"

#include <QByteArray>

namespace nd {

ApiError parseErrorResponse(int httpStatus, const QByteArray &body, const QByteArray &contentType,
    const QByteArray &retryAfterHeader);

} // namespace nd
