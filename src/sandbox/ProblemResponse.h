#pragma once

// Builds the vendor's RFC 7807 problem-details answers (PascalCase, TraceId "00-<32 hex>-<16 hex>-00")
// for every error the sandbox gives. Used by all of the sandbox's handlers.

#include "sandbox/SandboxReply.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace nd::sandbox {

// JSON path of the offending field ("$.PhoneNumbers[1].Number") -> messages.
using FieldErrors = QMap<QString, QStringList>;

class ProblemResponse final
{
public:
    static SandboxReply validation(const FieldErrors &errors); // 400
    static SandboxReply unauthorized(); // 401, no Errors
    static SandboxReply invalidCredentials(); // 401, Errors.Auth
    static SandboxReply forbidden(const QString &detail); // 403
    static SandboxReply notFound(const QString &detail); // 404
    static SandboxReply methodNotAllowed(); // 405
    static SandboxReply unprocessable(const FieldErrors &errors); // 422
    static SandboxReply tooManyRequests(int retryAfterSeconds); // 429 + Retry-After
    static SandboxReply serverError(); // 500

    static QString newTraceId();
};

} // namespace nd::sandbox
