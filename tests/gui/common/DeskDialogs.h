#pragma once

// The desk's dialogs as the tests that walk all of them open them (tab order, accelerators): one place
// that knows how to build each, with a scannable QR code and throw-away accounts. Dialogs whose
// contents a test sets up itself (confirmation, History) are made by that test.

#include "../accounts/AccountsTestSupport.h"
#include "gui/about/AboutDialog.h"
#include "gui/accounts/FirstRunDialog.h"
#include "gui/accounts/ProfileSecretPrompt.h"
#include "gui/accounts/ProfilesDialog.h"
#include "gui/results/CardPrintDialog.h"
#include "gui/preferences/PreferencesDialog.h"
#include "gui/results/ScanDialog.h"
#include "qr/QrCodec.h"

#include <QImage>
#include <memory>

namespace nd::test {

inline QImage scannableQrImage()
{
    const QImage modules = QrCodec::encode(QStringLiteral("LPA:1$SMDP.SANDBOX.EXAMPLE$K2X9P-4QZ7M"));
    return modules.scaled(modules.size() * 6);
}

// about, preferences, scan, cards, profiles, firstRun, secretPrompt, commandLinePrompt (the --api-base
// profile asking for its account and secret); null for other names.
inline std::unique_ptr<QDialog> makeDeskDialog(const QString &name, accountstest::Accounts &accounts)
{
    if (name == QLatin1String("about"))
        return std::make_unique<AboutDialog>();
    if (name == QLatin1String("preferences"))
        return std::make_unique<PreferencesDialog>();
    if (name == QLatin1String("scan"))
        return std::make_unique<ScanDialog>(QStringLiteral("+12016093801"), scannableQrImage());
    if (name == QLatin1String("cards"))
        return std::make_unique<CardPrintDialog>();
    if (name == QLatin1String("profiles"))
        return std::make_unique<ProfilesDialog>(accounts.store.get(), accounts.vault.get());
    if (name == QLatin1String("firstRun"))
        return std::make_unique<FirstRunDialog>(accounts.store.get(), accounts.vault.get());
    if (name == QLatin1String("secretPrompt")) {
        ConnectionProfile profile;
        profile.name = QStringLiteral("Desk");
        profile.accountKey = QStringLiteral("DID-1");
        return std::make_unique<ProfileSecretPrompt>(profile, true, QString());
    }
    if (name == QLatin1String("commandLinePrompt")) {
        ConnectionProfile profile;
        profile.id = ConnectionProfile::temporaryId();
        profile.name = QStringLiteral("Command line: api.telegent.com");
        profile.baseUrl = QUrl(QStringLiteral("https://api.telegent.com/v1.0"));
        profile.isTemporary = true;
        return std::make_unique<ProfileSecretPrompt>(profile, true, QString());
    }
    return nullptr;
}

} // namespace nd::test
