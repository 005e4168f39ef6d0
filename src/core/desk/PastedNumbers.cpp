#include "desk/PastedNumbers.h"

#include "request/Iccid.h"

#include <QRegularExpression>

namespace nd {
namespace {

// A cell the ICCID rules accept (18-22 digits, spaces, dashes, a trailing F) is not a phone number:
// it belongs to the number before it.
bool looksLikeIccid(const QString &cell)
{
    const IccidResult iccid = parseIccid(cell);
    return !iccid.isBlank && !iccid.hasErrors();
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
