// Any error answer's body (problem details, {error|message}, plain text, HTML, nothing) under the
// statuses and content types that take different paths, as the numbers endpoints read it, and the
// status-change rule of what such an answer proves.

#include "FuzzInput.h"
#include "response/ErrorBody.h"
#include "response/ProblemDetailsParser.h"
#include "response/StatusChangeAnswer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = nd::fuzz::bytes(data, size);
    // The labels that take different paths: the API's own problem type, and a page a proxy labelled.
    static const QByteArray contentTypes[]
        = {QByteArrayLiteral("application/problem+json"), QByteArrayLiteral("text/html; charset=utf-8")};
    for (const QByteArray &contentType : contentTypes) {
        const nd::ErrorBody read = nd::readErrorBody(body, contentType);
        (void)read.describe();
        (void)read.soundsLikeMaintenance();
        for (const int status : {422, 429, 503}) {
            const nd::ApiError error = nd::parseErrorResponse(status, body, contentType, QByteArray());
            nd::fuzz::require(!error.title.isEmpty() && !error.message.isEmpty(), "every error is worded");
            nd::fuzz::require(error.fieldErrors.size() <= 20, "field errors are capped");
            const nd::ApiError change
                = nd::statusChangeErrorResponse(status, body, contentType, QByteArray());
            // Issue 11 item 2: only the API's own problem details may turn a 5xx into "not done".
            if (status >= 500 && !nd::isApiProblemDetails(status, contentType, body))
                nd::fuzz::require(change.serverMayHaveActed(), "a 5xx not from the API is outcome unknown");
        }
    }
    return 0;
}
