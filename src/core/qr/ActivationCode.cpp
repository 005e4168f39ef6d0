#include "qr/ActivationCode.h"

#include <QRegularExpression>
#include <QStringList>

namespace nd {

namespace {

// Each part must match as a whole (anchoredPattern): a "$" also matches before a final line break, so
// "LPA:1$a.b$ID\n" passed as well-formed until fuzzing found it (tests/fuzz/regressions/activation_code).

bool isFqdn(const QString &host)
{
    // Letters, digits and hyphens in dot-separated labels; at least one dot. No port, no scheme.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("(?=.{1,253}\\z)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
                       "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")));
    return re.match(host).hasMatch();
}

bool isMatchingId(const QString &id)
{
    // SGP.22: up to 255 characters of [0-9A-Z-]. Lowercase is tolerated, as readers do.
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9-]{0,255}")));
    return re.match(id).hasMatch();
}

bool isOid(const QString &oid)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]+(\\.[0-9]+)+")));
    return re.match(oid).hasMatch();
}

} // namespace

std::optional<ActivationCode> ActivationCode::parse(const QString &untrimmed)
{
    // Codes pasted from e-mails and typed by agents come with stray spaces and line breaks around
    // them; inside the code a space is never valid and stays an error.
    const QString text = untrimmed.trimmed();
    // The format version "1" is the only one SGP.22 defines; the "LPA:" scheme is case-insensitive.
    if (!text.startsWith(QLatin1String("LPA:1$"), Qt::CaseInsensitive))
        return std::nullopt;
    const QStringList parts = text.mid(6).split(QLatin1Char('$'));
    if (parts.size() < 2 || parts.size() > 4)
        return std::nullopt;

    ActivationCode code;
    code.smdpAddress = parts.at(0);
    code.matchingId = parts.at(1);
    if (!isFqdn(code.smdpAddress) || !isMatchingId(code.matchingId))
        return std::nullopt;
    if (parts.size() >= 3) {
        code.oid = parts.at(2);
        // An empty OID is allowed only as a placeholder before the confirmation flag.
        if (!code.oid.isEmpty() && !isOid(code.oid))
            return std::nullopt;
        if (code.oid.isEmpty() && parts.size() == 3)
            return std::nullopt;
    }
    if (parts.size() == 4) {
        if (parts.at(3) != QLatin1String("1"))
            return std::nullopt;
        code.confirmationCodeRequired = true;
    }
    return code;
}

QString ActivationCode::toString() const
{
    QString text = QStringLiteral("LPA:1$") + smdpAddress + QLatin1Char('$') + matchingId;
    if (!oid.isEmpty() || confirmationCodeRequired)
        text += QLatin1Char('$') + oid;
    if (confirmationCodeRequired)
        text += QStringLiteral("$1");
    return text;
}

} // namespace nd
