#pragma once

// Makes text the server wrote safe to show and record: whitespace collapsed, anything that looks like a
// token, bearer credential or eSIM activation code removed, and the length capped so a huge body
// cannot flood a message box or the journal. Used by the error and token parsers.

#include <QString>

namespace nd {

QString safeServerText(const QString &text, int maxChars = 300);

} // namespace nd
