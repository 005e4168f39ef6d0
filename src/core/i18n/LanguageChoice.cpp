#include "i18n/LanguageChoice.h"

#include <QSettings>
#include <algorithm>

namespace nd {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString English = QStringLiteral("en");
} // namespace

const QList<ShippedLanguage> &shippedLanguages()
{
    // Native names are not translated on purpose: an agent looking for their language must find it
    // even when the window speaks one they do not read.
    static const QList<ShippedLanguage> languages {
        {English, QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
    return languages;
}

bool isShipped(const QString &code)
{
    const QList<ShippedLanguage> &languages = shippedLanguages();
    return std::any_of(languages.cbegin(), languages.cend(),
        [&code](const ShippedLanguage &language) { return language.code == code; });
}

QString bestShipped(const QStringList &uiLanguages)
{
    for (const QString &tag : uiLanguages) {
        // "fr-CA", "es_MX", "en": only the language decides, every region shares one catalogue.
        QString code = QLocale::languageToCode(QLocale(tag).language());
        if (isShipped(code))
            return code;
    }
    return English;
}

QString savedLanguage(const QSettings &settings)
{
    const QString code = settings.value(LanguageKey).toString();
    return isShipped(code) ? code : QString();
}

void saveLanguage(QSettings &settings, const QString &code)
{
    settings.setValue(LanguageKey, isShipped(code) ? code : QString());
}

QString languageToApply(const QString &chosenCode)
{
    return isShipped(chosenCode) ? chosenCode : bestShipped();
}

QString effectiveLanguage(const QSettings &settings)
{
    return languageToApply(savedLanguage(settings));
}

} // namespace nd
