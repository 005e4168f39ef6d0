#pragma once

// Test helper: talks to an in-process SandboxServer over loopback with a plain
// QNetworkAccessManager and waits for each answer (QSignalSpy::wait; tests only).

#include "sandbox/SandboxServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringList>

struct HttpResult
{
    int status = 0; // 0 when no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json; // empty unless the body is a JSON object
    QByteArray contentType;
    QByteArray retryAfter;
};

class SandboxTestClient final
{
public:
    explicit SandboxTestClient(nd::sandbox::SandboxServer &server) : m_server(server) { }

    // endpoint: "/numbers/status" or "/numbers/order"; full JSON answer.
    HttpResult requestToken(const QString &endpoint, const QString &secret = {});
    QString token(const QString &endpoint); // cached per endpoint
    void forgetTokens() { m_tokens.clear(); }

    HttpResult postRaw(const QString &path, const QByteArray &body, const QString &token);
    HttpResult get(const QUrl &url, const QString &token = {});

    // POST /numbers/status with a token for it.
    HttpResult change(const QString &type, const QStringList &numbers, const QJsonObject &extra = {});
    HttpResult changeBody(const QJsonObject &body);
    HttpResult lookUp(const QString &orderId);

    static QJsonObject body(const QString &type, const QStringList &numbers, const QJsonObject &extra = {});
    static QString firstQrCode(const HttpResult &result);

private:
    HttpResult wait(QNetworkReply *reply);

    nd::sandbox::SandboxServer &m_server;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_tokens;
};
