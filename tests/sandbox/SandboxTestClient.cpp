#include "SandboxTestClient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

HttpResult SandboxTestClient::requestToken(const QString &endpoint, const QString &secret)
{
    const QJsonObject body {{QStringLiteral("AccountKey"), m_server.options().accountKey},
        {QStringLiteral("AccountSecret"), secret.isEmpty() ? m_server.options().accountSecret : secret},
        {QStringLiteral("ApiEndpoint"), QString(m_server.baseUrl().toString() + endpoint)}};
    return postRaw(QStringLiteral("/oauth2/tokens"), QJsonDocument(body).toJson(), {});
}

QString SandboxTestClient::token(const QString &endpoint)
{
    if (!m_tokens.contains(endpoint))
        m_tokens.insert(endpoint, requestToken(endpoint).json.value(QStringLiteral("token")).toString());
    return m_tokens.value(endpoint);
}

HttpResult SandboxTestClient::postRaw(const QString &path, const QByteArray &body, const QString &token)
{
    QNetworkRequest request(QUrl(m_server.baseUrl().toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1());
    return wait(m_network.post(request, body));
}

HttpResult SandboxTestClient::get(const QUrl &url, const QString &token)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1());
    return wait(m_network.get(request));
}

HttpResult SandboxTestClient::change(
    const QString &type, const QStringList &numbers, const QJsonObject &extra)
{
    return changeBody(body(type, numbers, extra));
}

HttpResult SandboxTestClient::changeBody(const QJsonObject &body)
{
    return postRaw(QStringLiteral("/numbers/status"), QJsonDocument(body).toJson(),
        token(QStringLiteral("/numbers/status")));
}

HttpResult SandboxTestClient::lookUp(const QString &orderId)
{
    QUrl url(m_server.baseUrl().toString() + QStringLiteral("/numbers/order"));
    url.setQuery(QStringLiteral("OrderId=") + orderId);
    return get(url, token(QStringLiteral("/numbers/order")));
}

QJsonObject SandboxTestClient::body(const QString &type, const QStringList &numbers, const QJsonObject &extra)
{
    QJsonArray items;
    for (const QString &number : numbers)
        items.append(QJsonObject {{QStringLiteral("Number"), number}});
    QJsonObject object {{QStringLiteral("StatusChange"), type},
        {QStringLiteral("EffectiveDate"), QStringLiteral("12/31/2023")},
        {QStringLiteral("PhoneNumbers"), items}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString SandboxTestClient::firstQrCode(const HttpResult &result)
{
    return result.json.value(QStringLiteral("Numbers"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("QrCode"))
        .toString();
}

HttpResult SandboxTestClient::wait(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        QTest::qFail("the sandbox did not answer in time", __FILE__, __LINE__);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
    result.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    reply->deleteLater();
    return result;
}
