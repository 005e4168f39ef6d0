#include "gui/common/ColourScheme.h"

#include "gui/common/DeskPalettes.h"
#include "gui/common/DeskStyle.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace nd {

namespace {

Q_LOGGING_CATEGORY(lcScheme, "numberdesk.gui.colourscheme")

// Captured before the first explicit scheme replaces it, so System can give it back.
QString &platformStyleName()
{
    static QString name;
    return name;
}

ColourScheme &currentScheme()
{
    static ColourScheme scheme = ColourScheme::System;
    return scheme;
}

void rememberPlatformStyle()
{
    if (platformStyleName().isEmpty() && QApplication::style())
        platformStyleName() = QApplication::style()->name();
}

// Light and Dark: Fusion with outlines a control needs to be seen (DeskStyle).
void useDeskStyle()
{
    if (qobject_cast<DeskStyle *>(QApplication::style()))
        return;
    QApplication::setStyle(new DeskStyle);
}

void useStyle(const QString &name)
{
    if (name.isEmpty()
        || (QApplication::style() && QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0))
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
    else
        qCWarning(lcScheme) << "style not available:" << name;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
// Native parts (title bars, file dialogs) follow the same choice.
void tellPlatform(ColourScheme scheme)
{
    switch (scheme) {
    case ColourScheme::System:
        QGuiApplication::styleHints()->unsetColorScheme();
        break;
    case ColourScheme::Light:
        QGuiApplication::styleHints()->setColorScheme(Qt::ColorScheme::Light);
        break;
    case ColourScheme::Dark:
        QGuiApplication::styleHints()->setColorScheme(Qt::ColorScheme::Dark);
        break;
    }
}
#endif

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
// While the agent follows the system, a switch of the system's light/dark setting gives the desk
// the platform's new palette at once (some platform styles would keep the old one until restart).
void followPlatformScheme()
{
    static bool connected = false;
    if (connected)
        return;
    connected = true;
    QObject::connect(
        QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp, [](Qt::ColorScheme) {
            if (currentScheme() == ColourScheme::System)
                QApplication::setPalette(QPalette());
        });
}
#endif

} // namespace

QString colourSchemeSettingsKey()
{
    return QStringLiteral("ui/colourScheme");
}

QString colourSchemeSettingsValue(ColourScheme scheme)
{
    switch (scheme) {
    case ColourScheme::System:
        return QStringLiteral("system");
    case ColourScheme::Light:
        return QStringLiteral("light");
    case ColourScheme::Dark:
        return QStringLiteral("dark");
    }
    Q_UNREACHABLE();
}

std::optional<ColourScheme> colourSchemeFromSettingsValue(const QString &value)
{
    const QString word = value.trimmed().toLower();
    for (const ColourScheme scheme : {ColourScheme::System, ColourScheme::Light, ColourScheme::Dark}) {
        if (word == colourSchemeSettingsValue(scheme))
            return scheme;
    }
    return std::nullopt;
}

ColourScheme savedColourScheme()
{
    const QString value = QSettings().value(colourSchemeSettingsKey()).toString();
    const std::optional<ColourScheme> scheme = colourSchemeFromSettingsValue(value);
    if (!scheme && !value.isEmpty())
        qCWarning(lcScheme) << "unknown colour scheme in settings, following the system:" << value;
    return scheme.value_or(ColourScheme::System);
}

void applyColourScheme(ColourScheme scheme)
{
    rememberPlatformStyle();
    currentScheme() = scheme;
    qCInfo(lcScheme) << "colour scheme" << colourSchemeSettingsValue(scheme);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    tellPlatform(scheme);
#endif
    switch (scheme) {
    case ColourScheme::System:
        useStyle(platformStyleName());
        // An empty palette resolves to the platform's: the application palette is no longer pinned.
        QApplication::setPalette(QPalette());
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        followPlatformScheme();
#endif
        break;
    case ColourScheme::Light:
        useDeskStyle();
        QApplication::setPalette(deskLightPalette());
        break;
    case ColourScheme::Dark:
        useDeskStyle();
        QApplication::setPalette(deskDarkPalette());
        break;
    }
}

ColourScheme appliedColourScheme()
{
    return currentScheme();
}

} // namespace nd
