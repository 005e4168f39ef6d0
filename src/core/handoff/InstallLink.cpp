#include "handoff/InstallLink.h"

#include <QUrlQuery>

namespace nd {

namespace {

QString endpointFor(InstallPlatform platform)
{
    switch (platform) {
    case InstallPlatform::Iphone:
        return QStringLiteral("https://esimsetup.apple.com/esim_qrcode_provisioning");
    case InstallPlatform::Android:
        return QStringLiteral("https://esimsetup.android.com/esim_qrcode_provisioning");
    }
    return {};
}

} // namespace

QString installLink(const ActivationCode &code, InstallPlatform platform)
{
    // Built as text, not through QUrl: QUrl may show ':' and '$' decoded again, and a '$' left raw in
    // a query is exactly what some link scanners cut the URL at.
    return endpointFor(platform) + QStringLiteral("?carddata=")
        + QString::fromLatin1(QUrl::toPercentEncoding(code.toString()));
}

std::optional<ActivationCode> activationCodeInInstallLink(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https"))
        return std::nullopt;
    const QString withoutQuery = url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (withoutQuery != endpointFor(InstallPlatform::Iphone)
        && withoutQuery != endpointFor(InstallPlatform::Android))
        return std::nullopt;
    const QUrlQuery query(url);
    if (!query.hasQueryItem(QStringLiteral("carddata")))
        return std::nullopt;
    return ActivationCode::parse(query.queryItemValue(QStringLiteral("carddata"), QUrl::FullyDecoded));
}

} // namespace nd
