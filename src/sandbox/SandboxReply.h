#pragma once

// One HTTP answer as the sandbox's handlers build it, before HttpExchange puts it on the wire.
// Handlers return values of this type so they can be tested and delayed without touching sockets.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <utility>

namespace nd::sandbox {

struct SandboxReply
{
    int status = 200;
    QByteArray contentType; // empty: no Content-Type header
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra headers, e.g. Retry-After

    static SandboxReply json(int status, const QJsonObject &object)
    {
        return {status, QByteArrayLiteral("application/json; charset=utf-8"),
            QJsonDocument(object).toJson(QJsonDocument::Indented), {}};
    }
    static SandboxReply problem(int status, const QJsonObject &object)
    {
        SandboxReply reply = json(status, object);
        reply.contentType = QByteArrayLiteral("application/problem+json; charset=utf-8");
        return reply;
    }
};

} // namespace nd::sandbox
