#pragma once

// Tells a screen reader what just changed when the change is not where the keyboard focus is: a send's
// outcome, an error box, why Send is disabled, where the next request goes. Colour and position say it
// to a sighted agent; this says it in words. The last announcement is kept (and signalled) so tests can
// check what would have been heard.

#include <QObject>
#include <QString>

class QWidget;

namespace nd {

class Announcer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Announcer)

public:
    // Polite waits until the screen reader has finished speaking; Assertive interrupts it (errors).
    enum class Urgency { Polite, Assertive };
    Q_ENUM(Urgency)

    // The application's one announcer (owned by the application object).
    static Announcer *instance();

    // Speaks `text` on behalf of `source`, the widget that shows it. Empty texts are not announced.
    static void announce(QWidget *source, const QString &text, Urgency urgency = Urgency::Polite);

    QString lastAnnouncement() const { return m_last; }

signals:
    void announced(QWidget *source, const QString &text, nd::Announcer::Urgency urgency);

private:
    explicit Announcer(QObject *parent);
    void send(QWidget *source, const QString &text, Urgency urgency);

    QString m_last;
};

} // namespace nd
