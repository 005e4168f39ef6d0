#pragma once

// Test helper: records every log message (all numberdesk categories enabled, debug included) so a
// test can assert that no secret was ever logged.

#include <QLoggingCategory>
#include <QStringList>
#include <QtGlobal>

class LogCapture final
{
public:
    LogCapture()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("numberdesk.*=true\nqt.network.*=true"));
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    static const QStringList &lines() { return s_lines; }
    static QString all() { return s_lines.join(QLatin1Char('\n')); }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        s_lines.append(
            QString::fromLatin1(context.category ? context.category : "") + QLatin1String(": ") + message);
    }

    QtMessageHandler m_previous = nullptr;
    static inline QStringList s_lines;
};
