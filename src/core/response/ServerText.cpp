#include "response/ServerText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextDocument>

namespace nd {

QString safeServerText(const QString &text, int maxChars)
{
    // A server that echoes the request may echo the token; a QR URL carries the activation code.
    static const QRegularExpression jwt(
        QStringLiteral(R"(eyJ[A-Za-z0-9_\-]{5,}(?:\.[A-Za-z0-9_\-]*){0,2}[.…]*)"));
    static const QRegularExpression bearer(
        QStringLiteral(R"(\bBearer\s+[^\s"',;]+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression activationCode(
        QStringLiteral(R"(\bLPA:[^\s"'<>]+)"), QRegularExpression::CaseInsensitiveOption);
    // Long unbroken runs are keys or tokens; ids with dashes (JNUOID-…, trace ids) are kept.
    static const QRegularExpression longRun(QStringLiteral(R"([A-Za-z0-9+/_=]{40,})"));

    QString safe = text.simplified();
    //: Put in place of an access token found in the server's message, which is otherwise quoted verbatim.
    safe.replace(jwt, QCoreApplication::translate("ServerText", "[token removed]"));
    //: Put in place of "Bearer <token>" in the server's message; "Bearer" is an HTTP word, keep it.
    safe.replace(bearer, QCoreApplication::translate("ServerText", "Bearer [removed]"));
    //: Put in place of an eSIM activation code (LPA:…) found in the server's message.
    safe.replace(activationCode, QCoreApplication::translate("ServerText", "[activation code removed]"));
    //: Put in place of a long key-like string found in the server's message.
    safe.replace(longRun, QCoreApplication::translate("ServerText", "[removed]"));
    if (safe.size() > maxChars)
        safe = safe.left(maxChars - 1).trimmed() + QChar(0x2026);
    return safe;
}

QString quotedServerValue(const QString &value)
{
    return QLatin1Char('\'') + safeServerText(value, 60) + QLatin1Char('\'');
}

QString literalText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QLatin1String("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() + QLatin1String("</p>");
}

} // namespace nd
