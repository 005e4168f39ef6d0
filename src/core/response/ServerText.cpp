#include "response/ServerText.h"

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
    safe.replace(jwt, QStringLiteral("[token removed]"));
    safe.replace(bearer, QStringLiteral("Bearer [removed]"));
    safe.replace(activationCode, QStringLiteral("[activation code removed]"));
    safe.replace(longRun, QStringLiteral("[removed]"));
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
