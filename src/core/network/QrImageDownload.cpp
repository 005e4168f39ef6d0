#include "network/QrImageDownload.h"

#include "network/ApiEndpoints.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace nd {
namespace {
Q_LOGGING_CATEGORY(lcQr, "numberdesk.core.qrdownload")

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

QrImageDownload::QrImageDownload(qint64 maxBytes, QObject *parent) : QObject(parent), m_maxBytes(maxBytes) { }

QrImageDownload::~QrImageDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QrImageDownload *QrImageDownload::start(
    QNetworkAccessManager *network, const QUrl &url, QObject *parent, qint64 maxBytes, int transferTimeoutMs)
{
    auto *download = new QrImageDownload(maxBytes, parent);
    download->begin(network, url, transferTimeoutMs);
    return download;
}

void QrImageDownload::begin(QNetworkAccessManager *network, const QUrl &url, int transferTimeoutMs)
{
    const QString scheme = url.scheme().toLower();
    const bool allowed = url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("https")
            || (scheme == QLatin1String("http") && ApiEndpoints::isLoopback(url)));
    if (!allowed) {
        // Deferred so the caller can connect first.
        QTimer::singleShot(0, this, [this] {
            fail(tr("The QR code address is not a secure https address, so it was not loaded: the code "
                    "would travel unencrypted. Ask Telegent support for the QR code."));
        });
        return;
    }

    QNetworkRequest request(url);
    // A fresh request: no Authorization header (the QR host is not the API host), no cookies.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // Qt's NoLessSafeRedirectPolicy would follow http -> http to any host: each redirect is judged here.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    m_currentUrl = url;
    request.setTransferTimeout(transferTimeoutMs);
    request.setRawHeader("Accept", "image/png, image/*;q=0.8");

    qCDebug(lcQr) << "loading a QR image"; // never the URL
    m_reply = network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &QrImageDownload::onMetaData);
    connect(m_reply, &QNetworkReply::redirected, this, &QrImageDownload::onRedirected);
    connect(m_reply, &QNetworkReply::readyRead, this, &QrImageDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &QrImageDownload::onFinished);
    // Never ignored; remembered so the failure says it was the certificate, not "the network".
    connect(m_reply, &QNetworkReply::sslErrors, this,
        [this](const QList<QSslError> &errors) { m_transport.noteSslErrors(errors); });
}

bool QrImageDownload::mayFollowRedirect(const QUrl &from, const QUrl &to)
{
    if (!to.isValid() || to.host().isEmpty())
        return false;
    const QString scheme = to.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && ApiEndpoints::isLoopback(from) && ApiEndpoints::isLoopback(to);
}

void QrImageDownload::onRedirected(const QUrl &target)
{
    if (m_done || !m_reply)
        return;
    if (!mayFollowRedirect(m_currentUrl, target)) {
        fail(
            tr("The QR code address redirected to an address that is not a secure https address, so it "
               "was not followed: the code would travel unencrypted. Ask Telegent support for the QR code."));
        return;
    }
    m_currentUrl = target;
    emit m_reply->redirectAllowed();
}

void QrImageDownload::onMetaData()
{
    if (m_done || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // a redirect being followed; the final response is checked
    if (status != 200)
        return; // reported with its status in onFinished
    const QString contentType
        = m_reply->header(QNetworkRequest::ContentTypeHeader).toString().trimmed().toLower();
    if (!contentType.startsWith(QLatin1String("image/"))) {
        fail(tr("The QR code address did not return an image (it returned “%1”). The code cannot be shown; "
                "ask Telegent support for a new QR code.")
                 .arg(contentType.isEmpty() ? tr("no content type")
                                            : contentType.section(QLatin1Char(';'), 0, 0)));
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBytes) {
        fail(tr("The QR code image is too large (%1 MB; at most %2 MB is accepted), so it was not loaded.")
                 .arg(megabytes(length.toLongLong()), megabytes(m_maxBytes)));
    }
}

void QrImageDownload::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    m_data += m_reply->readAll();
    if (m_data.size() > m_maxBytes) {
        fail(tr("The QR code image is too large (more than %1 MB), so it was not loaded.")
                 .arg(megabytes(m_maxBytes)));
    }
}

void QrImageDownload::onFinished()
{
    if (m_done || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_data += reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 404 || status == 410) {
        fail(tr("The QR code image is no longer available (HTTP %1); it may have expired. Ask Telegent "
                "support to issue the QR code again.")
                 .arg(status));
        return;
    }
    if (status != 200) {
        if (reply->error() == QNetworkReply::InsecureRedirectError) {
            fail(tr("The QR code address redirected to an insecure (http) address, so it was not followed."));
        } else if (reply->error() == QNetworkReply::TooManyRedirectsError) {
            fail(tr("The QR code address redirected too many times, so the image was not loaded."));
        } else if (m_transport.sslErrorsSeen || reply->error() == QNetworkReply::SslHandshakeFailedError) {
            fail(
                tr("The QR code image was not loaded because its secure connection failed (%1). Ask Telegent "
                   "support for the QR code; certificate problems are never ignored.")
                    .arg(m_transport.sslErrorText.isEmpty() ? tr("TLS handshake failed")
                                                            : m_transport.sslErrorText));
        } else if (status == 0) {
            fail(tr("The QR code image could not be downloaded: the connection failed or timed out. Try "
                    "reloading it."));
        } else {
            fail(tr("The QR code image could not be downloaded: the server answered HTTP %1.").arg(status));
        }
        return;
    }
    if (m_data.size() > m_maxBytes) {
        fail(tr("The QR code image is too large (more than %1 MB), so it was not loaded.")
                 .arg(megabytes(m_maxBytes)));
        return;
    }
    QBuffer buffer(&m_data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // The header tells the size before anything is decoded.
    if (const QSize size = reader.size();
        size.isValid() && (size.width() > MaxSidePixels || size.height() > MaxSidePixels)) {
        fail(tr("The QR code image is too large to show (%1 × %2 pixels; at most %3 × %3 is accepted), so it "
                "was not loaded. Ask Telegent support for a new QR code.")
                 .arg(size.width())
                 .arg(size.height())
                 .arg(MaxSidePixels));
        return;
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        fail(tr("The QR code address returned data that is not a readable image. Ask Telegent support for a "
                "new QR code."));
        return;
    }
    m_done = true;
    reply->deleteLater();
    m_reply.clear();
    emit loaded(image);
    emit finished();
    deleteLater();
}

void QrImageDownload::dropReply()
{
    m_done = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
}

void QrImageDownload::fail(const QString &message)
{
    if (m_done)
        return;
    dropReply();
    qCInfo(lcQr) << "QR image not loaded";
    emit failed(message);
    emit finished();
    deleteLater();
}

void QrImageDownload::abort()
{
    if (m_done)
        return;
    dropReply();
    emit finished();
    deleteLater();
}

} // namespace nd
