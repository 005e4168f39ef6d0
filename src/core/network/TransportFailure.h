#pragma once

// Turns a QNetworkReply that ended without an HTTP answer into an ApiError that tells the user what
// happened and, above all, whether the server may have acted on a status change.

#include "response/ApiError.h"

#include <QNetworkReply>
#include <QSslError>

namespace nd {

struct TransportContext
{
    bool requestFullySent = false; // QNetworkReply::requestSent was emitted
    bool sslErrorsSeen = false;
    QString sslErrorText; // certificate problems, joined; contains no secrets

    void noteSslErrors(const QList<QSslError> &errors);
};

ApiError transportFailure(QNetworkReply::NetworkError error, const QString &errorString, const QString &host,
    const TransportContext &context);

// True when this error means the transfer timeout fired (Qt reports it either way).
bool isTimeout(QNetworkReply::NetworkError error);

} // namespace nd
