#pragma once

// Reads an API or token answer as it arrives and aborts the reply as soon as it is known to be larger
// than a limit: on its Content-Length, else on the bytes received so far. A broken proxy or an endless
// body must not fill the memory, and a status-change answer cut short proves nothing (ApiCall then
// reports an unknown outcome). Lives as long as its reply (it is the reply's child).
// Used by ApiCall and TokenProvider; QR images have their own, smaller limit (QrImageDownload).

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace nd {

class ReplyBodyLimit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyBodyLimit)

public:
    // A few MiB: the largest real answer (an order with hundreds of numbers) is a few tens of KiB.
    static constexpr qint64 DefaultMaxBytes = qint64(4) * 1024 * 1024;

    explicit ReplyBodyLimit(QNetworkReply *reply, qint64 maxBytes = DefaultMaxBytes);

    bool exceeded() const { return m_exceeded; }
    qint64 maxBytes() const { return m_maxBytes; }
    // Everything received, including what the reply still buffers. Empty once exceeded().
    QByteArray takeBody();
    // "4 MiB" in the user's locale, for messages.
    static QString describe(qint64 bytes);

private:
    void checkDeclaredLength();
    void readAvailable();
    void stop();

    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    qint64 m_maxBytes;
    bool m_exceeded = false;
};

} // namespace nd
