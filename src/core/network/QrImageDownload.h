#pragma once

// Fetches one QR code image from the URL the API returned. The URL is a secret (the image is the
// customer's eSIM): it is never logged, the bearer token is never sent with it, a redirect is followed
// only to https (or from loopback to loopback), and only a bounded image is accepted. Emits loaded or failed
// once, then finished, then deletes itself. Used by the results view's image queue and the tests.

#include "network/TransportFailure.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace nd {

class QrImageDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrImageDownload)

public:
    static constexpr qint64 DefaultMaxBytes = qint64(2) * 1024 * 1024;
    // The largest side decoded. A QR code scans from a few hundred pixels (the largest, version 40, is
    // 177 modules); a small PNG can still describe a picture that takes hundreds of MB to decode.
    static constexpr int MaxSidePixels = 4096;

    // Starts at once; results arrive asynchronously.
    static QrImageDownload *start(QNetworkAccessManager *network, const QUrl &url, QObject *parent,
        qint64 maxBytes = DefaultMaxBytes, int transferTimeoutMs = 20000);

    ~QrImageDownload() override;
    void abort();

    // The redirect rule (docs/client-behaviour.md): to https anywhere, or to plain http only from a
    // loopback address to a loopback address (the sandbox). Never to http on another host, where the
    // activation code would cross the network unencrypted.
    static bool mayFollowRedirect(const QUrl &from, const QUrl &to);

signals:
    void loaded(const QImage &image);
    void failed(const QString &message);
    void finished();

private:
    QrImageDownload(qint64 maxBytes, QObject *parent);
    void begin(QNetworkAccessManager *network, const QUrl &url, int transferTimeoutMs);
    void onMetaData();
    void onRedirected(const QUrl &target);
    void onReadyRead();
    void onFinished();
    void fail(const QString &message);
    void dropReply();

    QPointer<QNetworkReply> m_reply;
    QByteArray m_data;
    QUrl m_currentUrl; // where the last request went; the next redirect is judged from here
    qint64 m_maxBytes;
    TransportContext m_transport; // certificate problems seen, for the failure message
    bool m_done = false;
};

} // namespace nd
