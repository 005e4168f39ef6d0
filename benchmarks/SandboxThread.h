#pragma once

// The sandbox in a thread of its own, for the benchmarks that drive the desk against it: the stalls
// they measure are then the desk's, not the fake server's (checking numbers and rendering QR codes is
// the real server's work, on another machine). The server is created and destroyed on that thread.

#include "sandbox/SandboxServer.h"

#include <QThread>
#include <cstdio>
#include <memory>

namespace nd::bench {

class SandboxThread final
{
public:
    SandboxThread() { m_thread.start(); }
    ~SandboxThread()
    {
        QMetaObject::invokeMethod(
            m_home, [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_home;
    }
    Q_DISABLE_COPY_MOVE(SandboxThread)

    // False (and a line on stderr) when the server did not start.
    bool start(const sandbox::SandboxOptions &options)
    {
        m_options = options;
        bool started = false;
        QMetaObject::invokeMethod(
            m_home,
            [&] {
                m_server = std::make_unique<sandbox::SandboxServer>(options);
                started = m_server->start(0);
            },
            Qt::BlockingQueuedConnection);
        if (!started)
            std::fprintf(stderr, "sandbox did not start\n");
        return started;
    }
    QUrl baseUrl() const { return m_server ? m_server->baseUrl() : QUrl(); }
    const sandbox::SandboxOptions &options() const { return m_options; }

private:
    QThread m_thread;
    QObject *m_home = [this] { // lives on m_thread: what runs through it runs there
        auto *home = new QObject;
        home->moveToThread(&m_thread);
        return home;
    }();
    std::unique_ptr<sandbox::SandboxServer> m_server;
    sandbox::SandboxOptions m_options;
};

} // namespace nd::bench
