#include "gui/common/ConnectionBanner.h"

#include "gui/common/DeskColours.h"
#include "gui/common/PaletteFollower.h"
#include "network/ApiClient.h"

#include <QCoreApplication>
#include <QLabel>

namespace nd {

QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QString appName()
{
    return QCoreApplication::applicationName().isEmpty() ? QStringLiteral("NumberDesk")
                                                         : QCoreApplication::applicationName();
}

QString sandboxBannerText(const QUrl &sandboxBaseUrl)
{
    return QCoreApplication::translate("ConnectionBanner",
        "SANDBOX — training server on this computer (%1). Nothing sent here touches a real customer's line.")
        .arg(hostAndPort(sandboxBaseUrl));
}

ConnectionSummary describeConnection(const ApiClient &client, const std::optional<QUrl> &sandboxBaseUrl)
{
    const QUrl base = client.baseUrl();
    const QString app = appName();
    if (sandboxBaseUrl && base == *sandboxBaseUrl) {
        return {ConnectionKind::Sandbox, sandboxBannerText(base),
            QCoreApplication::translate("ConnectionBanner", "%1 — SANDBOX").arg(app)};
    }
    if (client.accountKey().trimmed().isEmpty() || client.configurationProblem()) {
        return {ConnectionKind::NotConfigured,
            QCoreApplication::translate("ConnectionBanner",
                "Not connected — server %1, no account set. Choose a profile under File → Accounts…")
                .arg(hostAndPort(base)),
            QCoreApplication::translate("ConnectionBanner", "%1 — not connected").arg(app)};
    }
    return {ConnectionKind::Production,
        QCoreApplication::translate(
            "ConnectionBanner", "Production — account %1 at %2. Requests change real customers' lines.")
            .arg(client.accountKey(), hostAndPort(base)),
        QCoreApplication::translate("ConnectionBanner", "%1 — %2").arg(app, client.accountKey())};
}

void showConnectionBanner(QLabel *banner, const ConnectionSummary &summary)
{
    banner->setText(summary.text);
    banner->setAccessibleDescription(summary.text);
    switch (summary.kind) {
    case ConnectionKind::Sandbox:
        banner->setProperty("connectionKind", QStringLiteral("sandbox"));
        break;
    case ConnectionKind::Production:
        banner->setProperty("connectionKind", QStringLiteral("production"));
        break;
    case ConnectionKind::NotConfigured:
        banner->setProperty("connectionKind", QStringLiteral("none"));
        break;
    }
    // Stylesheets only here: the banner must look the same on every platform style, and be rebuilt
    // from the new palette when the theme changes (a style sheet pins its colours).
    PaletteFollower::followStyleSheet(banner, [kind = summary.kind](const DeskColours &colours) {
        switch (kind) {
        case ConnectionKind::Sandbox: {
            const Swatch amber = colours.sandboxBanner();
            return QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold;"
                                  " padding: 8px 10px; border: 2px solid %3; border-radius: 3px; }")
                .arg(amber.background.name(), amber.foreground.name(), amber.border.name());
        }
        case ConnectionKind::Production:
            return QStringLiteral("QLabel { padding: 8px 10px; border: 1px solid palette(mid);"
                                  " border-radius: 3px; font-weight: bold; }");
        case ConnectionKind::NotConfigured:
            break;
        }
        return QStringLiteral("QLabel { padding: 8px 10px; border: 1px dashed palette(mid);"
                              " border-radius: 3px; }");
    });
}

} // namespace nd
