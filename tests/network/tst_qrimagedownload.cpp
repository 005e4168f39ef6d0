// QrImageDownload against the sandbox's QR URLs: the good path decodes to the
// issued activation code; every broken-image variant fails with its own clear
// message; unsafe URLs are never fetched.

#include "CallRecorder.h"
#include "network/ApiClient.h"
#include "network/QrImageDownload.h"
#include "qr/ActivationCode.h"
#include "qr/QrCodec.h"
#include "sandbox/SandboxMagic.h"
#include "sandbox/SandboxServer.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QTest>
#include <memory>

using namespace nd;
namespace magic = nd::sandbox::magic;

namespace {

struct DownloadResult
{
    std::optional<QImage> image;
    std::optional<QString> error;
};

DownloadResult download(
    QNetworkAccessManager *network, const QUrl &url, qint64 maxBytes = QrImageDownload::DefaultMaxBytes)
{
    DownloadResult result;
    QrImageDownload *job = QrImageDownload::start(network, url, nullptr, maxBytes);
    QObject::connect(
        job, &QrImageDownload::loaded, job, [&result](const QImage &image) { result.image = image; });
    QObject::connect(
        job, &QrImageDownload::failed, job, [&result](const QString &message) { result.error = message; });
    QSignalSpy finished(job, &QrImageDownload::finished);
    if (!finished.wait(20000))
        QTest::qFail("the download did not finish in time", __FILE__, __LINE__);
    return result;
}

} // namespace

class QrImageDownloadTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;

    // Activates the numbers and returns their QR URLs, in order.
    QList<QUrl> activate(const QStringList &numbers)
    {
        ValidatedRequest request;
        request.changeType = ChangeType::Activate;
        request.effectiveDate = QDate::currentDate();
        for (int i = 0; i < numbers.size(); ++i)
            request.numbers.append({numbers.at(i), QString(), i});
        const CallResult result = waitFor(m_client->submitStatusChange(request));
        QList<QUrl> urls;
        if (result.order) {
            for (const OrderNumber &number : result.order->numbers)
                urls.append(number.qrCodeUrl);
        }
        return urls;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(m_sandbox->start(0));
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_sandbox->baseUrl());
        m_client->setCredentials({m_sandbox->options().accountKey, m_sandbox->options().accountSecret});
    }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void qrImage_decodesToTheActivationCodeTheSandboxIssued()
    {
        const QList<QUrl> urls = activate({QStringLiteral("+12016093801"), QStringLiteral("+12016093802")});
        QCOMPARE(urls.size(), 2);
        QVERIFY(urls.at(0) != urls.at(1));
        for (const QUrl &url : urls) {
            const DownloadResult result = download(m_client->network(), url);
            QVERIFY2(result.image, qPrintable(result.error.value_or(QString())));
            const std::optional<QString> decoded = QrCodec::decode(*result.image);
            QVERIFY(decoded);
            QCOMPARE(decoded, m_sandbox->activationCodeForQrUrl(url));
            QVERIFY(ActivationCode::parse(*decoded).has_value());
        }
    }

    void brokenQrUrls_failWithSpecificMessages_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("expected");
        QTest::newRow("404") << QString::fromLatin1(magic::QrNotFound)
                             << QStringLiteral("no longer available");
        QTest::newRow("not an image")
            << QString::fromLatin1(magic::QrNotAnImage) << QStringLiteral("did not return an image");
        QTest::newRow("oversized") << QString::fromLatin1(magic::QrOversized) << QStringLiteral("too large");
    }
    void brokenQrUrls_failWithSpecificMessages()
    {
        QFETCH(QString, number);
        QFETCH(QString, expected);
        const QList<QUrl> urls = activate({QStringLiteral("+12016093801"), number});
        QCOMPARE(urls.size(), 2);
        const DownloadResult good = download(m_client->network(), urls.at(0));
        QVERIFY(good.image); // the other number still loads
        const DownloadResult bad = download(m_client->network(), urls.at(1));
        QVERIFY(!bad.image);
        QVERIFY(bad.error);
        QVERIFY2(bad.error->contains(expected), qPrintable(*bad.error));
        QVERIFY(!bad.error->contains(urls.at(1).path())); // the URL is a secret
    }

    void imageLargerThanTheCap_isRefused()
    {
        const QList<QUrl> urls = activate({QStringLiteral("+12016093801")});
        QCOMPARE(urls.size(), 1);
        const DownloadResult result = download(m_client->network(), urls.at(0), 64); // 64-byte cap
        QVERIFY(!result.image);
        QVERIFY(result.error && result.error->contains(QLatin1String("too large")));
    }

    void plainHttpQrUrlOnARemoteHost_isNeverFetched()
    {
        QNetworkAccessManager network;
        const DownloadResult result
            = download(&network, QUrl(QStringLiteral("http://qr.example.invalid/q.png?text=LPA:1$x$y")));
        QVERIFY(!result.image);
        QVERIFY(result.error && result.error->contains(QLatin1String("https")));
    }

    void qrRedirect_fromLoopbackToLoopback_isFollowed()
    {
        const QList<QUrl> urls = activate({QStringLiteral("+12016093801")});
        QCOMPARE(urls.size(), 1);
        const QString hop = QStringLiteral("/sandbox-qr/moved.png");
        // A redirect that stays put, as a real server's does, should Qt send the first request again.
        m_sandbox->answerNextRequestWith(
            hop, {302, QByteArray(), QByteArray(), {{"Location", urls.at(0).toEncoded()}}}, 5);
        QUrl start = urls.at(0);
        start.setPath(hop);
        const DownloadResult result = download(m_client->network(), start);
        QVERIFY2(result.image, qPrintable(result.error.value_or(QString())));
        QCOMPARE(QrCodec::decode(*result.image), m_sandbox->activationCodeForQrUrl(urls.at(0)));
    }

    void qrBytesThatAreNoImage_saySo()
    {
        // Labelled a PNG, 200, small: only decoding shows it is not one.
        const QString path = QStringLiteral("/sandbox-qr/garbage.png");
        m_sandbox->answerNextRequestWith(
            path, {200, QByteArrayLiteral("image/png"), QByteArray(512, '\x5a'), {}});
        QUrl url = m_sandbox->baseUrl();
        url.setPath(path);
        const DownloadResult result = download(m_client->network(), url);
        QVERIFY(!result.image);
        QVERIFY(result.error);
        QVERIFY2(result.error->contains(QLatin1String("not a readable image")), qPrintable(*result.error));
    }

    void qrImageOfHugeDimensions_isRefusedBeforeDecoding()
    {
        // 4200 x 4200 one-bit pixels: a few KB of PNG that would decode to 70 MB at 32 bits a pixel.
        QImage huge(4200, 4200, QImage::Format_Mono);
        huge.fill(1);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(huge.save(&buffer, "PNG"));
        QVERIFY(png.size() < QrImageDownload::DefaultMaxBytes);
        const QString path = QStringLiteral("/sandbox-qr/huge.png");
        m_sandbox->answerNextRequestWith(path, {200, QByteArrayLiteral("image/png"), png, {}});
        QUrl url = m_sandbox->baseUrl();
        url.setPath(path);
        const DownloadResult result = download(m_client->network(), url);
        QVERIFY(!result.image);
        QVERIFY(result.error);
        QVERIFY2(result.error->contains(QStringLiteral("too large to show (4200 × 4200 pixels")),
            qPrintable(*result.error));
    }

    // Qt's NoLessSafeRedirectPolicy allows http -> http anywhere: the activation
    // code would cross the network unencrypted.
    void qrRedirect_toPlainHttpOnAnotherHost_isNotFollowed()
    {
        const QString hop = QStringLiteral("/sandbox-qr/moved.png");
        m_sandbox->answerNextRequestWith(hop,
            {302, QByteArray(), QByteArray(),
                {{"Location", "http://qr.example.invalid/q.png?text=LPA:1$x$y"}}});
        QUrl start = m_sandbox->baseUrl();
        start.setPath(hop);
        const DownloadResult result = download(m_client->network(), start);
        QVERIFY(!result.image);
        QVERIFY(result.error);
        QVERIFY2(result.error->contains(QLatin1String("not followed")), qPrintable(*result.error));
        QVERIFY(!result.error->contains(QLatin1String("example.invalid")));
    }

    void mayFollowRedirect_httpsAnywhereOrLoopbackToLoopback_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https to https") << "https://qr.example.com/a.png"
                                        << "https://cdn.example.net/b.png" << true;
        QTest::newRow("loopback http to https") << "http://127.0.0.1:8080/a.png"
                                                << "https://qr.example.com/b.png" << true;
        QTest::newRow("loopback to loopback") << "http://127.0.0.1:8080/a.png"
                                              << "http://localhost:9090/b.png" << true;
        QTest::newRow("loopback to IPv6 loopback") << "http://127.0.0.1/a.png"
                                                   << "http://[::1]/b.png" << true;
        QTest::newRow("loopback to another host") << "http://127.0.0.1:8080/a.png"
                                                  << "http://qr.example.com/b.png" << false;
        QTest::newRow("https downgraded to loopback http") << "https://qr.example.com/a.png"
                                                           << "http://127.0.0.1/b.png" << false;
        QTest::newRow("https downgraded to http") << "https://qr.example.com/a.png"
                                                  << "http://qr.example.com/b.png" << false;
        QTest::newRow("other scheme") << "https://qr.example.com/a.png"
                                      << "ftp://qr.example.com/b.png" << false;
        QTest::newRow("no host") << "https://qr.example.com/a.png"
                                 << "https:///b.png" << false;
    }
    void mayFollowRedirect_httpsAnywhereOrLoopbackToLoopback()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        QCOMPARE(QrImageDownload::mayFollowRedirect(QUrl(from), QUrl(to)), allowed);
    }

    void qrRequests_carryNoBearerToken()
    {
        const QList<QUrl> urls = activate({QStringLiteral("+12016093801")});
        QCOMPARE(urls.size(), 1);
        QVERIFY(download(m_client->network(), urls.at(0)).image);
        QCOMPARE(m_sandbox->qrRequestsWithAuthorization(), 0);
        QVERIFY(m_sandbox->requestCount(urls.at(0).path()) >= 1);
    }
};

QTEST_GUILESS_MAIN(QrImageDownloadTest)
#include "tst_qrimagedownload.moc"
