#include "CatalogueRules.h"

#include <QRegularExpression>
#include <algorithm>

namespace nd::i18n {

namespace {

QString describe(const TsMessage &message)
{
    return QLatin1Char('[') + message.context + QLatin1String("] \"") + message.source + QLatin1Char('"')
        + (message.comment.isEmpty() ? QString() : QLatin1String(" (") + message.comment + QLatin1Char(')'));
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

void checkPlaceholders(const TsMessage &message, QStringList &problems)
{
    const QSet<QString> expected = placeholdersIn(message.source);
    for (int form = 0; form < message.translations.size(); ++form) {
        const QSet<QString> found = placeholdersIn(message.translations.at(form));
        if (found == expected)
            continue;
        const QString where
            = message.numerus ? QStringLiteral(" in plural form %1").arg(form + 1) : QString();
        problems.append(describe(message) + QLatin1String(": placeholders ")
            + sorted(found).join(QLatin1Char(' ')) + where + QLatin1String(", the source has ")
            + sorted(expected).join(QLatin1Char(' ')));
    }
}

} // namespace

QSet<QString> placeholdersIn(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:n|[1-9][0-9]?)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

int numerusFormCount(const QString &language)
{
    // From Qt Linguist's numerus rules (qttools src/linguist/shared/numerus.cpp) for the languages
    // NumberDesk ships; add a language here when its catalogue is added.
    const QString code = language.section(QLatin1Char('_'), 0, 0);
    if (code == QLatin1String("en") || code == QLatin1String("es") || code == QLatin1String("fr"))
        return 2;
    return 0;
}

QStringList catalogueProblems(const TsCatalogue &catalogue)
{
    QStringList problems;
    const int forms = numerusFormCount(catalogue.language);
    if (forms == 0)
        problems.append(QStringLiteral("unknown language \"%1\": its plural forms are not known")
                            .arg(catalogue.language));
    for (const TsMessage &message : catalogue.messages) {
        if (message.type == QLatin1String("obsolete") || message.type == QLatin1String("vanished")) {
            problems.append(describe(message) + QLatin1String(": ") + message.type
                + QLatin1String(", no longer in the sources"));
            continue;
        }
        if (message.type == QLatin1String("unfinished")) {
            problems.append(describe(message) + QLatin1String(": unfinished"));
            continue;
        }
        const bool empty = message.translations.isEmpty()
            || std::any_of(message.translations.cbegin(), message.translations.cend(),
                [](const QString &text) { return text.trimmed().isEmpty(); });
        if (empty) {
            problems.append(describe(message) + QLatin1String(": empty translation"));
            continue;
        }
        if (message.numerus && forms != 0 && message.translations.size() != forms)
            problems.append(describe(message)
                + QStringLiteral(": %1 plural forms, %2 needs %3")
                      .arg(message.translations.size())
                      .arg(catalogue.language)
                      .arg(forms));
        checkPlaceholders(message, problems);
    }
    return problems;
}

QStringList staleMessages(const TsCatalogue &fresh, const TsCatalogue &shipped)
{
    QSet<QString> inSources;
    for (const TsMessage &message : fresh.messages)
        inSources.insert(message.key());
    QSet<QString> inCatalogue;
    for (const TsMessage &message : shipped.messages) {
        if (message.type != QLatin1String("obsolete") && message.type != QLatin1String("vanished"))
            inCatalogue.insert(message.key());
    }
    QStringList problems;
    for (const TsMessage &message : fresh.messages) {
        if (!inCatalogue.contains(message.key()))
            problems.append(describe(message)
                + QLatin1String(": in the sources, not in the catalogue (not translated yet)"));
    }
    for (const TsMessage &message : shipped.messages) {
        if (!inSources.contains(message.key()))
            problems.append(
                describe(message) + QLatin1String(": in the catalogue, no longer in the sources (obsolete)"));
    }
    return problems;
}

} // namespace nd::i18n
