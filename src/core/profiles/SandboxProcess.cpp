#include "profiles/SandboxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcSandboxProcess, "numberdesk.sandboxprocess")

constexpr int DefaultStartTimeoutMs = 15000;
constexpr int StopGraceMs = 3000;
// More than the announcement can ever be: a child that prints this much without it is not our sandbox.
constexpr int MaxAnnouncementBytes = 4096;

QString executableName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("numberdesk-sandbox.exe");
#else
    return QStringLiteral("numberdesk-sandbox");
#endif
}

QString valueAfter(const QList<QByteArray> &lines, const QByteArray &label)
{
    for (const QByteArray &line : lines) {
        if (line.startsWith(label))
            return QString::fromUtf8(line.mid(label.size()).trimmed());
    }
    return {};
}

} // namespace

SandboxProcess::SandboxProcess(QString program, QObject *parent)
    : QObject(parent), m_program(std::move(program))
{
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(DefaultStartTimeoutMs);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("The training sandbox did not report its address within %n second(s).", nullptr,
            m_startTimer.interval() / 1000));
    });
    // Its log (stderr) stays with the sandbox: the app's own log must not fill with its lines.
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(QProcess::nullDevice());
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readAnnouncement);
    connect(&m_process, &QProcess::errorOccurred, this, &SandboxProcess::onErrorOccurred);
    connect(&m_process, &QProcess::finished, this, &SandboxProcess::onFinished);
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::besideApplication()
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    QString beside = appDir.filePath(executableName());
#ifdef Q_OS_MACOS
    // In a build tree the bundle is numberdesk.app/Contents/MacOS and the sandbox sits beside the bundle.
    if (!QFileInfo::exists(beside))
        return QDir::cleanPath(appDir.filePath(QStringLiteral("../../../") + executableName()));
#endif
    return beside;
}

void SandboxProcess::start()
{
    if (m_process.state() != QProcess::NotRunning)
        return;
    m_endpoint.reset();
    m_announcement.clear();
    m_stopping = false;
    if (!QFileInfo(m_program).isExecutable()) {
        fail(tr("The training sandbox is not installed: %1 was not found. Reinstall NumberDesk, or use an "
                "account instead.")
                 .arg(QDir::toNativeSeparators(m_program)));
        return;
    }
    qCInfo(lcSandboxProcess).noquote() << "starting" << m_program;
    m_startTimer.start();
    m_process.start(m_program,
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--exit-when-stdin-closes")});
}

void SandboxProcess::stop()
{
    m_startTimer.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    // Closing stdin asks the sandbox to leave (it watches for that on every platform); terminate()
    // is the second request, kill() the last.
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(StopGraceMs)) {
        m_process.terminate();
        if (!m_process.waitForFinished(StopGraceMs))
            m_process.kill();
    }
    m_process.waitForFinished(StopGraceMs);
    m_endpoint.reset();
}

void SandboxProcess::readAnnouncement()
{
    if (m_endpoint) {
        m_process.readAllStandardOutput(); // later output is not ours to keep
        return;
    }
    m_announcement += m_process.readAllStandardOutput();
    const QList<QByteArray> lines = m_announcement.split('\n');
    // Complete lines only: the last element is what follows the last newline.
    const QList<QByteArray> complete = lines.mid(0, lines.size() - 1);
    if (!complete.isEmpty()) {
        const QByteArray first = complete.first().trimmed();
        const int at = first.indexOf("http://");
        const QUrl baseUrl = at < 0 ? QUrl() : QUrl(QString::fromUtf8(first.mid(at)), QUrl::StrictMode);
        if (!baseUrl.isValid() || baseUrl.host() != QLatin1String("127.0.0.1") || baseUrl.port() <= 0) {
            fail(tr("The training sandbox started but did not report a usable address."));
            return;
        }
        const QString key = valueAfter(complete, "AccountKey:");
        const QString secret = valueAfter(complete, "AccountSecret:");
        if (!key.isEmpty() && !secret.isEmpty()) {
            m_startTimer.stop();
            m_announcement.clear();
            m_endpoint = SandboxEndpoint {baseUrl, key, secret};
            qCInfo(lcSandboxProcess).noquote() << "sandbox ready at" << baseUrl.toString();
            emit ready(*m_endpoint);
            return;
        }
    }
    if (m_announcement.size() > MaxAnnouncementBytes)
        fail(tr("The training sandbox started but did not report a usable address."));
}

void SandboxProcess::onErrorOccurred(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart)
        fail(tr("The training sandbox could not be started: %1").arg(m_process.errorString()));
    // Crashes and exits arrive through finished().
}

void SandboxProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_startTimer.stop();
    const bool wasRunning = m_endpoint.has_value();
    m_endpoint.reset();
    if (m_stopping)
        return;
    qCWarning(lcSandboxProcess) << "sandbox ended: exit code" << exitCode << "crashed"
                                << (status == QProcess::CrashExit);
    const QString how
        = status == QProcess::CrashExit ? tr("it crashed") : tr("it exited with code %1").arg(exitCode);
    emit failed(wasRunning ? tr("The training sandbox stopped unexpectedly (%1).").arg(how)
                           : tr("The training sandbox could not start (%1).").arg(how));
}

void SandboxProcess::fail(const QString &reason)
{
    qCWarning(lcSandboxProcess).noquote() << reason;
    if (m_process.state() != QProcess::NotRunning) {
        m_stopping = true; // our own stop: finished() must not report a second failure
        m_process.kill();
        m_process.waitForFinished(StopGraceMs);
    }
    m_startTimer.stop();
    m_endpoint.reset();
    emit failed(reason);
}

} // namespace nd
