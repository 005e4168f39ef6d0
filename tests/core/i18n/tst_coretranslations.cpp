// Core messages (error texts, parse failures, fault explanations) come back in the language of the
// installed catalogue: the shipped Spanish one for messages it already holds, and a test-only Spanish
// catalogue (core_strings_es.ts) for the response parsers' newer messages. Each check also runs without
// a translator, so a message that is not looked up at run time fails here.

#include "response/ApiError.h"
#include "response/OrderParser.h"
#include "response/ProblemDetailsParser.h"
#include "response/StatusChangeAnswer.h"
#include "response/TokenResponseParser.h"

#include <QCoreApplication>
#include <QTranslator>
#include <QtTest>
#include <memory>

using namespace nd;

class CoreTranslationsTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void redirect_usesTheShippedSpanishCatalogue();
    void orderIdAsNumber_translatesTheSentenceAndTheTypeName();
    void missingOrderId_isOneTranslatedSentence();
    void tokenRefused_givesSpanishSignInWording();
    void retryAfter_followsSpanishPluralRules();
    void withoutTranslator_messagesStayEnglish();

private:
    void installSpanish();

    std::unique_ptr<QTranslator> m_shipped;
    std::unique_ptr<QTranslator> m_testOnly;
};

void CoreTranslationsTest::init()
{
    m_shipped = std::make_unique<QTranslator>();
    m_testOnly = std::make_unique<QTranslator>();
    QVERIFY(m_shipped->load(QStringLiteral(":/i18n/numberdesk_es.qm")));
    QVERIFY(m_testOnly->load(QStringLiteral(":/i18n/core_strings_es.qm")));
}

void CoreTranslationsTest::cleanup()
{
    QCoreApplication::removeTranslator(m_testOnly.get());
    QCoreApplication::removeTranslator(m_shipped.get());
    m_testOnly.reset();
    m_shipped.reset();
}

void CoreTranslationsTest::installSpanish()
{
    QVERIFY(QCoreApplication::installTranslator(m_shipped.get()));
    QVERIFY(QCoreApplication::installTranslator(m_testOnly.get()));
}

void CoreTranslationsTest::redirect_usesTheShippedSpanishCatalogue()
{
    installSpanish();
    const ApiError error = statusChangeErrorResponse(307, QByteArray(), QByteArray(), QByteArray());
    QCOMPARE(error.title, QStringLiteral("Redirigido (307)"));
}

void CoreTranslationsTest::orderIdAsNumber_translatesTheSentenceAndTheTypeName()
{
    installSpanish();
    const ParseResult<Order> parsed
        = parseStatusChangeResponse(R"({"OrderId": 42, "OrderStatus": "Complete", "Numbers": []})");
    QVERIFY(!parsed.ok());
    // The JSON key stays as the server spelled it; the sentence and the type name are both Spanish.
    QCOMPARE(parsed.error, QStringLiteral("OrderId es un número, no texto"));
}

void CoreTranslationsTest::missingOrderId_isOneTranslatedSentence()
{
    installSpanish();
    const ParseResult<Order> parsed
        = parseStatusChangeResponse(R"({"OrderStatus": "Complete", "Numbers": []})");
    QVERIFY(!parsed.ok());
    // Word order is the translation's ("falta %1"), which a sentence glued from fragments cannot give.
    QCOMPARE(parsed.error, QStringLiteral("falta OrderId"));
}

void CoreTranslationsTest::tokenRefused_givesSpanishSignInWording()
{
    installSpanish();
    const TokenResponse response
        = parseTokenResponse(401, QByteArray(), QByteArray(), QByteArray(), QDateTime::currentDateTimeUtc());
    const auto *error = std::get_if<ApiError>(&response);
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Authentication);
    QCOMPARE(error->title, QStringLiteral("Inicio de sesión rechazado (401)"));
    QVERIFY2(error->message.startsWith(
                 QStringLiteral("Se rechazó la AccountKey o el AccountSecret. El servidor no dio detalles.")),
        qPrintable(error->message));
}

void CoreTranslationsTest::retryAfter_followsSpanishPluralRules()
{
    installSpanish();
    const ApiError one = parseErrorResponse(429, QByteArray(), QByteArray(), "1");
    QVERIFY2(one.message.contains(QStringLiteral("Espere 1 segundo antes de volver a intentarlo.")),
        qPrintable(one.message));
    const ApiError thirty = parseErrorResponse(429, QByteArray(), QByteArray(), "30");
    QVERIFY2(thirty.message.contains(QStringLiteral("Espere 30 segundos antes de volver a intentarlo.")),
        qPrintable(thirty.message));
}

void CoreTranslationsTest::withoutTranslator_messagesStayEnglish()
{
    QCOMPARE(statusChangeErrorResponse(307, QByteArray(), QByteArray(), QByteArray()).title,
        QStringLiteral("Redirected (307)"));
    QCOMPARE(parseStatusChangeResponse(R"({"OrderId": 42, "OrderStatus": "Complete", "Numbers": []})").error,
        QStringLiteral("OrderId is a number, not text"));
    QCOMPARE(parseStatusChangeResponse(R"({"OrderStatus": "Complete", "Numbers": []})").error,
        QStringLiteral("OrderId is missing"));
}

QTEST_GUILESS_MAIN(CoreTranslationsTest)
#include "tst_coretranslations.moc"
