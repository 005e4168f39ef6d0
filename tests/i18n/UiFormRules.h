#pragma once

// The rule for Qt Designer forms (ui/*.ui): every text an agent can see or hear is translatable.
// A user-visible property (text, title, windowTitle, toolTip, statusTip, whatsThis, placeholderText,
// accessibleName, accessibleDescription, plainText, html, windowIconText, a tab's title or label, a
// combo box item, a table header) must hold a translatable <string>: notr="true" is allowed only on a
// text without a word, i.e. without a lower-case letter (a number, a symbol, "…", an upper-case code
// such as "DID-…"). A text the code fills in at run time is left empty in the form.

#include <QStringList>

class QIODevice;

namespace nd::i18n {

// True for a text that is no word in any language and needs no translation (see above).
bool isNonWord(const QString &text);

// One line per offending string: "<fileName>:<line>: <widget> <property> \"text\" …".
QStringList untranslatableUiStrings(QIODevice *form, const QString &fileName);

} // namespace nd::i18n
