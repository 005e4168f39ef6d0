#pragma once

// What an HTTP answer other than 2xx to POST /numbers/status proves about the customer's line (the
// contract's section 5; RFC 9110: a POST is neither safe nor idempotent). Only an answer that proves the
// server did nothing may say "not done"; every other answer, once the request may have left, is an
// unknown outcome that the agent must check before resending. The rule is written down in
// docs/client-behaviour.md. Used by ApiCall for status changes only: a lookup changes nothing.

#include "response/ApiError.h"

#include <QByteArray>

namespace nd {

// True when the answer proves that nothing was changed:
//  - 400, 401, 403, 404, 409, 422, 429: the API (or a rate-limiting gateway) refused the request;
//  - 307, 308: the server asks for the same request elsewhere and did not act (NumberDesk never follows);
//  - 503 that is the API's own problem-details answer (isApiProblemDetails): the service turned it away.
// Anything else (1xx, any other 3xx, 408, other 4xx, 500, 502, 504, any 5xx from a gateway or proxy)
// may come after the change was made.
bool answerProvesNothingWasDone(int httpStatus, const QByteArray &contentType, const QByteArray &body);

// The API's own RFC 7807 answer, not a gateway's or proxy's: Content-Type application/problem+json (as
// the vendor's ASP.NET service sends), a JSON object whose Status equals the HTTP status (a relayed
// answer from another status fails this) and a non-empty TraceId (every vendor problem has one).
bool isApiProblemDetails(int httpStatus, const QByteArray &contentType, const QByteArray &body);

// The error the user sees for such an answer: kind Http (or RateLimited) with the server's words when
// nothing was done, else OutcomeUnknown with advice to check before resending.
ApiError statusChangeErrorResponse(int httpStatus, const QByteArray &body, const QByteArray &contentType,
    const QByteArray &retryAfterHeader);

} // namespace nd
