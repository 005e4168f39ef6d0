#pragma once

// Turns any non-2xx answer of the numbers endpoints into an ApiError the GUI can show as is: a short
// title, and a message saying what happened and what to do. Used by the network client; the token
// endpoint's failures go through TokenResponseParser, which words them for sign-in.

#include "response/ApiError.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace nd {

// What NumberDesk says about an error status; the server's own words and the trace id are added to it.
struct ErrorWording
{
    QString title;
    QString situation; // what happened, in the user's terms
    QString action; // what to do next; may be empty
};

// The wording parseErrorResponse gives this status and body on its own, for callers that change a part.
ErrorWording standardErrorWording(int httpStatus, const QByteArray &body, const QByteArray &contentType,
    const QByteArray &retryAfterHeader);

// `wording` replaces the generic wording for this status (the token endpoint words 401/403 for sign-in).
ApiError parseErrorResponse(int httpStatus, const QByteArray &body, const QByteArray &contentType,
    const QByteArray &retryAfterHeader, const std::optional<ErrorWording> &wording = std::nullopt);

} // namespace nd
