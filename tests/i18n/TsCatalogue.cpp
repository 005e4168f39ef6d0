#include "TsCatalogue.h"

#include <QFile>
#include <QXmlStreamReader>

namespace nd::i18n {

namespace {

// The text of the current element; nested elements (<byte value=…/>) are skipped.
QString readText(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::SkipChildElements);
}

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.type = xml.attributes().value(QLatin1String("type")).toString();
    if (!message.numerus) {
        message.translations = {readText(xml)};
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("numerusform"))
            message.translations.append(readText(xml));
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source"))
            message.source = readText(xml);
        else if (xml.name() == QLatin1String("comment"))
            message.comment = readText(xml);
        else if (xml.name() == QLatin1String("translation"))
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

void readContext(QXmlStreamReader &xml, TsCatalogue &catalogue)
{
    QString name;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("name"))
            name = readText(xml);
        else if (xml.name() == QLatin1String("message"))
            catalogue.messages.append(readMessage(xml, name));
        else
            xml.skipCurrentElement();
    }
}

} // namespace

QString TsMessage::key() const
{
    return context + QLatin1String(" | ") + source
        + (comment.isEmpty() ? QString() : QLatin1String(" | ") + comment);
}

std::optional<TsCatalogue> readTsCatalogue(QIODevice *device, QString *error)
{
    QXmlStreamReader xml(device);
    TsCatalogue catalogue;
    if (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("TS")) {
            *error = QStringLiteral("not a Qt Linguist catalogue (root element <%1>)").arg(xml.name());
            return std::nullopt;
        }
        catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("context"))
                readContext(xml, catalogue);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    return catalogue;
}

std::optional<TsCatalogue> readTsCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QLatin1String(": ") + file.errorString();
        return std::nullopt;
    }
    std::optional<TsCatalogue> catalogue = readTsCatalogue(&file, error);
    if (!catalogue)
        error->prepend(path + QLatin1String(": "));
    return catalogue;
}

} // namespace nd::i18n
