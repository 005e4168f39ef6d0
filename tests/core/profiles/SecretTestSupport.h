#pragma once

// Helpers for the profile and credential tests: capture every log message with all numberdesk.*
// categories switched on, wait for a SecretStore's answer, and search files for a secret's bytes.

#include "profiles/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>
#include <QTest>
#include <functional>
#include <optional>

namespace nd::test {

// While alive, records every message (all numberdesk.* levels enabled, whatever QT_LOGGING_RULES says).
class LogCapture final
{
public:
    LogCapture()
    {
        s_instance = this;
        m_previousHandler = qInstallMessageHandler(&LogCapture::handle);
        s_previousFilter = QLoggingCategory::installFilter(&LogCapture::filter);
    }
    ~LogCapture()
    {
        QLoggingCategory::installFilter(s_previousFilter);
        qInstallMessageHandler(m_previousHandler);
        s_instance = nullptr;
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList messages() const
    {
        QMutexLocker lock(&m_mutex);
        return m_messages;
    }
    QStringList messagesContaining(const QString &text) const { return messages().filter(text); }

private:
    static void filter(QLoggingCategory *category)
    {
        if (s_previousFilter)
            s_previousFilter(category);
        if (qstrncmp(category->categoryName(), "numberdesk.", 11) == 0) {
            for (QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
                category->setEnabled(type, true);
        }
    }
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (!s_instance)
            return;
        {
            QMutexLocker lock(&s_instance->m_mutex);
            s_instance->m_messages.append(
                QLatin1String(context.category ? context.category : "") + QLatin1String(": ") + message);
        }
        // Still shown in the test output, which helps when a test fails.
        if (s_instance->m_previousHandler)
            s_instance->m_previousHandler(type, context, message);
    }

    inline static LogCapture *s_instance = nullptr;
    inline static QLoggingCategory::CategoryFilter s_previousFilter = nullptr;
    QtMessageHandler m_previousHandler = nullptr;
    mutable QMutex m_mutex;
    QStringList m_messages;
};

// Starts one SecretStore operation and waits (event loop, bounded) for its answer.
using SecretOperation = std::function<void(QObject *context, SecretCallback done)>;
inline std::optional<SecretResult> waitForResult(const SecretOperation &operation, int timeoutMs = 30000)
{
    QObject context;
    std::optional<SecretResult> answer;
    operation(&context, [&answer](const SecretResult &result) { answer = result; });
    // Past the timeout the caller sees nullopt and fails.
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs))
        return std::nullopt;
    return answer;
}

// Files under `root` whose bytes contain the secret as UTF-8 or UTF-16 (either byte order).
inline QStringList filesContaining(const QString &root, const QString &secret)
{
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    QByteArray utf16Swapped = utf16;
    for (qsizetype i = 0; i + 1 < utf16Swapped.size(); i += 2)
        std::swap(utf16Swapped[i], utf16Swapped[i + 1]);
    const QList<QByteArray> needles {secret.toUtf8(), utf16, utf16Swapped};

    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle)) {
                hits.append(path);
                break;
            }
        }
    }
    return hits;
}

} // namespace nd::test
