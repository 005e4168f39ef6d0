#pragma once

// The rules a shipped catalogue must keep so that a translation cannot rot unnoticed: every message
// finished, nothing obsolete, the same placeholders as the source, the language's number of plural
// forms, and the same messages as the sources. Each function returns one line per offending message.

#include "TsCatalogue.h"

#include <QSet>

namespace nd::i18n {

// %1…%99, %n and their localised forms %L1, %Ln, as QString::arg() and tr(…, n) replace them.
QSet<QString> placeholdersIn(const QString &text);

// How many plural forms lrelease expects for `language` ("es", "fr_CA"…); 0 for a language the
// checks do not know (which is itself reported).
int numerusFormCount(const QString &language);

// Unfinished, empty, obsolete or vanished messages, placeholder mismatches, wrong plural form counts.
QStringList catalogueProblems(const TsCatalogue &catalogue);

// `fresh` is what lupdate extracts from the sources now: a message only there is not translated yet,
// a message only in `shipped` is obsolete.
QStringList staleMessages(const TsCatalogue &fresh, const TsCatalogue &shipped);

} // namespace nd::i18n
