// TLS errors are never ignored: an https server on loopback with an untrusted self-signed certificate
// makes every call fail with a Tls error that says so, and nothing is sent.

#include "CallRecorder.h"
#include "network/ApiClient.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace nd;

class TlsFailureTest final : public QObject
{
    Q_OBJECT

    static QByteArray readFixture(const char *name)
    {
        QFile file(QStringLiteral(NUMBERDESK_TEST_FIXTURES_DIR "/tls/") + QLatin1String(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void untrustedCertificate_failsWithATlsErrorAndSendsNothing()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend on this machine");
        const QSslCertificate certificate(readFixture("untrusted-localhost.crt"), QSsl::Pem);
        const QSslKey key(readFixture("untrusted-localhost.key"), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!certificate.isNull());
        QVERIFY(!key.isNull());

        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        QSslServer server;
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        int requestBytes = 0; // anything decrypted would count as "sent"
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket,
                    [&requestBytes, socket] { requestBytes += int(socket->readAll().size()); });
            }
        });

        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/v1.0").arg(server.serverPort())));
        client.setCredentials({QStringLiteral("DID-TEST"), QStringLiteral("secret-never-sent")});
        const CallResult result = waitFor(client.testConnection());
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::Tls);
        QVERIFY2(
            result.error->message.contains(QLatin1String("127.0.0.1")), qPrintable(result.error->message));
        QVERIFY(!result.error->message.contains(QLatin1String("secret-never-sent")));
        QCOMPARE(requestBytes, 0);
    }
};

QTEST_GUILESS_MAIN(TlsFailureTest)
#include "tst_tlsfailure.moc"
