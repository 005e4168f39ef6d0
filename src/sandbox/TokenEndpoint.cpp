#include "sandbox/TokenEndpoint.h"

#include "sandbox/ProblemResponse.h"

#include <QJsonDocument>
#include <QLocale>

namespace nd::sandbox {

SandboxReply TokenEndpoint::handle(const QByteArray &body, const SandboxOptions &options,
    SandboxTokens &tokens, const QStringList &endpointUrls)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return ProblemResponse::validation(
            {{QStringLiteral("$"), {QStringLiteral("The request body must be a JSON object.")}}});
    const QJsonObject object = document.object();
    const QString endpoint = object.value(QStringLiteral("ApiEndpoint")).toString();
    if (endpoint.isEmpty()) {
        return ProblemResponse::validation(
            {{QStringLiteral("$.ApiEndpoint"), {QStringLiteral("The ApiEndpoint field is required.")}}});
    }
    if (object.value(QStringLiteral("AccountKey")).toString() != options.accountKey
        || object.value(QStringLiteral("AccountSecret")).toString() != options.accountSecret) {
        return ProblemResponse::invalidCredentials();
    }
    if (!endpointUrls.contains(endpoint)) {
        return ProblemResponse::forbidden(
            QStringLiteral("The account does not have access to the endpoint '%1'.").arg(endpoint));
    }

    const IssuedToken issued = tokens.issue(options.accountKey, endpoint);
    // The vendor's format: "05/02/2025 06:36:13 PM", UTC; QLocale::c() for English AM/PM.
    const QString expiry = QLocale::c().toString(issued.expiresUtc, QStringLiteral("MM/dd/yyyy hh:mm:ss AP"));
    return SandboxReply::json(200,
        {{QStringLiteral("token"), issued.token}, {QStringLiteral("successful"), true},
            {QStringLiteral("tokenExpiry"), expiry}, {QStringLiteral("apiEndpoint"), endpoint}});
}

} // namespace nd::sandbox
