#include "request/TypedText.h"

namespace nd {

namespace {

bool isInvisibleMark(QChar c)
{
    // Zero-width space/joiners, word joiner, direction marks and the BOM ride along in pastes.
    const char16_t u = c.unicode();
    return u == 0x200B || u == 0x200C || u == 0x200D || u == 0x200E || u == 0x200F || u == 0x2060
        || u == 0xFEFF || u == 0x00AD;
}

bool isDash(QChar c)
{
    return c.category() == QChar::Punctuation_Dash || c.unicode() == 0x2212; // U+2212 MINUS SIGN
}

} // namespace

QString normalizeTypedText(const QString &typed)
{
    QString cleaned;
    cleaned.reserve(typed.size());
    for (const QChar c : typed) {
        if (isInvisibleMark(c))
            continue;
        if (c.isSpace())
            cleaned.append(QLatin1Char(' '));
        else if (isDash(c))
            cleaned.append(QLatin1Char('-'));
        else
            cleaned.append(c);
    }
    return cleaned.trimmed();
}

bool isBlankTypedText(const QString &typed)
{
    return normalizeTypedText(typed).isEmpty();
}

} // namespace nd
