#include "handoff/ActivationCodeSource.h"

#include <QUrlQuery>

namespace nd {

std::optional<ActivationCode> activationCodeInUrl(const QUrl &qrUrl)
{
    const QUrlQuery query(qrUrl);
    // The vendor's example does not percent-encode the code; a renderer that does is decoded here. A '+'
    // is left alone: matching IDs never hold one, so reading it as a space would only invent errors.
    if (!query.hasQueryItem(QStringLiteral("text")))
        return std::nullopt;
    return ActivationCode::parse(query.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded));
}

ResolvedActivationCode resolveActivationCode(const std::optional<QString> &imageText, const QUrl &qrUrl)
{
    ResolvedActivationCode resolved;
    const std::optional<ActivationCode> fromImage
        = imageText ? ActivationCode::parse(*imageText) : std::nullopt;
    const std::optional<ActivationCode> fromUrl = activationCodeInUrl(qrUrl);
    if (fromImage) {
        resolved.code = fromImage;
        resolved.origin = ResolvedActivationCode::Origin::Image;
        // Compared in canonical form: "lpa:" against "LPA:" is the same code.
        resolved.urlDisagrees = fromUrl && fromUrl->toString() != fromImage->toString();
    } else if (fromUrl) {
        resolved.code = fromUrl;
        resolved.origin = ResolvedActivationCode::Origin::Url;
    }
    return resolved;
}

} // namespace nd
