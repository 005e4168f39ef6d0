#pragma once

// The eSIM QR codes the sandbox has issued: a random id per code, served as a PNG at
// /sandbox-qr/<id>.png without a token (the QR host is not the API host). Also remembers which
// codes must misbehave (the QrNotFound / QrNotAnImage / QrOversized magic numbers).
// Used by StatusChangeHandler (issue) and SandboxServer (serve, activationCodeForQrUrl).

#include "sandbox/BoundedHash.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

namespace nd::sandbox {

enum class QrBehaviour { Png, NotFound, NotAnImage, Oversized };

struct QrEntry
{
    QString activationCode;
    QrBehaviour behaviour = QrBehaviour::Png;
};

class QrImageStore final
{
public:
    static constexpr char PathPrefix[] = "/sandbox-qr/";
    static constexpr qint64 OversizedBytes = 30 * 1024 * 1024;

    explicit QrImageStore(int maxCodes) : m_entries(maxCodes) { } // beyond it the oldest answer 404

    // Makes a new activation code and returns its URL under serverRoot ("http://127.0.0.1:PORT").
    QUrl issue(const QUrl &serverRoot, QrBehaviour behaviour);
    std::optional<QrEntry> entryForPath(const QString &path) const;
    int size() const { return int(m_entries.size()); }

    static QString newActivationCode();
    static QByteArray renderPng(const QString &activationCode);

private:
    BoundedHash<QString, QrEntry> m_entries; // id (32 hex) -> entry
};

} // namespace nd::sandbox
