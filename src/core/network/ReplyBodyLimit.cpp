#include "network/ReplyBodyLimit.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <utility>

namespace nd {
namespace {
Q_LOGGING_CATEGORY(lcLimit, "numberdesk.core.bodylimit")
}

ReplyBodyLimit::ReplyBodyLimit(QNetworkReply *reply, qint64 maxBytes)
    : QObject(reply), m_reply(reply), m_maxBytes(maxBytes)
{
    connect(reply, &QNetworkReply::metaDataChanged, this, &ReplyBodyLimit::checkDeclaredLength);
    connect(reply, &QNetworkReply::readyRead, this, &ReplyBodyLimit::readAvailable);
}

QByteArray ReplyBodyLimit::takeBody()
{
    if (m_exceeded)
        return {};
    readAvailable();
    return std::exchange(m_body, QByteArray());
}

QString ReplyBodyLimit::describe(qint64 bytes)
{
    // In the user's locale ("4 MiB", "4 Mio" in French); whole units, as the limits are.
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

void ReplyBodyLimit::checkDeclaredLength()
{
    if (m_exceeded || !m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBytes)
        stop(); // before a single byte of it is read
}

void ReplyBodyLimit::readAvailable()
{
    if (m_exceeded || !m_reply)
        return;
    m_body += m_reply->read(m_maxBytes + 1 - m_body.size());
    if (m_body.size() > m_maxBytes)
        stop();
}

void ReplyBodyLimit::stop()
{
    m_exceeded = true;
    m_body.clear();
    qCWarning(lcLimit) << "answer larger than" << m_maxBytes << "bytes - stopped reading it";
    // Emits finished: the owner sees exceeded() and says why.
    m_reply->abort();
}

} // namespace nd
