#include "sandbox/FillerPngDevice.h"

#include <algorithm>
#include <cstring>

namespace nd::sandbox {

namespace {
constexpr char PngSignature[] = "\x89PNG\r\n\x1a\n";
constexpr qint64 SignatureBytes = sizeof(PngSignature) - 1;
} // namespace

FillerPngDevice::FillerPngDevice(qint64 size, QObject *parent)
    : QIODevice(parent), m_size(std::max<qint64>(size, SignatureBytes))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool FillerPngDevice::seek(qint64 position)
{
    if (!QIODevice::seek(position))
        return false;
    m_offset = position;
    return true;
}

qint64 FillerPngDevice::readData(char *data, qint64 maxSize)
{
    const qint64 start = m_offset;
    const qint64 count = std::min(maxSize, m_size - start);
    if (count <= 0)
        return 0;
    std::memset(data, 'N', size_t(count));
    // The part of the signature that falls inside this read, if any.
    for (qint64 offset = start; offset < SignatureBytes && offset < start + count; ++offset)
        data[offset - start] = PngSignature[offset];
    m_offset += count;
    return count;
}

} // namespace nd::sandbox
