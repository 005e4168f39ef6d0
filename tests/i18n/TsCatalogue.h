#pragma once

// A Qt Linguist catalogue (.ts) read into plain values, for the translation checks of this folder:
// the catalogue rules, the staleness comparison and the pseudo-locale generator all start from it.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QIODevice;

namespace nd::i18n {

struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation, part of the message's identity
    QString type; // the <translation type="…"> attribute: empty, "unfinished", "obsolete" or "vanished"
    bool numerus = false;
    QStringList translations; // one entry, or one per <numerusform> for numerus messages

    // What lupdate and lrelease match a message by.
    QString key() const;
};

struct TsCatalogue
{
    QString language;
    QList<TsMessage> messages;
};

// Fills `error` and returns nothing when `device` is not well-formed .ts XML.
std::optional<TsCatalogue> readTsCatalogue(QIODevice *device, QString *error);
std::optional<TsCatalogue> readTsCatalogue(const QString &path, QString *error);

} // namespace nd::i18n
