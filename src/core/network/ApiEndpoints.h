#pragma once

// Where each call goes, derived from one base URL ("https://api.telegent.com/v1.0"), and the rule that a
// base URL must be https unless it points at this machine (the sandbox). Used by ApiClient and the
// connection dialog.

#include <QString>
#include <QUrl>
#include <optional>

namespace nd {

class ApiEndpoints final
{
public:
    static QUrl defaultBaseUrl();

    // nullopt when acceptable; otherwise why not, as a sentence for the user.
    static std::optional<QString> problemWithBaseUrl(const QUrl &baseUrl);
    static bool isLoopback(const QUrl &url);
    // Same scheme, host and port: where a secret saved for `a` may also be sent. Anything else is
    // another server, which must not receive it without the user typing it for that server.
    static bool sameServer(const QUrl &a, const QUrl &b);

    explicit ApiEndpoints(const QUrl &baseUrl = defaultBaseUrl());

    QUrl baseUrl() const { return m_baseUrl; }
    QUrl tokenUrl() const;
    QUrl statusChangeUrl() const;
    // Without the query: the token for lookups is scoped to this URL.
    QUrl orderLookupUrl() const;
    QUrl orderLookupUrl(const QString &orderId) const;

private:
    QUrl endpoint(const QString &relativePath) const;

    QUrl m_baseUrl;
};

} // namespace nd
