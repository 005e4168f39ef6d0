#include "gui/common/PaletteFollower.h"

#include "gui/common/DeskColours.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace nd {

namespace {

// One application-wide listener for everyone: a widget with a style sheet is not reliably told of a
// new application palette (nor is its window, until later), but the application object always is.
class ApplicationPaletteWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationPaletteWatcher)

public:
    static ApplicationPaletteWatcher *instance()
    {
        static QPointer<ApplicationPaletteWatcher> watcher;
        if (!watcher)
            watcher = new ApplicationPaletteWatcher;
        return watcher;
    }

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
            emit changed();
        return QObject::eventFilter(watched, event);
    }

private:
    ApplicationPaletteWatcher() : QObject(qApp) { qApp->installEventFilter(this); }
};

} // namespace

PaletteFollower::PaletteFollower(QWidget *widget) : QObject(widget)
{
    setObjectName(QStringLiteral("paletteFollower"));
    widget->installEventFilter(this);
    connect(ApplicationPaletteWatcher::instance(), &ApplicationPaletteWatcher::changed, this,
        &PaletteFollower::reapply);
}

void PaletteFollower::follow(QWidget *widget, std::function<void()> apply)
{
    auto *follower = widget->findChild<PaletteFollower *>(QString(), Qt::FindDirectChildrenOnly);
    if (!follower)
        follower = new PaletteFollower(widget);
    follower->m_apply = std::move(apply);
    follower->reapply();
}

void PaletteFollower::followStyleSheet(QWidget *widget, std::function<QString(const DeskColours &)> sheetFor)
{
    follow(widget, [widget, sheetFor = std::move(sheetFor)] {
        const QString sheet = sheetFor(DeskColours(surroundingPalette(widget)));
        if (widget->styleSheet() != sheet)
            widget->setStyleSheet(sheet);
    });
}

void PaletteFollower::followTextColour(QWidget *widget, std::function<QColor(const DeskColours &)> colourFor)
{
    follow(widget, [widget, colourFor = std::move(colourFor)] {
        const QColor colour = colourFor(DeskColours(surroundingPalette(widget)));
        QPalette palette = widget->palette();
        palette.setColor(widget->foregroundRole(), colour);
        widget->setPalette(palette);
    });
}

bool PaletteFollower::eventFilter(QObject *watched, QEvent *event)
{
    // PaletteChange arrives after the new palette is in place (ApplicationPaletteChange before it).
    if (watched == parent()
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        reapply();
    return QObject::eventFilter(watched, event);
}

void PaletteFollower::reapply()
{
    // Applying a style sheet or a palette sends PaletteChange again: one pass is enough.
    if (m_applying || !m_apply)
        return;
    m_applying = true;
    m_apply();
    m_applying = false;
}

QPalette surroundingPalette(const QWidget *widget)
{
    // The application's, not the parent's: a theme change updates widgets in no particular order,
    // so a parent may still hold the old palette when its child hears of the change. (Qt resolves a
    // widget with a style sheet against the application palette too.)
    return QApplication::palette(widget);
}

void colourLabel(QWidget *label, std::optional<Severity> severity)
{
    PaletteFollower::followTextColour(
        label, [severity](const DeskColours &colours) { return colours.issue(severity); });
}

} // namespace nd

#include "PaletteFollower.moc"
