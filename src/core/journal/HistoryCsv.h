#pragma once

// Writes the visible history to CSV for tickets and audits: RFC 4180 (CRLF, quoted where needed),
// UTF-8 with a byte-order mark (so Excel reads it as UTF-8), one row per number per order with the
// order's columns repeated. QR URLs and account keys are left out: the file is meant to be passed on.
// Used by the history view's export action.

#include "journal/JournalEntry.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace nd {

class HistoryCsv final
{
public:
    static QStringList header();
    static QByteArray toCsv(const QList<JournalEntry> &entries); // headerBytes() + rows(entries)
    // A file written in parts (HistoryExport): the byte-order mark and header row, then the records'
    // rows, as many times as needed.
    static QByteArray headerBytes();
    static QByteArray rows(const QList<JournalEntry> &entries);

    // One field as written: quoted when it holds a comma, quote, CR or LF; guarded against formula
    // injection when it starts with = + - @ TAB or CR and is not a plain number ("+12016093801", "-5.5").
    static QString field(const QString &value);
};

} // namespace nd
