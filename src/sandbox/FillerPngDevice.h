#pragma once

// The body of the QrOversized magic answer: a PNG signature followed by filler bytes, produced as
// they are read (the device opens itself read-only), so a 30 MiB answer never sits in the sandbox's memory.
// Non-sequential, so Qt HTTP Server announces its size as Content-Length and reads it in chunks as the socket
// drains.

#include <QIODevice>

namespace nd::sandbox {

class FillerPngDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FillerPngDevice)

public:
    explicit FillerPngDevice(qint64 size, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 position) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size = 0;
    qint64 m_offset = 0; // where the next readData() starts (kept here: QIODevice may buffer ahead)
};

} // namespace nd::sandbox
