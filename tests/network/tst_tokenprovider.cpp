// TokenProvider against the real in-process sandbox: what its waiters are told, and when. Its promise
// is that `done` is never called synchronously, so a caller never re-enters itself mid-call.

#include "network/TokenProvider.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <memory>
#include <optional>

using namespace nd;

class TokenProviderTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenCache> m_cache;
    std::unique_ptr<TokenProvider> m_tokens;

    Credentials sandboxCredentials() const
    {
        return {m_sandbox->options().accountKey, m_sandbox->options().accountSecret};
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(m_sandbox->start(0));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_cache = std::make_unique<TokenCache>();
        m_tokens = std::make_unique<TokenProvider>(m_network.get(), m_cache.get());
        m_tokens->setEndpoints(ApiEndpoints(m_sandbox->baseUrl()));
        m_tokens->setCredentials(sandboxCredentials());
    }
    void cleanup()
    {
        m_tokens.reset();
        m_cache.reset();
        m_network.reset();
        m_sandbox.reset();
    }

    void obtainToken_deliversTheTokenLaterNotDuringTheCall()
    {
        QObject context;
        std::optional<TokenOutcome> outcome;
        m_tokens->obtainToken(ApiEndpoints(m_sandbox->baseUrl()).statusChangeUrl(), &context,
            [&outcome](const TokenOutcome &o) { outcome = o; });
        QVERIFY(!outcome);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY(std::holds_alternative<QByteArray>(*outcome));
    }

    void credentialsChangedWhileSigningIn_waitersAreToldLaterThatNothingWasSent()
    {
        QObject context;
        std::optional<TokenOutcome> outcome;
        bool insideSetCredentials = false;
        bool calledInside = false;
        m_tokens->obtainToken(
            ApiEndpoints(m_sandbox->baseUrl()).statusChangeUrl(), &context, [&](const TokenOutcome &o) {
                calledInside = insideSetCredentials;
                outcome = o;
            });
        insideSetCredentials = true;
        m_tokens->setCredentials(sandboxCredentials()); // the user switches account meanwhile
        insideSetCredentials = false;
        QVERIFY2(!calledInside, "setCredentials called a waiter before returning");
        QVERIFY(!outcome);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        const ApiError *error = std::get_if<ApiError>(&*outcome);
        QVERIFY(error);
        QCOMPARE(error->kind, ApiError::Kind::Cancelled);
    }

    void credentialsChanged_waiterWhoseContextIsGone_isNotCalled()
    {
        auto context = std::make_unique<QObject>();
        bool called = false;
        m_tokens->obtainToken(ApiEndpoints(m_sandbox->baseUrl()).statusChangeUrl(), context.get(),
            [&called](const TokenOutcome &) { called = true; });
        m_tokens->setCredentials(sandboxCredentials());
        context.reset();
        // Runs any deferred call: none may reach the destroyed context.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TokenProviderTest)
#include "tst_tokenprovider.moc"
