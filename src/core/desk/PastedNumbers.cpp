#include "desk/PastedNumbers.h"

#include <QRegularExpression>

namespace nd {
namespace {

// 18-22 digits, maybe a trailing F filler: an ICCID, not a phone number (those have 10 or 11 digits).
bool looksLikeIccid(const QString &cell)
{
    static const QRegularExpression iccid(QStringLiteral("^\\s*\\d{18,22}[fF]?\\s*$"));
    return iccid.match(cell).hasMatch();
}

bool hasDigit(const QString &cell)
{
    for (const QChar c : cell) {
        if (c.isDigit())
            return true;
    }
    return false;
}

} // namespace

QList<NumberEntry> parsePastedNumbers(const QString &text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|\\r|\\n"));
    static const QRegularExpression separators(QStringLiteral("[\\t,;]"));

    QList<NumberEntry> entries;
    const QStringList lines = text.split(lineBreak);
    for (const QString &line : lines) {
        const QStringList cells = line.split(separators);
        for (const QString &rawCell : cells) {
            const QString cell = rawCell.trimmed();
            if (cell.isEmpty() || !hasDigit(cell))
                continue; // blank cells and header words
            if (looksLikeIccid(cell) && !entries.isEmpty() && entries.last().iccid.isEmpty()) {
                entries.last().iccid = cell;
                continue;
            }
            entries.append(NumberEntry {cell, QString()});
        }
    }
    return entries;
}

} // namespace nd
