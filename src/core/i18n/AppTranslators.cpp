#include "i18n/AppTranslators.h"

#include "i18n/LanguageChoice.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcLanguage, "numberdesk.core.language")

// The system's own locale when it speaks the chosen language (fr_CA keeps Canadian formats, en_GB its
// dates), otherwise the language's main locale.
QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (QLocale::languageToCode(system.language()) == code)
        return system;
    return QLocale(code);
}
} // namespace

AppTranslators::AppTranslators(QObject *parent) : QObject(parent) { }

AppTranslators::~AppTranslators()
{
    uninstall();
}

QString AppTranslators::catalogueDirectory()
{
    return QStringLiteral(":/numberdesk/i18n");
}

bool AppTranslators::apply(const QString &requested)
{
    const QString code = isShipped(requested) ? requested : QStringLiteral("en");
    if (code == m_current)
        return true;
    uninstall();
    auto app = std::make_unique<QTranslator>();
    const bool loaded = app->load(QStringLiteral("numberdesk_") + code, catalogueDirectory());
    if (!loaded)
        qCWarning(lcLanguage) << "no catalogue for" << code << "in" << catalogueDirectory();
    const QString applied = loaded ? code : QStringLiteral("en");
    // The locale before the translators: installing one posts LanguageChange, and the texts rebuilt
    // then format their numbers and dates with the default locale.
    QLocale::setDefault(localeFor(applied));
    if (loaded) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    }
    // Qt ships no qtbase_en: its source strings are English already.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + applied, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    m_current = applied;
    qCInfo(lcLanguage) << "interface language" << m_current << "locale" << QLocale().name();
    return loaded;
}

void AppTranslators::uninstall()
{
    for (std::unique_ptr<QTranslator> *translator : {&m_app, &m_qt}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
    m_current.clear();
}

} // namespace nd
