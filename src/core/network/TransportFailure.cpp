#include "network/TransportFailure.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nd {
namespace {

// Qt's error strings can quote the URL; QR URLs are secrets, so no URL ever reaches a message.
QString withoutUrls(QString text)
{
    static const QRegularExpression url(QStringLiteral("[a-zA-Z][a-zA-Z0-9+.-]*://\\S+"));
    return text.replace(url, QStringLiteral("<address>"));
}

// Qt words a refused resend as "Unknown error"; say what actually happened.
QString describeBreak(QNetworkReply::NetworkError error, const QString &errorString)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        return QCoreApplication::translate("TransportFailure", "the server closed the connection");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QCoreApplication::translate("TransportFailure", "the network connection was lost");
    default:
        return errorString;
    }
}

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::InsecureRedirectError;
}

} // namespace

void TransportContext::noteSslErrors(const QList<QSslError> &errors)
{
    sslErrorsSeen = true;
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    sslErrorText = texts.join(QStringLiteral("; "));
}

bool isTimeout(QNetworkReply::NetworkError error)
{
    // The transfer timeout aborts the reply; depending on the backend Qt reports that as a timeout or as
    // a cancellation. User-initiated cancellation never reaches here (ApiCall handles it first).
    return error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError;
}

ApiError transportFailure(QNetworkReply::NetworkError error, const QString &rawErrorString,
    const QString &host, const TransportContext &context)
{
    const QString errorString = withoutUrls(rawErrorString);
    ApiError result;
    if (context.sslErrorsSeen || isTlsError(error)) {
        result.kind = ApiError::Kind::Tls;
        result.title = QCoreApplication::translate("TransportFailure", "Secure connection failed");
        result.message = QCoreApplication::translate("TransportFailure",
            "The secure (TLS) connection to %1 could not be established: %2. Nothing was "
            "sent. Check the computer's date and time and whether a proxy or security "
            "software intercepts HTTPS; NumberDesk never ignores certificate problems.")
                             .arg(host, context.sslErrorText.isEmpty() ? errorString : context.sslErrorText);
        return result;
    }
    if (context.requestFullySent) {
        // The server has the request. Whether it acted is unknowable from here: resending could cancel
        // or swap a line twice, so the user must look the numbers up instead.
        result.kind = ApiError::Kind::OutcomeUnknown;
        result.title = QCoreApplication::translate("TransportFailure", "Outcome unknown");
        result.message = isTimeout(error)
            ? QCoreApplication::translate("TransportFailure",
                "The request reached %1 but no answer came in time. The change may or may not have been "
                "made: do not resend blindly; check the numbers' status or look the order up first.")
                  .arg(host)
            : QCoreApplication::translate("TransportFailure",
                "The request reached %1 but the connection broke before the answer (%2). The change may or "
                "may not have been made: do not resend blindly; check the numbers' status or look the order "
                "up first.")
                  .arg(host, describeBreak(error, errorString));
        return result;
    }
    if (isTimeout(error)) {
        result.kind = ApiError::Kind::Timeout;
        result.title = QCoreApplication::translate("TransportFailure", "No answer in time");
        result.message = QCoreApplication::translate("TransportFailure",
            "%1 did not answer in time and the request was not sent completely, so nothing was "
            "changed. Check the network connection and try again.")
                             .arg(host);
        return result;
    }
    result.kind = ApiError::Kind::Network;
    result.title = QCoreApplication::translate("TransportFailure", "Could not reach the server");
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        result.message = QCoreApplication::translate("TransportFailure",
            "The server name %1 could not be found. Check the API address and the network "
            "connection. Nothing was sent.")
                             .arg(host);
        break;
    case QNetworkReply::ConnectionRefusedError:
        result.message = QCoreApplication::translate("TransportFailure",
            "%1 refused the connection. The service may be down or the API address wrong. "
            "Nothing was sent.")
                             .arg(host);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        result.message = QCoreApplication::translate(
            "TransportFailure", "The network proxy failed (%1). Nothing was sent; check the proxy settings.")
                             .arg(errorString);
        break;
    default:
        result.message = QCoreApplication::translate("TransportFailure",
            "The connection to %1 failed before the request was sent (%2). Nothing was "
            "changed; check the network connection and try again.")
                             .arg(host, errorString);
        break;
    }
    return result;
}

} // namespace nd
