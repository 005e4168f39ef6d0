#include "sandbox/ReplyWriter.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <memory>

namespace nd::sandbox {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 MaxBufferedBytes = 4 * ChunkBytes;

// Lives as a child of the socket: it dies with the connection if the client gives up.
class OversizedBodyStream final : public QObject
{
    Q_DISABLE_COPY_MOVE(OversizedBodyStream)

public:
    OversizedBodyStream(QHttpServerResponder &&responder, qint64 size)
        : QObject(responder.socket()), m_responder(std::move(responder)), m_remaining(size)
    {
        QTcpSocket *socket = m_responder.socket();
        connect(socket, &QTcpSocket::bytesWritten, this, &OversizedBodyStream::fill);
        m_responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        m_responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("image/png"));
        m_responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(size));
        m_responder.writeBody(QByteArrayLiteral("\x89PNG\r\n\x1a\n"));
        m_remaining -= 8;
        fill();
    }

private:
    void fill()
    {
        QTcpSocket *socket = m_responder.socket();
        while (m_remaining > 0 && socket->bytesToWrite() < MaxBufferedBytes) {
            const qint64 bytes = qMin(ChunkBytes, m_remaining);
            m_responder.writeBody(QByteArray(int(bytes), 'N'));
            m_remaining -= bytes;
        }
        if (m_remaining == 0)
            deleteLater();
    }

    QHttpServerResponder m_responder;
    qint64 m_remaining = 0;
};

} // namespace

void ReplyWriter::write(QHttpServerResponder &responder, const SandboxReply &reply)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

void ReplyWriter::streamOversizedPng(QHttpServerResponder &&responder, qint64 size)
{
    new OversizedBodyStream(std::move(responder), size); // owned by the socket
}

} // namespace nd::sandbox
