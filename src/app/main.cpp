// NumberDesk's entry point: parse the command line, set up profiles, secrets and the order journal,
// start the in-process sandbox when it is needed, show the desk. Everything else lives in the libraries.

#include "app/CommandLine.h"
#include "gui/MainWindow.h"
#include "gui/accounts/ProfileSwitcher.h"
#include "journal/OrderJournal.h"
#include "network/ApiClient.h"
#include "profiles/CredentialVault.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>
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
    QApplication::setDesktopFileName(QStringLiteral("io.github.numberdesk.NumberDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/numberdesk/numberdesk-256.png")));

    // Qt's own strings (dialog buttons) and ours, in the user's language where a catalogue exists.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("numberdesk"), QStringLiteral("_"),
            QStringLiteral(":/numberdesk/i18n")))
        QApplication::installTranslator(&appTranslator);

    const std::optional<nd::StartupOptions> options = nd::parseCommandLine(app);
    if (!options)
        return 2;

    nd::ApiClient client;
    QSettings settings;
    nd::ProfileStore profiles(&settings);
    nd::CredentialVault vault;
    std::unique_ptr<nd::sandbox::SandboxServer> sandbox;
    nd::MainWindow window(&client);

    // The sandbox runs in-process on loopback, started once when --sandbox asks for it or the sandbox
    // profile is chosen. Its secret lives in the vault's session memory only.
    const auto startSandbox = [&]() -> std::optional<QString> {
        if (sandbox)
            return std::nullopt;
        auto server = std::make_unique<nd::sandbox::SandboxServer>();
        if (!server->start(0))
            return QObject::tr("The built-in sandbox could not start: %1").arg(server->errorString());
        sandbox = std::move(server);
        qCInfo(lcApp) << "sandbox running at" << sandbox->baseUrl().toString();
        window.setSandboxBaseUrl(sandbox->baseUrl());
        vault.writeSecret(nd::ConnectionProfile::sandboxId(), sandbox->options().accountSecret, &window,
            [](const nd::SecretResult &) {});
        profiles.setSandboxConnection(sandbox->baseUrl(), sandbox->options().accountKey);
        return std::nullopt;
    };

    if (options->apiBase) {
        // An explicit server overrides the profiles: a session connection, as before profiles existed.
        window.setConnection(*options->apiBase, {});
        window.show();
        window.openJournal(nd::OrderJournal::defaultPath());
        window.openConnectionDialog();
        return app.exec();
    }

    window.setAccounts(&profiles, &vault);
    QObject::connect(window.profileSwitcher(), &nd::ProfileSwitcher::sandboxNeeded, &window, [&] {
        if (const std::optional<QString> problem = startSandbox()) {
            auto *box = new QMessageBox(
                QMessageBox::Critical, QObject::tr("NumberDesk"), *problem, QMessageBox::Ok, &window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    if (options->sandbox) {
        if (const std::optional<QString> problem = startSandbox()) {
            QMessageBox::critical(nullptr, QObject::tr("NumberDesk"), *problem);
            return 1;
        }
        profiles.setActiveProfile(nd::ConnectionProfile::sandboxId());
    }
    window.show();
    // The journal first: its messages say whether anything can be sent at all.
    window.openJournal(nd::OrderJournal::defaultPath());
    if (!options->sandbox && profiles.isFirstRun())
        window.showFirstRun();
    else
        window.profileSwitcher()->applyActiveProfile();
    return app.exec();
}
