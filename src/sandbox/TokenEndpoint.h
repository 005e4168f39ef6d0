#pragma once

// POST /v1.0/oauth2/tokens: checks the account credentials and the ApiEndpoint the token is for,
// then issues a token scoped to that endpoint, answering in the vendor's camelCase shape.
// Used by SandboxServer.

#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxTokens.h"

#include <QStringList>

namespace nd::sandbox {

class TokenEndpoint final
{
public:
    // endpointUrls: the full URLs a token may be requested for.
    static SandboxReply handle(const QByteArray &body, const SandboxOptions &options, SandboxTokens &tokens,
        const QStringList &endpointUrls);
};

} // namespace nd::sandbox
