#include "gui/common/SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QImage>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMimeData>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcSecretClipboard, "numberdesk.gui.secretclipboard")

QByteArray fingerprintOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

// KDE's Klipper and the clipboard managers that follow it keep no history of data marked so; on Windows
// the three formats keep it out of Win+V history and the cloud clipboard, and away from clipboard monitors
// (Qt turns each "application/x-qt-windows-mime" format into the registered format it names).
void markAsSecret(QMimeData &data)
{
    data.setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    for (const char *value : {"CanIncludeInClipboardHistory", "CanUploadToCloudClipboard",
             "ExcludeClipboardContentFromMonitorProcessing"}) {
        data.setData(QStringLiteral("application/x-qt-windows-mime;value=\"%1\"").arg(QLatin1String(value)),
            QByteArray(4, '\0'));
    }
}

// Of the pixels, in one format, so the image read back from the clipboard compares equal.
QByteArray fingerprintOf(const QImage &image)
{
    const QImage pixels = image.convertToFormat(QImage::Format_ARGB32);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(QByteArray::number(pixels.width()) + 'x' + QByteArray::number(pixels.height())));
    for (int y = 0; y < pixels.height(); ++y)
        hash.addData(
            QByteArrayView(reinterpret_cast<const char *>(pixels.constScanLine(y)), pixels.width() * 4));
    return hash.result();
}
} // namespace

// Lives on the field it guards (its child), so it goes with the field.
class SecretFieldGuard final : public QObject
{
public:
    SecretFieldGuard(QLineEdit *field, std::function<void(const QString &)> copy)
        : QObject(field), m_copy(std::move(copy))
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (!key->matches(QKeySequence::Copy) && !key->matches(QKeySequence::Cut))
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // the key comes to the field, where it is handled below
            return true;
        }
        auto *field = static_cast<QLineEdit *>(watched);
        const QString text = field->hasSelectedText() ? field->selectedText() : field->text();
        if (!text.isEmpty())
            m_copy(text);
        return true;
    }

private:
    std::function<void(const QString &)> m_copy;
};

void guardSecretField(QLineEdit *field, std::function<void(const QString &)> copy)
{
    field->setContextMenuPolicy(Qt::NoContextMenu);
    field->installEventFilter(new SecretFieldGuard(field, std::move(copy)));
}

SecretClipboard::SecretClipboard(QClipboard *clipboard, QObject *parent)
    : QObject(parent), m_clipboard(clipboard)
{
    m_clearTimer.setSingleShot(true);
    m_clearTimer.setInterval(DefaultClearAfter);
    connect(&m_clearTimer, &QTimer::timeout, this, &SecretClipboard::expire);
    // Something else copied since: the user's, never cleared (and nothing left to watch for).
    connect(m_clipboard, &QClipboard::dataChanged, this, [this] {
        if (m_clearTimer.isActive() && !clipboardStillHoldsSecret()) {
            m_clearTimer.stop();
            m_fingerprint.clear();
        }
    });
}

SecretClipboard::~SecretClipboard()
{
    if (isClearPending())
        expire();
}

void SecretClipboard::copy(const QString &secret)
{
    auto *data = new QMimeData;
    data->setText(secret);
    put(data, fingerprintOf(secret), false);
}

void SecretClipboard::expire()
{
    m_clearTimer.stop();
    if (!m_fingerprint.isEmpty() && clipboardStillHoldsSecret()) {
        m_clipboard->clear();
        qCDebug(lcSecretClipboard) << "secret cleared from the clipboard";
        emit cleared();
    }
    m_fingerprint.clear();
}

void SecretClipboard::copyImage(const QImage &image)
{
    auto *data = new QMimeData;
    data->setImageData(image);
    put(data, fingerprintOf(image), true);
}

void SecretClipboard::put(QMimeData *data, const QByteArray &fingerprint, bool image)
{
    markAsSecret(*data);
    m_fingerprint = fingerprint;
    m_holdsImage = image;
    m_clipboard->setMimeData(data); // takes ownership
    m_clearTimer.start();
    qCDebug(lcSecretClipboard) << (image ? "QR image" : "secret") << "copied; clearing in"
                               << m_clearTimer.interval() << "ms";
    emit copied();
}

bool SecretClipboard::clipboardStillHoldsSecret() const
{
    if (m_fingerprint.isEmpty())
        return false;
    return m_holdsImage ? fingerprintOf(m_clipboard->image()) == m_fingerprint
                        : fingerprintOf(m_clipboard->text()) == m_fingerprint;
}

} // namespace nd
