#include "FloorClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace nd::bench {

namespace {

// Every string value of `key` in a JSON text, without a JSON parser: a byte search for "key", then
// the colon and the quoted value (the sandbox indents its answers). Tokens and URLs hold no escapes
// but, possibly, '/'. Enough for the floor, which must not spend what the desk spends on parsing.
QList<QByteArray> valuesOf(const QByteArray &json, const QByteArray &key)
{
    QList<QByteArray> values;
    const QByteArray needle = '"' + key + '"';
    const auto skipSpaces = [&json](qsizetype at) {
        while (at < json.size()
            && (json.at(at) == ' ' || json.at(at) == '\n' || json.at(at) == '\r' || json.at(at) == '\t'))
            ++at;
        return at;
    };
    for (qsizetype at = json.indexOf(needle); at >= 0; at = json.indexOf(needle, at)) {
        at = skipSpaces(at + needle.size());
        if (at >= json.size() || json.at(at) != ':')
            continue;
        at = skipSpaces(at + 1);
        if (at >= json.size() || json.at(at) != '"')
            continue;
        const qsizetype end = json.indexOf('"', at + 1);
        if (end < 0)
            break;
        QByteArray value = json.mid(at + 1, end - at - 1);
        if (value.contains('\\'))
            value.replace("\\/", "/");
        values.append(value);
        at = end + 1;
    }
    return values;
}

class Floor final
{
public:
    Floor(const FloorTarget &target, int parallel) : m_target(target), m_parallel(qMax(1, parallel)) { }

    FloorRun run(const QByteArray &statusBody, int timeoutMs)
    {
        QTimer::singleShot(timeoutMs, &m_loop, [this] { stop(QStringLiteral("gave up")); });
        m_clock.start();
        QNetworkRequest tokenRequest(m_target.tokenUrl);
        tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *tokenReply = m_network.post(tokenRequest, m_target.tokenBody);
        QObject::connect(tokenReply, &QNetworkReply::finished, &m_loop, [this, tokenReply, statusBody] {
            tokenReply->deleteLater();
            const QByteArray answer = tokenReply->readAll();
            const QList<QByteArray> token = valuesOf(answer, "token");
            if (token.isEmpty())
                return stop(QStringLiteral("no token in the answer"));
            post(token.first(), statusBody);
        });
        m_loop.exec();
        return m_result;
    }

private:
    void post(const QByteArray &token, const QByteArray &statusBody)
    {
        QNetworkRequest request(m_target.statusUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + token);
        QNetworkReply *reply = m_network.post(request, statusBody);
        QObject::connect(reply, &QNetworkReply::finished, &m_loop, [this, reply] {
            reply->deleteLater();
            const QByteArray body = reply->readAll();
            m_result.postMs = elapsedMs();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                return stop(QStringLiteral("status change answered %1")
                                .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()));
            m_urls = valuesOf(body, "QrCode");
            if (m_urls.isEmpty())
                return stop(QStringLiteral("no QR code URLs in the answer"));
            startDownloads();
        });
    }

    void startDownloads()
    {
        while (m_active < m_parallel && m_next < m_urls.size()) {
            QNetworkReply *reply = m_network.get(QNetworkRequest(QUrl::fromEncoded(m_urls.at(m_next++))));
            ++m_active;
            ++m_result.downloads;
            m_result.peakParallel = qMax(m_result.peakParallel, m_active);
            // The bytes are read (as the desk must) and dropped.
            QObject::connect(reply, &QNetworkReply::readyRead, &m_loop, [reply] { reply->readAll(); });
            QObject::connect(reply, &QNetworkReply::finished, &m_loop, [this, reply] {
                reply->readAll();
                reply->deleteLater();
                --m_active;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    m_result.problem = QStringLiteral("a QR image failed");
                if (++m_finished == m_urls.size()) {
                    m_result.allMs = elapsedMs();
                    m_loop.quit();
                    return;
                }
                startDownloads();
            });
        }
    }

    double elapsedMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }

    void stop(const QString &problem)
    {
        m_result.problem = problem;
        m_loop.quit();
    }

    const FloorTarget &m_target;
    const int m_parallel;
    QNetworkAccessManager m_network;
    QEventLoop m_loop;
    QElapsedTimer m_clock;
    QList<QByteArray> m_urls;
    qsizetype m_next = 0;
    int m_active = 0;
    int m_finished = 0;
    FloorRun m_result;
};

} // namespace

FloorRun runFloor(const FloorTarget &target, const QByteArray &statusBody, int parallel, int timeoutMs)
{
    Floor floor(target, parallel);
    return floor.run(statusBody, timeoutMs);
}

} // namespace nd::bench
