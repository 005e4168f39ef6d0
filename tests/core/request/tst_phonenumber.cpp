// Phone numbers as staff paste them, and the reason given for each one that cannot be used.

#include "request/PhoneNumber.h"

#include <QTest>

using namespace nd;

Q_DECLARE_METATYPE(nd::PhoneNumberProblem)

class TestPhoneNumber final : public QObject
{
    Q_OBJECT

private slots:
    void parse_pastedForms_giveE164_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("e164");
        const QString expected = QStringLiteral("+12016093801");
        QTest::newRow("parentheses") << QStringLiteral("(201) 609-3801") << expected;
        QTest::newRow("dots") << QStringLiteral("201.609.3801") << expected;
        QTest::newRow("1 and spaces") << QStringLiteral("1 201 609 3801") << expected;
        QTest::newRow("+1 and dashes") << QStringLiteral("+1 201-609-3801") << expected;
        QTest::newRow("11 digits") << QStringLiteral("12016093801") << expected;
        QTest::newRow("10 digits") << QStringLiteral("2016093801") << expected;
        QTest::newRow("dashes") << QStringLiteral("201-609-3801") << expected;
        QTest::newRow("E.164") << QStringLiteral("+12016093801") << expected;
        QTest::newRow("surrounding spaces") << QStringLiteral("   201-609-3801  ") << expected;
        QTest::newRow("tabs") << QStringLiteral("\t201 609 3801\t") << expected;
        QTest::newRow("trailing newline") << QStringLiteral("2016093801\r\n") << expected;
        QTest::newRow("non-breaking spaces") << QStringLiteral("201\u00A0609\u00A03801") << expected;
        QTest::newRow("narrow nbsp") << QStringLiteral("+1\u202F201\u202F609\u202F3801") << expected;
        QTest::newRow("leading nbsp") << QStringLiteral("\u00A0(201) 609-3801\u00A0") << expected;
        QTest::newRow("zero-width space") << QStringLiteral("\u200B201-609-3801") << expected;
        QTest::newRow("BOM") << QStringLiteral("\uFEFF2016093801") << expected;
        QTest::newRow("en dashes") << QStringLiteral("201\u2013609\u20133801") << expected;
        QTest::newRow("non-breaking hyphen") << QStringLiteral("201\u2011609\u20113801") << expected;
        QTest::newRow("tel: URI") << QStringLiteral("tel:+1-201-609-3801") << expected;
        QTest::newRow("TEL: upper case") << QStringLiteral("TEL:2016093801") << expected;
        QTest::newRow("tel: with space") << QStringLiteral("tel: 201 609 3801") << expected;
        QTest::newRow("+1 (201)") << QStringLiteral("+1 (201) 609-3801") << expected;
        QTest::newRow("1-201") << QStringLiteral("1-201-609-3801") << expected;
        QTest::newRow("1 (201)") << QStringLiteral("1 (201) 609-3801") << expected;
        QTest::newRow("slash") << QStringLiteral("201/609-3801") << expected;
        QTest::newRow("+1.201") << QStringLiteral("+1.201.609.3801") << expected;
        QTest::newRow("(+1)") << QStringLiteral("+(1) 201 609 3801") << expected;
        QTest::newRow("full-width digits") << QStringLiteral("２０１６０９３８０１") << expected;
        QTest::newRow("second number") << QStringLiteral("(223) 223-3180") << QStringLiteral("+12232233180");
        QTest::newRow("toll free") << QStringLiteral("1-800-356-9377") << QStringLiteral("+18003569377");
        QTest::newRow("Canada") << QStringLiteral("+1 416 555 0199") << QStringLiteral("+14165550199");
        QTest::newRow("sandbox magic 555-01xx")
            << QStringLiteral("201-555-0100") << QStringLiteral("+12015550100");
        QTest::newRow("area code 999") << QStringLiteral("999 200 0000") << QStringLiteral("+19992000000");
        QTest::newRow("exchange 911 is not an area code")
            << QStringLiteral("201 911 0000") << QStringLiteral("+12019110000");
    }
    void parse_pastedForms_giveE164()
    {
        QFETCH(QString, typed);
        QFETCH(QString, e164);
        const PhoneNumberResult result = parsePhoneNumber(typed);
        QVERIFY2(result.isValid(), qPrintable(result.reason));
        QCOMPARE(result.e164, e164);
        QVERIFY(result.reason.isEmpty());
        QCOMPARE(result.problem, PhoneNumberProblem::None);
    }

    void parse_unusableNumbers_sayWhy_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<PhoneNumberProblem>("problem");
        QTest::addColumn<QString>("reasonFragment");

        QTest::newRow("empty") << QString() << PhoneNumberProblem::Empty << QStringLiteral("No phone number");
        QTest::newRow("spaces only") << QStringLiteral(" \t\u00A0 ") << PhoneNumberProblem::Empty
                                     << QStringLiteral("No phone number");
        QTest::newRow("tel: only") << QStringLiteral("tel:") << PhoneNumberProblem::Empty
                                   << QStringLiteral("No phone number");

        QTest::newRow("letter O for zero")
            << QStringLiteral("201-6O9-3801") << PhoneNumberProblem::ContainsLetters
            << QStringLiteral("contains letters: 'O'");
        QTest::newRow("vanity number")
            << QStringLiteral("1-800-FLOWERS") << PhoneNumberProblem::ContainsLetters
            << QStringLiteral("'F', 'L', 'O', 'W', 'E', …");
        QTest::newRow("extension") << QStringLiteral("201-609-3801 x12")
                                   << PhoneNumberProblem::ContainsLetters
                                   << QStringLiteral("contains letters: 'x'");
        QTest::newRow("label") << QStringLiteral("Phone: 2016093801") << PhoneNumberProblem::ContainsLetters
                               << QStringLiteral("'P', 'h', 'o', 'n', 'e'");
        QTest::newRow("letter l for one")
            << QStringLiteral("20l6093801") << PhoneNumberProblem::ContainsLetters << QStringLiteral("'l'");

        QTest::newRow("hash") << QStringLiteral("#2016093801") << PhoneNumberProblem::UnexpectedCharacter
                              << QStringLiteral("unexpected character: '#'");
        QTest::newRow("plus in the middle")
            << QStringLiteral("201+6093801") << PhoneNumberProblem::UnexpectedCharacter
            << QStringLiteral("unexpected character: '+'");
        QTest::newRow("two numbers with comma")
            << QStringLiteral("2016093801, 2232233180") << PhoneNumberProblem::UnexpectedCharacter
            << QStringLiteral("unexpected character: ','");

        QTest::newRow("UK") << QStringLiteral("+44 20 7946 0958") << PhoneNumberProblem::NotNorthAmerican
                            << QStringLiteral("only North American (+1) numbers are supported");
        QTest::newRow("Germany tel:")
            << QStringLiteral("tel:+49-30-1234567") << PhoneNumberProblem::NotNorthAmerican
            << QStringLiteral("only North American");
        QTest::newRow("dialled abroad with 011")
            << QStringLiteral("011 44 20 7946 0958") << PhoneNumberProblem::NotNorthAmerican
            << QStringLiteral("only North American");

        QTest::newRow("no digits") << QStringLiteral("( ) - .") << PhoneNumberProblem::TooFewDigits
                                   << QStringLiteral("no digits");
        QTest::newRow("plus only") << QStringLiteral("+") << PhoneNumberProblem::TooFewDigits
                                   << QStringLiteral("no digits");
        QTest::newRow("9 digits") << QStringLiteral("201-609-380") << PhoneNumberProblem::TooFewDigits
                                  << QStringLiteral("too few digits (9 found); 10 are needed");
        QTest::newRow("7-digit local")
            << QStringLiteral("609-3801") << PhoneNumberProblem::TooFewDigits << QStringLiteral("(7 found)");
        QTest::newRow("+1 and 9 digits") << QStringLiteral("+1 201 609 380")
                                         << PhoneNumberProblem::TooFewDigits << QStringLiteral("(9 found)");
        QTest::newRow("11 digits not starting with 1")
            << QStringLiteral("22016093801") << PhoneNumberProblem::TooManyDigits
            << QStringLiteral("too many digits (11 found); 10 are needed");
        QTest::newRow("12 digits") << QStringLiteral("120160938012") << PhoneNumberProblem::TooManyDigits
                                   << QStringLiteral("(12 found)");
        QTest::newRow("+1 and 11 digits")
            << QStringLiteral("+1 201 609 38011") << PhoneNumberProblem::TooManyDigits
            << QStringLiteral("(11 found)");
        QTest::newRow("+11 digits") << QStringLiteral("+2016093801") << PhoneNumberProblem::NotNorthAmerican
                                    << QStringLiteral("only North American");

        QTest::newRow("area code starts with 1")
            << QStringLiteral("123-456-7890") << PhoneNumberProblem::InvalidAreaCode
            << QStringLiteral("The area code 123 starts with 1");
        QTest::newRow("area code starts with 0")
            << QStringLiteral("(023) 456-7890") << PhoneNumberProblem::InvalidAreaCode
            << QStringLiteral("The area code 023 starts with 0");
        QTest::newRow("area code 911")
            << QStringLiteral("911-555-1234") << PhoneNumberProblem::InvalidAreaCode
            << QStringLiteral("area code 911 is a service code");
        QTest::newRow("area code 411")
            << QStringLiteral("+1 411 555 1234") << PhoneNumberProblem::InvalidAreaCode
            << QStringLiteral("area code 411 is a service code");
        QTest::newRow("exchange starts with 0")
            << QStringLiteral("201-055-1234") << PhoneNumberProblem::InvalidExchange
            << QStringLiteral("The exchange 055");
        QTest::newRow("exchange starts with 1")
            << QStringLiteral("1 201 155 1234") << PhoneNumberProblem::InvalidExchange
            << QStringLiteral("starts with 1; it must start with 2 to 9");
    }
    void parse_unusableNumbers_sayWhy()
    {
        QFETCH(QString, typed);
        QFETCH(PhoneNumberProblem, problem);
        QFETCH(QString, reasonFragment);
        const PhoneNumberResult result = parsePhoneNumber(typed);
        QVERIFY(!result.isValid());
        QCOMPARE(result.problem, problem);
        QVERIFY(result.e164.isEmpty());
        QVERIFY2(result.reason.contains(reasonFragment), qPrintable(result.reason));
        // Complete sentences: capital first letter, full stop at the end.
        QVERIFY2(result.reason.at(0).isUpper(), qPrintable(result.reason));
        QVERIFY2(result.reason.endsWith(QLatin1Char('.')), qPrintable(result.reason));
    }

    void parse_defaultCountryOtherThanOne_rejectsNumbersWithoutPlus()
    {
        const PhoneNumberResult result = parsePhoneNumber(QStringLiteral("2016093801"), 44);
        QCOMPARE(result.problem, PhoneNumberProblem::NotNorthAmerican);
        QVERIFY(result.reason.contains(QStringLiteral("North American")));
    }

    void parse_defaultCountryOtherThanOne_stillAcceptsPlusOne()
    {
        const PhoneNumberResult result = parsePhoneNumber(QStringLiteral("+1 201 609 3801"), 44);
        QVERIFY(result.isValid());
        QCOMPARE(result.e164, QStringLiteral("+12016093801"));
    }

    void parse_defaultCountryOne_isTheDefault()
    {
        QCOMPARE(parsePhoneNumber(QStringLiteral("2016093801"), 1).e164,
            parsePhoneNumber(QStringLiteral("2016093801")).e164);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
