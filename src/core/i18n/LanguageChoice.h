#pragma once

// The interface languages NumberDesk ships and the agent's choice among them. The choice is saved in
// QSettings under ui/language as a language code; an empty code means "follow the system", which
// bestShipped() resolves to the closest shipped language. AppTranslators applies the result.

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QSettings;

namespace nd {

struct ShippedLanguage
{
    QString code; // "en", "es", "fr": the suffix of numberdesk_<code>.qm and qtbase_<code>.qm
    QString nativeName; // in its own language, so an agent finds theirs whatever is shown now
};

// English first: it is the fallback and the source language.
const QList<ShippedLanguage> &shippedLanguages();
bool isShipped(const QString &code);

// The first of the system's preferred languages that ships, else English.
QString bestShipped(const QStringList &uiLanguages = QLocale::system().uiLanguages());

// The saved code, or "" when the agent follows the system (also for a code no longer shipped).
QString savedLanguage(const QSettings &settings);
void saveLanguage(QSettings &settings, const QString &code);

// What to apply for a chosen code: the code itself, or the system's best for "" (follow the system).
QString languageToApply(const QString &chosenCode);
// What to apply now: languageToApply() of the saved choice.
QString effectiveLanguage(const QSettings &settings);

} // namespace nd
