#include "UiFormRules.h"

#include <QSet>
#include <QXmlStreamReader>
#include <algorithm>

namespace nd::i18n {

namespace {

bool isUserVisible(const QString &property)
{
    static const QSet<QString> visible = {
        QStringLiteral("text"),
        QStringLiteral("title"),
        QStringLiteral("label"),
        QStringLiteral("windowTitle"),
        QStringLiteral("windowIconText"),
        QStringLiteral("toolTip"),
        QStringLiteral("statusTip"),
        QStringLiteral("whatsThis"),
        QStringLiteral("placeholderText"),
        QStringLiteral("accessibleName"),
        QStringLiteral("accessibleDescription"),
        QStringLiteral("plainText"),
        QStringLiteral("html"),
        QStringLiteral("specialValueText"),
        QStringLiteral("prefix"),
        QStringLiteral("suffix"),
        QStringLiteral("iconText"),
    };
    return visible.contains(property);
}

} // namespace

bool isNonWord(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLower(); });
}

QStringList untranslatableUiStrings(QIODevice *form, const QString &fileName)
{
    QXmlStreamReader xml(form);
    QStringList problems;
    QStringList widgets; // the enclosing widget/action names, innermost last
    QString property; // the <property> or <attribute> the next <string> belongs to
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("widget") || xml.name() == QLatin1String("action"))
                widgets.removeLast();
            else if (xml.name() == QLatin1String("property") || xml.name() == QLatin1String("attribute"))
                property.clear();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("widget") || xml.name() == QLatin1String("action")) {
            widgets.append(xml.attributes().value(QLatin1String("name")).toString());
        } else if (xml.name() == QLatin1String("property") || xml.name() == QLatin1String("attribute")) {
            property = xml.attributes().value(QLatin1String("name")).toString();
        } else if (xml.name() == QLatin1String("string") && isUserVisible(property)) {
            const bool notTranslated = xml.attributes().value(QLatin1String("notr")) == QLatin1String("true");
            const qint64 line = xml.lineNumber();
            const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
            if (notTranslated && !isNonWord(text)) {
                problems.append(
                    QStringLiteral("%1:%2: %3 %4 \"%5\" is marked notr=\"true\"; make it translatable "
                                   "or, when the code fills it in, leave it empty")
                        .arg(fileName)
                        .arg(line)
                        .arg(widgets.value(widgets.size() - 1), property, text));
            }
        }
    }
    if (xml.hasError())
        problems.append(
            QStringLiteral("%1:%2: %3").arg(fileName).arg(xml.lineNumber()).arg(xml.errorString()));
    return problems;
}

} // namespace nd::i18n
