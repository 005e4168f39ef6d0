// numberdesk-sandbox: runs the sandbox on 127.0.0.1 until killed. Its first line of output is the
// base URL (scripts and tests read it), then the credentials the sandbox accepts.

#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <optional>
#include <thread>

namespace {

std::optional<int> intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum)
        return std::nullopt;
    return value;
}

// The app that started us closes our stdin when it quits or dies; we leave with it. A blocking read
// on a thread of its own is the one way to notice that on every platform (pipes on Windows cannot be
// watched by QSocketNotifier). The thread is detached: process exit ends it mid-read.
void quitWhenStdinCloses(QCoreApplication &app)
{
    std::thread([&app] {
        char buffer[256];
        while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) { }
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    }).detach();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("numberdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NUMBERDESK_VERSION));

    nd::sandbox::SandboxOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "NumberDesk sandbox: a local stand-in for the numbers-status API, for training and testing."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("Port on 127.0.0.1 (0 = any free port)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption key(QStringLiteral("account-key"), QStringLiteral("Accepted AccountKey."),
        QStringLiteral("K"), options.accountKey);
    const QCommandLineOption secret(QStringLiteral("account-secret"),
        QStringLiteral("Accepted AccountSecret."), QStringLiteral("S"), options.accountSecret);
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"),
        QStringLiteral("Token lifetime in seconds."), QStringLiteral("SECONDS"),
        QString::number(options.tokenLifetimeSeconds));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
        QStringLiteral("Requests per minute before 429 (0 = unlimited)."), QStringLiteral("N"),
        QString::number(options.rateLimitPerMinute));
    const QCommandLineOption slow(QStringLiteral("slow-ms"),
        QStringLiteral("Delay of the SlowResponse magic number, in milliseconds."), QStringLiteral("MS"),
        QString::number(options.slowResponseMs));
    const QCommandLineOption exitWithStdin(QStringLiteral("exit-when-stdin-closes"),
        QStringLiteral(
            "Quit when standard input reaches its end (used by the app that starts the sandbox)."));
    parser.addOptions({port, key, secret, lifetime, rateLimit, slow, exitWithStdin});
    parser.process(app);

    const std::optional<int> portValue = intOption(parser, port, 0);
    const std::optional<int> lifetimeValue = intOption(parser, lifetime, 0);
    const std::optional<int> rateValue = intOption(parser, rateLimit, 0);
    const std::optional<int> slowValue = intOption(parser, slow, 0);
    if (!portValue || *portValue > 65535 || !lifetimeValue || !rateValue || !slowValue) {
        std::fprintf(stderr, "Invalid number in the options; see --help.\n");
        return 2;
    }
    options.accountKey = parser.value(key);
    options.accountSecret = parser.value(secret);
    options.tokenLifetimeSeconds = *lifetimeValue;
    options.rateLimitPerMinute = *rateValue;
    options.slowResponseMs = *slowValue;

    nd::sandbox::SandboxServer server(options);
    if (!server.start(quint16(*portValue))) {
        std::fprintf(
            stderr, "Cannot listen on 127.0.0.1:%d: %s\n", *portValue, qUtf8Printable(server.errorString()));
        return 1;
    }
    // Printing the sandbox's own made-up credentials is the point: staff type them into the app.
    std::printf("NumberDesk sandbox listening on %s\n", qUtf8Printable(server.baseUrl().toString()));
    std::printf("AccountKey: %s\n", qUtf8Printable(options.accountKey));
    std::printf("AccountSecret: %s\n", qUtf8Printable(options.accountSecret));
    std::fflush(stdout);
    if (parser.isSet(exitWithStdin))
        quitWhenStdinCloses(app);
    return app.exec();
}
