#include "gui/SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QMimeData>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcSecretClipboard, "numberdesk.gui.secretclipboard")

QByteArray fingerprintOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

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
    // KDE's Klipper and the clipboard managers that follow it keep no history of data marked so.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // Windows: kept out of Win+V history and cloud clipboard, and skipped by clipboard monitors.
    data->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""),
        QByteArray(4, '\0'));
    data->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""),
        QByteArray(4, '\0'));
    data->setData(QStringLiteral(
                      "application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""),
        QByteArray(4, '\0'));
    m_fingerprint = fingerprintOf(secret);
    m_clipboard->setMimeData(data); // takes ownership
    m_clearTimer.start();
    qCDebug(lcSecretClipboard) << "secret copied; clearing in" << m_clearTimer.interval() << "ms";
    emit copied();
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

bool SecretClipboard::clipboardStillHoldsSecret() const
{
    return !m_fingerprint.isEmpty() && fingerprintOf(m_clipboard->text()) == m_fingerprint;
}

} // namespace nd
