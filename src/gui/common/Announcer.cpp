#include "gui/common/Announcer.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QWidget>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcAnnounce, "numberdesk.gui.announcer")
}

Announcer::Announcer(QObject *parent) : QObject(parent) { }

Announcer *Announcer::instance()
{
    static Announcer *announcer = nullptr;
    if (!announcer) {
        announcer = new Announcer(QCoreApplication::instance());
        // The application object may be replaced (tests): forget the one it takes with it.
        connect(announcer, &QObject::destroyed, announcer, [] { announcer = nullptr; });
    }
    return announcer;
}

void Announcer::announce(QWidget *source, const QString &text, Urgency urgency)
{
    if (text.trimmed().isEmpty() || !source)
        return;
    instance()->send(source, text, urgency);
}

void Announcer::send(QWidget *source, const QString &text, Urgency urgency)
{
    m_last = text;
    qCDebug(lcAnnounce) << "announcing from" << source->objectName();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent event(source, text);
    event.setPoliteness(urgency == Urgency::Assertive ? QAccessible::AnnouncementPoliteness::Assertive
                                                      : QAccessible::AnnouncementPoliteness::Polite);
    QAccessible::updateAccessibility(&event);
#else
    // Before Qt 6.8 there is no announcement event: the words go into the description of the widget
    // that shows them (a status widget, never an input whose description explains it), and an alert
    // on that widget makes screen readers read it out.
    source->setAccessibleDescription(text); // also sends DescriptionChanged
    QAccessibleEvent alert(source, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
#endif
    emit announced(source, text, urgency);
}

} // namespace nd
