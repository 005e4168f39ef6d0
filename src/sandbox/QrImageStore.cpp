#include "sandbox/QrImageStore.h"

#include "qr/QrCodec.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>
#include <QStringList>

namespace nd::sandbox {

namespace {

constexpr int PixelsPerModule = 6;

QString randomFrom(const char *alphabet, int alphabetSize, int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(alphabetSize)]);
    return text;
}

} // namespace

QUrl QrImageStore::issue(const QUrl &serverRoot, QrBehaviour behaviour)
{
    const QString id = randomFrom("0123456789abcdef", 16, 32);
    m_entries.insert(id, {newActivationCode(), behaviour});
    QUrl url = serverRoot;
    url.setPath(QLatin1String(PathPrefix) + id + QStringLiteral(".png"));
    return url;
}

std::optional<QrEntry> QrImageStore::entryForPath(const QString &path) const
{
    const QString prefix = QLatin1String(PathPrefix);
    if (!path.startsWith(prefix) || !path.endsWith(QLatin1String(".png")))
        return std::nullopt;
    const QString id = path.mid(prefix.size(), path.size() - prefix.size() - 4);
    const QrEntry *it = m_entries.find(id);
    if (!it)
        return std::nullopt;
    return *it;
}

QString QrImageStore::newActivationCode()
{
    static const char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QStringList groups;
    for (int i = 0; i < 4; ++i)
        groups << randomFrom(Alphabet, 36, 5);
    return QStringLiteral("LPA:1$SMDP.SANDBOX.NUMBERDESK.TEST$") + groups.join(QLatin1Char('-'));
}

QByteArray QrImageStore::renderPng(const QString &activationCode)
{
    const QImage modules = QrCodec::encode(activationCode);
    const QImage image = QrCodec::scaledForScanning(modules, QrCodec::moduleCount(modules) * PixelsPerModule);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace nd::sandbox
