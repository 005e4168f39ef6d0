#pragma once

// The strip at the top of the main window saying where the next request goes. The sandbox is an
// amber "SANDBOX — training" banner nobody can miss; production names the account and host plainly;
// no account yet says how to set one. Used by MainWindow whenever the connection changes.

#include <QString>
#include <QUrl>
#include <optional>

class QLabel;

namespace nd {

class ApiClient;

enum class ConnectionKind { Sandbox, Production, NotConfigured };

struct ConnectionSummary
{
    ConnectionKind kind = ConnectionKind::NotConfigured;
    QString text; // the banner's line
    QString windowTitle; // e.g. "NumberDesk — SANDBOX"
};

// `sandboxBaseUrl` is set in demo mode: a client pointed there is talking to the training server.
ConnectionSummary describeConnection(const ApiClient &client, const std::optional<QUrl> &sandboxBaseUrl);
void showConnectionBanner(QLabel *banner, const ConnectionSummary &summary);

// How the banner, the window title and the history name a server and the app.
QString hostAndPort(const QUrl &url); // "127.0.0.1:41234", or the host alone on the default port
QString appName();
QString sandboxBannerText(const QUrl &sandboxBaseUrl);

} // namespace nd
