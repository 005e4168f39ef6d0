// NumberDesk's entry point: parse the command line, start the in-process sandbox when asked, show
// the desk. Everything else lives in the libraries.

#include "app/CommandLine.h"
#include "gui/MainWindow.h"
#include "network/ApiClient.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QMessageBox>

#include <memory>

namespace {
Q_LOGGING_CATEGORY(lcApp, "numberdesk.app")
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("NumberDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("NumberDesk"));
    QApplication::setOrganizationName(QStringLiteral("NumberDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("numberdesk.invalid"));
    QApplication::setApplicationVersion(QStringLiteral(NUMBERDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("numberdesk"));

    const std::optional<nd::StartupOptions> options = nd::parseCommandLine(app);
    if (!options)
        return 2;

    nd::ApiClient client;
    std::unique_ptr<nd::sandbox::SandboxServer> sandbox;
    nd::MainWindow window(&client);

    if (options->sandbox) {
        sandbox = std::make_unique<nd::sandbox::SandboxServer>();
        if (!sandbox->start(0)) {
            QMessageBox::critical(nullptr, QObject::tr("NumberDesk"),
                                  QObject::tr("The built-in sandbox could not start: %1").arg(sandbox->errorString()));
            return 1;
        }
        qCInfo(lcApp) << "sandbox running at" << sandbox->baseUrl().toString();
        window.setSandboxBaseUrl(sandbox->baseUrl());
        window.setConnection(sandbox->baseUrl(), {sandbox->options().accountKey, sandbox->options().accountSecret});
    } else {
        window.setConnection(options->apiBase.value_or(nd::ApiEndpoints::defaultBaseUrl()), {});
    }
    window.show();
    // Production needs an account before anything can be sent: ask for it straight away.
    if (!options->sandbox)
        window.openConnectionDialog();
    return app.exec();
}
