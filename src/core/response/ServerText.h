#pragma once

// Makes text the server wrote safe to show and record: whitespace collapsed, anything that looks like a
// token, bearer credential or eSIM activation code removed, and the length capped so a huge body
// cannot flood a message box or the journal. Used by the error, token and order parsers.

#include <QString>

namespace nd {

QString safeServerText(const QString &text, int maxChars = 300);

// A value the server sent, made safe the same way and kept short, for quoting inside a parse error
// ("OrderDate '…' is not a date the API uses"). Such errors reach the UI, the journal, the CSV export,
// "Copy for support" and the logs.
QString quotedServerValue(const QString &value);

// Text that shows literally wherever Qt decides between plain and rich text by looking at it (tool
// tips, message boxes, labels left on Qt::AutoText): "<img src=…>" or "<a href=…>" in a server message
// shows as those characters, never as an image fetched or a link to click. Plain text comes back as it
// is; text that might be taken for rich text comes back escaped, in a paragraph that keeps line breaks.
QString literalText(const QString &text);

} // namespace nd
