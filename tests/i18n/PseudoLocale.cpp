#include "PseudoLocale.h"

#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QXmlStreamWriter>
#include <algorithm>
#include <cmath>

namespace nd::i18n {

namespace {

QChar accented(QChar c)
{
    static const QHash<QChar, QChar> accents = [] {
        const QString plain = QStringLiteral("aeiouycnszlrgdhktwAEIOUYCNSZLRGDHKTW");
        const QString marked = QStringLiteral("áëïöüýçñšžĺŕĝďĥķţŵÁËÏÖÜÝÇÑŠŽĹŔĜĎĤĶŢŴ");
        QHash<QChar, QChar> map;
        for (int i = 0; i < plain.size(); ++i)
            map.insert(plain.at(i), marked.at(i));
        return map;
    }();
    return accents.value(c, c);
}

// Lengths of the pieces copied unchanged at `at`: a placeholder, an HTML tag or entity, "&&", or an
// accelerator marker with its letter; 0 for an ordinary character.
int verbatimLength(const QString &text, int at)
{
    static const QRegularExpression verbatim(
        QStringLiteral("%L?(?:n|[1-9][0-9]?)" // placeholders
                       "|<[^<>]*>" // HTML tags
                       "|&(?:#?[A-Za-z0-9]+;|&|.)")); // entities, "&&", the accelerator and its letter
    const QRegularExpressionMatch match = verbatim.match(
        text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return match.hasMatch() ? int(match.capturedLength()) : 0;
}

QString padding(int visibleLength)
{
    static const QString filler = QStringLiteral("ĺöŕéɱ ïƥšüɱ ďöĺöŕ šïţ áɱéţ ćöñšéćţéţüŕ áďïƥïšćïñĝ éĺïţ");
    // 40 % more, at least the two brackets; the brackets and a space come out of the filler's share.
    const int extra = std::max(2, int(std::lround(visibleLength * 0.4)));
    QString pad = filler;
    while (pad.size() < extra)
        pad += QLatin1Char(' ') + filler;
    return extra > 3 ? QLatin1Char(' ') + pad.left(extra - 3) : QString();
}

} // namespace

QString pseudoTranslate(const QString &source)
{
    if (source.trimmed().isEmpty())
        return source;
    QString body;
    int visible = 0;
    for (int i = 0; i < source.size();) {
        if (const int length = verbatimLength(source, i)) {
            body += source.mid(i, length);
            i += length;
            ++visible; // a placeholder, entity or accelerator letter shows as roughly one character or more
            continue;
        }
        body += accented(source.at(i));
        ++visible;
        ++i;
    }
    const QString pad = padding(visible);
    // Rich text must still start with its tag to be recognised as rich text: pad inside it.
    if (body.startsWith(QLatin1Char('<')) && body.endsWith(QLatin1Char('>'))) {
        const int lastTag = int(body.lastIndexOf(QLatin1Char('<')));
        return body.left(lastTag) + QLatin1String(" [") + pad + QLatin1Char(']') + body.mid(lastTag);
    }
    return QLatin1Char('[') + body + pad + QLatin1Char(']');
}

bool writePseudoCatalogue(const TsCatalogue &catalogue, QIODevice *device)
{
    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    // English plural rules: the pseudo-locale is English in disguise.
    xml.writeAttribute(QStringLiteral("language"), QStringLiteral("en"));
    QString context;
    bool contextOpen = false;
    for (const TsMessage &message : catalogue.messages) {
        if (!contextOpen || message.context != context) {
            if (contextOpen)
                xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("context"));
            xml.writeTextElement(QStringLiteral("name"), message.context);
            context = message.context;
            contextOpen = true;
        }
        xml.writeStartElement(QStringLiteral("message"));
        if (message.numerus)
            xml.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
        xml.writeTextElement(QStringLiteral("source"), message.source);
        if (!message.comment.isEmpty())
            xml.writeTextElement(QStringLiteral("comment"), message.comment);
        const QString translated = pseudoTranslate(message.source);
        if (message.numerus) {
            xml.writeStartElement(QStringLiteral("translation"));
            xml.writeTextElement(QStringLiteral("numerusform"), translated);
            xml.writeTextElement(QStringLiteral("numerusform"), translated);
            xml.writeEndElement();
        } else {
            xml.writeTextElement(QStringLiteral("translation"), translated);
        }
        xml.writeEndElement();
    }
    if (contextOpen)
        xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return !xml.hasError();
}

} // namespace nd::i18n
