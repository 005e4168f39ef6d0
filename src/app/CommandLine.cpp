#include "app/CommandLine.h"

#include "network/ApiEndpoints.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace nd {

bool asksOnlyForInformation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--help-all" || argument == "-?"
            || argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}

std::optional<StartupOptions> parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Change the status of customers' mobile numbers through the Telegent mPaaS API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
        QCoreApplication::translate("CommandLine",
            "Start the built-in sandbox on this computer and connect to it (training "
            "and demos; no real line is touched)."));
    const QCommandLineOption apiBaseOption(QStringLiteral("api-base"),
        QCoreApplication::translate("CommandLine",
            "Use this API server for this run only: a temporary profile whose AccountKey and AccountSecret "
            "are asked for and never saved (e.g. %1).")
            .arg(ApiEndpoints::defaultBaseUrl().toString()),
        QStringLiteral("URL"));
    const QCommandLineOption colourSchemeOption(QStringLiteral("colour-scheme"),
        QCoreApplication::translate("CommandLine",
            "Light or dark for this run only: system, light or dark (default: as chosen in Preferences)."),
        QStringLiteral("system|light|dark"));
    parser.addOption(sandboxOption);
    parser.addOption(apiBaseOption);
    parser.addOption(colourSchemeOption);
    parser.process(app);

    StartupOptions options;
    options.sandbox = parser.isSet(sandboxOption);
    if (parser.isSet(colourSchemeOption)) {
        options.colourScheme = colourSchemeFromSettingsValue(parser.value(colourSchemeOption));
        if (!options.colourScheme) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate(
                    "CommandLine", "--colour-scheme takes system, light or dark, not “%1”.")
                               .arg(parser.value(colourSchemeOption))));
            return std::nullopt;
        }
    }
    if (parser.isSet(apiBaseOption)) {
        if (options.sandbox) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate(
                    "CommandLine", "--sandbox and --api-base cannot be combined.")));
            return std::nullopt;
        }
        const QUrl url = QUrl::fromUserInput(parser.value(apiBaseOption));
        if (const auto problem = ApiEndpoints::problemWithBaseUrl(url)) {
            std::fprintf(stderr, "%s\n", qPrintable(*problem));
            return std::nullopt;
        }
        options.apiBase = url;
    }
    return options;
}

} // namespace nd
