#pragma once

// Points a test's MainWindow at a server the one way the app has: connection profiles. The in-process
// sandbox through the built-in sandbox profile (as `numberdesk --sandbox` does), another server through
// a saved profile with its secret in the test vault (session memory, never a real keyring).

#include "AccountsTestSupport.h"
#include "gui/MainWindow.h"
#include "gui/accounts/ProfileSwitcher.h"
#include "network/Credentials.h"
#include "sandbox/SandboxServer.h"

#include <QTest>
#include <memory>

namespace accountstest {

// Waits for the vault: its answers may come from the event loop.
inline bool writeSecret(Accounts &accounts, const QString &profileId, const QString &secret)
{
    auto written = std::make_shared<std::optional<bool>>();
    accounts.vault->writeSecret(profileId, secret, accounts.store.get(),
        [written](const nd::SecretResult &result) { *written = result.ok(); });
    return QTest::qWaitFor([&] { return written->has_value(); }) && written->value();
}

// The window's requests go to `server` as training requests (the amber SANDBOX banner). False when
// the switcher did not get the account's credentials.
inline bool connectToSandbox(
    Accounts &accounts, nd::MainWindow &window, const nd::sandbox::SandboxServer &server)
{
    accounts.store->setSandboxConnection(server.baseUrl(), server.options().accountKey);
    if (!writeSecret(accounts, nd::ConnectionProfile::sandboxId(), server.options().accountSecret))
        return false;
    window.setSandboxBaseUrl(server.baseUrl());
    window.setAccounts(accounts.store.get(), accounts.vault.get());
    accounts.store->setActiveProfile(nd::ConnectionProfile::sandboxId());
    window.profileSwitcher()->applyActiveProfile(); // also when the sandbox was active already
    return QTest::qWaitFor([&] { return window.profileSwitcher()->isReady(); });
}

// Switches the window (connected with connectToSandbox) to a saved production profile for this account.
inline bool switchToAccount(Accounts &accounts, nd::MainWindow &window, const QString &name,
    const QUrl &baseUrl, const nd::Credentials &credentials)
{
    nd::ConnectionProfile draft;
    draft.name = name;
    draft.baseUrl = baseUrl;
    draft.accountKey = credentials.accountKey;
    const std::optional<nd::ConnectionProfile> saved = accounts.store->add(draft).profile;
    if (!saved || !writeSecret(accounts, saved->id, credentials.accountSecret))
        return false;
    accounts.store->setActiveProfile(saved->id);
    return QTest::qWaitFor([&] { return window.profileSwitcher()->isReady(); });
}

} // namespace accountstest
