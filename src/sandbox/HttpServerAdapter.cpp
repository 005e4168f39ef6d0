#include "sandbox/HttpServerAdapter.h"

#include <QIODevice>
#include <QTcpSocket>
#include <QTimer>
#include <QtHttpServer/QHttpServerRequest>

namespace nd::sandbox {

HttpExchange::HttpExchange(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_responder(std::move(responder)), m_socket(socket)
{ }

bool HttpExchange::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpExchange::send(const SandboxReply &reply)
{
    if (!isConnected())
        return;
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    m_responder.writeStatusLine(status);
    if (!reply.contentType.isEmpty())
        m_responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    for (const auto &header : reply.headers)
        m_responder.writeHeader(header.first, header.second);
    m_responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    m_responder.writeBody(reply.body);
#else
    QHttpHeaders headers; // write() adds Content-Length itself
    if (!reply.contentType.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, reply.contentType);
    for (const auto &header : reply.headers)
        headers.append(header.first, header.second);
    m_responder.write(reply.body, headers, status);
#endif
}

void HttpExchange::stream(std::unique_ptr<QIODevice> body, const QByteArray &contentType)
{
    if (!isConnected())
        return;
    // Same signature on every version; Qt takes the device and reads it as the socket drains.
    m_responder.write(body.release(), contentType, QHttpServerResponder::StatusCode::Ok);
}

void HttpExchange::dropConnection()
{
    // Deferred so the server finishes with the request before the socket goes away.
    if (m_socket)
        QTimer::singleShot(0, m_socket.data(), [socket = m_socket] { socket->abort(); });
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    route(request, std::make_shared<HttpExchange>(makeResponder(request, socket), socket));
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    route(request, std::make_shared<HttpExchange>(makeResponder(request, socket), socket));
}

#else

QTcpSocket *HttpServerAdapter::socketOf(const QHttpServerRequest &request) const
{
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        if (socket->peerPort() == request.remotePort() && socket->peerAddress() == request.remoteAddress())
            return socket;
    }
    return nullptr;
}

bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    route(request, std::make_shared<HttpExchange>(std::move(responder), socketOf(request)));
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void HttpServerAdapter::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder)
#else
void HttpServerAdapter::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
#endif
{
    route(request, std::make_shared<HttpExchange>(std::move(responder), socketOf(request)));
}

#endif

} // namespace nd::sandbox
