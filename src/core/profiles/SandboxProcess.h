#pragma once

// Runs the training sandbox as a child process for the app's demo mode: `numberdesk-sandbox --port 0`,
// installed next to the app. The sandbox links Qt HTTP Server (GPLv3), which is why it is a separate
// executable and never part of the app's binary.
//
// start() returns at once; the child reports its base URL and credentials on its first lines, and
// ready() or failed() follows. The child also watches its stdin and exits when the app's end of the
// pipe closes, so it cannot outlive an app that crashed. Used by src/app/main.cpp.

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <optional>

namespace nd {

struct SandboxEndpoint
{
    QUrl baseUrl; // http://127.0.0.1:PORT/v1.0
    QString accountKey;
    QString accountSecret; // the sandbox's own made-up secret, not a customer's
};

class SandboxProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxProcess)

public:
    explicit SandboxProcess(QString program, QObject *parent = nullptr);
    ~SandboxProcess() override; // stops the child

    // Where the installed (or built) sandbox sits: beside the app, or beside a macOS bundle in a build tree.
    static QString besideApplication();

    void start(); // no-op while starting or running
    void stop();
    bool isRunning() const { return m_endpoint.has_value(); }
    bool isStarting() const { return m_process.state() != QProcess::NotRunning && !m_endpoint; }
    std::optional<SandboxEndpoint> endpoint() const { return m_endpoint; }
    qint64 processId() const { return m_process.processId(); }
    void setStartTimeout(int milliseconds) { m_startTimer.setInterval(milliseconds); }

signals:
    void ready(const nd::SandboxEndpoint &endpoint);
    // It could not start, or it stopped on its own; `reason` is a full sentence for the banner.
    void failed(const QString &reason);

private:
    void readAnnouncement();
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &reason);

    QString m_program;
    QProcess m_process;
    QTimer m_startTimer;
    QByteArray m_announcement; // the first lines, until the secret has been read
    std::optional<SandboxEndpoint> m_endpoint;
    bool m_stopping = false;
};

} // namespace nd

Q_DECLARE_METATYPE(nd::SandboxEndpoint)
