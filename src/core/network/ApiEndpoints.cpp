#include "network/ApiEndpoints.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrlQuery>

namespace nd {

QUrl ApiEndpoints::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.telegent.com/v1.0"));
}

bool ApiEndpoints::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ApiEndpoints::sameServer(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ? 80 : 443;
    return a.isValid() && b.isValid() && !a.host().isEmpty()
        && a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPort) == b.port(defaultPort);
}

std::optional<QString> ApiEndpoints::problemWithBaseUrl(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return QCoreApplication::translate("ApiEndpoints",
            "The API address is not a valid URL (expected something like "
            "https://api.telegent.com/v1.0).");
    if (!baseUrl.userInfo().isEmpty())
        return QCoreApplication::translate(
            "ApiEndpoints", "The API address must not contain a user name or password.");
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return QCoreApplication::translate(
            "ApiEndpoints", "The API address must not contain a query (?…) or fragment (#…).");
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http") && isLoopback(baseUrl))
        return std::nullopt;
    if (scheme == QLatin1String("http"))
        return QCoreApplication::translate("ApiEndpoints",
            "The API address must use https: credentials and customers' numbers "
            "would otherwise cross the network unencrypted. Plain http is only "
            "allowed for a sandbox on this computer.");
    return QCoreApplication::translate("ApiEndpoints", "The API address must start with https://.");
}

ApiEndpoints::ApiEndpoints(const QUrl &baseUrl) : m_baseUrl(baseUrl.adjusted(QUrl::StripTrailingSlash)) { }

QUrl ApiEndpoints::endpoint(const QString &relativePath) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + QLatin1Char('/') + relativePath);
    return url;
}

QUrl ApiEndpoints::tokenUrl() const
{
    return endpoint(QStringLiteral("oauth2/tokens"));
}

QUrl ApiEndpoints::statusChangeUrl() const
{
    return endpoint(QStringLiteral("numbers/status"));
}

QUrl ApiEndpoints::orderLookupUrl() const
{
    return endpoint(QStringLiteral("numbers/order"));
}

QUrl ApiEndpoints::orderLookupUrl(const QString &orderId) const
{
    QUrl url = orderLookupUrl();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("OrderId"), orderId);
    url.setQuery(query);
    return url;
}

} // namespace nd
