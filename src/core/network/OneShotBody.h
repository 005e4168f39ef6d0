#pragma once

// A request body that can be read exactly once.
//
// Why: when a connection drops after a POST was sent, Qt's HTTP stack silently resends the request
// on a new connection (it treats every request as safe to repeat). For a status change that would
// cancel or swap a line twice. Qt only resends when it can rewind the upload data; this device
// refuses to rewind once read, so Qt reports QNetworkReply::ContentReSendError instead, which
// ApiCall turns into "outcome unknown". Used with DoNotBufferUploadDataAttribute by ApiCall.

#include <QByteArray>
#include <QIODevice>

namespace nd {

class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    // Allowed only while nothing has been read: the first send may rewind, a resend may not.
    bool reset() override;
    bool atEnd() const override { return m_offset >= m_data.size(); }

    // Qt reads the body only to write it to the socket: any byte read may have reached the server.
    bool anyBytesRead() const { return m_offset > 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace nd
