#pragma once

// The one place that knows how Qt HTTP Server's low-level API differs between the Qt versions we
// build against, so that the sandbox's handlers are written once:
//  - Qt 6.4: handleRequest()/missingHandler() receive the QTcpSocket, a responder is made from it and
//    written with writeStatusLine()/writeHeader()/writeBody().
//  - Qt 6.5-6.7: they receive a QHttpServerResponder (missingHandler by rvalue).
//  - Qt 6.8+: both receive QHttpServerResponder&; headers are QHttpHeaders and the write* primitives
//    are gone.
// SandboxServer derives from HttpServerAdapter and answers every request through an HttpExchange.

#include "sandbox/SandboxReply.h"

#include <QPointer>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerResponder>
#include <memory>

class QIODevice;
class QTcpSocket;

namespace nd::sandbox {

// One request's way back to its client. Held by std::shared_ptr so a late answer can be sent from a
// timer; it notices a client that left meanwhile.
class HttpExchange final
{
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    HttpExchange(QHttpServerResponder &&responder, QTcpSocket *socket);

    bool isConnected() const;
    void send(const SandboxReply &reply);
    // 200 with `body` (opened or not; its size() becomes Content-Length) read and written as the
    // socket drains, so a huge body never sits in memory or blocks the server.
    void stream(std::unique_ptr<QIODevice> body, const QByteArray &contentType);
    // Closes the connection without an answer, once the server has finished reading the request.
    void dropConnection();

private:
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
};

class HttpServerAdapter : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServerAdapter)

public:
    using QAbstractHttpServer::QAbstractHttpServer;

protected:
    // Every request arrives here; the implementation answers each one, 404s included.
    virtual void route(const QHttpServerRequest &request, const std::shared_ptr<HttpExchange> &exchange) = 0;

private:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) final;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) final;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) final;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder) final;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) final;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) final;
#endif
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Since 6.5 the socket is no longer handed over; it is found by the client's address and port.
    QTcpSocket *socketOf(const QHttpServerRequest &request) const;
#endif
};

} // namespace nd::sandbox
