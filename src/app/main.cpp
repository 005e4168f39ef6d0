// NumberDesk's entry point: parse the command line, set up profiles, secrets and the order journal,
// start the sandbox child process when it is needed, show the desk. Everything else lives in the
// libraries. The app never links the sandbox (Qt HTTP Server is GPLv3): it runs numberdesk-sandbox.

#include "app/CommandLine.h"
#include "app/FirstPaintReport.h"
#include "gui/MainWindow.h"
#include "gui/accounts/ProfileSwitcher.h"
#include "gui/common/AfterFirstPaint.h"
#include "gui/history/DeskJournal.h"
#include "i18n/AppTranslators.h"
#include "i18n/LanguageChoice.h"
#include "journal/OrderJournal.h"
#include "network/ApiClient.h"
#include "profiles/CredentialVault.h"
#include "profiles/ProfileStore.h"
#include "profiles/SandboxProcess.h"
#include "profiles/TeamJournalSettings.h"

#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {
Q_LOGGING_CATEGORY(lcApp, "numberdesk.app")

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("NumberDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("numberdesk.invalid"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NUMBERDESK_VERSION));
}

// Decoding the 256 px PNG costs about as much as painting the window: it is set once the window is
// up, and Qt passes it on to the windows already shown.
void setApplicationIcon()
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/numberdesk/numberdesk-256.png")));
}

// For bench_startup: the journal's background open is over (open, or its problem shown).
void reportWhenJournalSettles(nd::MainWindow &window, nd::FirstPaintReport *report)
{
    if (!report)
        return;
    nd::DeskJournal *journal = window.deskJournal();
    QObject::connect(journal, &nd::DeskJournal::stateChanged, report, [journal, report] {
        if (!journal->isOpening())
            report->journalSettled();
    });
}

// Where Preferences put the journal, under the agent's name. A team journal's password is not in the
// settings: DeskJournal reads it from the keychain (the window's journal secret store) before it
// connects, and a failed read is a problem it shows, so the desk never quietly uses the local file.
void openChosenJournal(nd::MainWindow &window)
{
    const nd::TeamJournalSettings chosen = nd::TeamJournalSettings::load(QSettings());
    window.openJournalInBackground(chosen.location(nd::OrderJournal::defaultPath()), chosen.identity());
}

} // namespace

int main(int argc, char *argv[])
{
    if (nd::asksOnlyForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        nd::parseCommandLine(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("NumberDesk"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.numberdesk.NumberDesk"));

    // Qt's own strings (dialog buttons) and ours, in the language the agent chose in Preferences, or
    // the system's when they chose none. Preferences switches it while running.
    nd::AppTranslators translators;
    translators.apply(nd::effectiveLanguage(QSettings()));

    const std::optional<nd::StartupOptions> options = nd::parseCommandLine(app);
    if (!options)
        return 2;

    // Before the first window: the saved light/dark choice, or this run's --colour-scheme.
    nd::applyColourScheme(options->colourScheme.value_or(nd::savedColourScheme()));

    nd::ApiClient client;
    QSettings settings;
    nd::ProfileStore profiles(&settings);
    nd::CredentialVault vault;
    nd::MainWindow window(&client);
    window.setTranslators(&translators);
    window.setJournalSecretStore(&vault);
    // For benchmarks/bench_startup: prints when the window is first painted and can answer input.
    nd::FirstPaintReport *report = qEnvironmentVariableIsSet("NUMBERDESK_REPORT_FIRST_PAINT")
        ? new nd::FirstPaintReport(&window)
        : nullptr;
    nd::SandboxProcess sandbox(nd::SandboxProcess::besideApplication());

    // The sandbox is started when --sandbox asks for it or the sandbox profile is chosen, after the
    // window is up. Its secret lives in the vault's session memory only.
    QObject::connect(&sandbox, &nd::SandboxProcess::ready, &window, [&](const nd::SandboxEndpoint &endpoint) {
        qCInfo(lcApp) << "sandbox running at" << endpoint.baseUrl.toString();
        if (window.profileSwitcher())
            window.profileSwitcher()->setSandboxProblem({});
        window.setSandboxBaseUrl(endpoint.baseUrl);
        vault.writeSecret(nd::ConnectionProfile::sandboxId(), endpoint.accountSecret, &window,
            [](const nd::SecretResult &) {});
        profiles.setSandboxConnection(endpoint.baseUrl, endpoint.accountKey);
    });
    QObject::connect(&sandbox, &nd::SandboxProcess::failed, &window, [&](const QString &reason) {
        // The banner says why and offers Restart sandbox; nothing goes to a dead port meanwhile.
        if (window.profileSwitcher())
            window.profileSwitcher()->setSandboxProblem(reason);
        profiles.setSandboxConnection({}, {});
    });
    // The child also leaves on its own when our end of its stdin closes, should we crash.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &sandbox, &nd::SandboxProcess::stop);

    // One connection path: --api-base is a profile too, for this run only (never saved; the saved
    // active profile is the one the next start opens). Set before the switcher exists, so it is applied,
    // and its account asked for, after the first paint like any other.
    if (options->apiBase) {
        if (const std::optional<QString> problem = profiles.useTemporaryProfile(*options->apiBase)) {
            std::fprintf(stderr, "%s\n", qPrintable(*problem));
            return 2;
        }
    }
    window.setAccounts(&profiles, &vault);
    // Asked for before the first paint (choosing the sandbox profile below), it starts after it: the
    // profile is applied again then, and asks again.
    bool windowUp = false;
    QObject::connect(window.profileSwitcher(), &nd::ProfileSwitcher::sandboxNeeded, &sandbox, [&] {
        if (windowUp)
            QTimer::singleShot(0, &sandbox, &nd::SandboxProcess::start);
    });
    if (options->sandbox)
        profiles.setActiveProfile(nd::ConnectionProfile::sandboxId());
    window.show();
    // Nothing the first paint does not need runs before it (issue #13): the journal's check (on a
    // worker thread, and it grows with the file), the sandbox child, the keychain and the dialogs wait
    // until the window has been painted (benchmarks/bench_startup measures this).
    const bool firstRun = !options->sandbox && !options->apiBase && profiles.isFirstRun();
    nd::runAfterFirstPaint(&window, [&window, &windowUp, firstRun, report] {
        windowUp = true;
        setApplicationIcon();
        // The journal first: its messages say whether anything can be sent at all. The first-run
        // dialog waits for them.
        openChosenJournal(window);
        reportWhenJournalSettles(window, report);
        if (firstRun)
            window.showFirstRun();
        else
            window.profileSwitcher()->applyActiveProfile();
    });
    return app.exec();
}
