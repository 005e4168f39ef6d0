#pragma once

// What the user asked for on the command line. --version and --help are answered by
// QCommandLineParser itself (it prints and exits).

#include "gui/common/ColourScheme.h"

#include <QString>
#include <QUrl>
#include <optional>

class QCoreApplication;

namespace nd {

struct StartupOptions
{
    bool sandbox = false; // start the sandbox child process and connect to it
    std::optional<QUrl> apiBase; // a temporary profile for this run (ProfileStore::useTemporaryProfile)
    std::optional<ColourScheme> colourScheme; // this run only; the saved choice is left as it is
};

// --help or --version: answered without a display (no QApplication, so no platform plugin is needed).
bool asksOnlyForInformation(int argc, char **argv);

// On a usage error, prints it to stderr and returns nullopt (the caller exits with status 2).
std::optional<StartupOptions> parseCommandLine(const QCoreApplication &app);

} // namespace nd
