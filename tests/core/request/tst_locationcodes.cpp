// The AreaCode and ZipCode a swap or replace may ask for.

#include "request/LocationCodes.h"

#include <QTest>

using namespace nd;

namespace {

QString messages(const LocationCodeResult &result)
{
    QStringList all;
    for (const ValidationIssue &issue : result.issues)
        all.append(issue.message);
    return all.join(QLatin1Char('|'));
}

} // namespace

class TestLocationCodes final : public QObject
{
    Q_OBJECT

private slots:
    void areaCode_typed_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorFragment"); // empty when valid
        QTest::newRow("201") << QStringLiteral("201") << QStringLiteral("201") << QString();
        QTest::newRow("spaces") << QStringLiteral(" 801\u00A0") << QStringLiteral("801") << QString();
        QTest::newRow("parentheses") << QStringLiteral("(223)") << QStringLiteral("223") << QString();
        QTest::newRow("999") << QStringLiteral("999") << QStringLiteral("999") << QString();
        QTest::newRow("blank") << QString() << QString() << QString();
        QTest::newRow("starts with 0")
            << QStringLiteral("012") << QString() << QStringLiteral("The area code 012 starts with 0");
        QTest::newRow("starts with 1")
            << QStringLiteral("123") << QString() << QStringLiteral("The area code 123 starts with 1");
        QTest::newRow("911") << QStringLiteral("911") << QString() << QStringLiteral("911 is a service code");
        QTest::newRow("611") << QStringLiteral("611") << QString() << QStringLiteral("611 is a service code");
        QTest::newRow("two digits") << QStringLiteral("20") << QString()
                                    << QStringLiteral("must have 3 digits (2 found)");
        QTest::newRow("four digits") << QStringLiteral("2011") << QString() << QStringLiteral("(4 found)");
        QTest::newRow("letter") << QStringLiteral("2O1") << QString()
                                << QStringLiteral("only digits; it contains 'O'");
    }
    void areaCode_typed()
    {
        QFETCH(QString, typed);
        QFETCH(QString, value);
        QFETCH(QString, errorFragment);
        const LocationCodeResult result = parseAreaCode(typed);
        QCOMPARE(result.value, value);
        QCOMPARE(result.isBlank, typed.trimmed().isEmpty());
        QCOMPARE(result.hasErrors(), !errorFragment.isEmpty());
        if (!errorFragment.isEmpty()) {
            QCOMPARE(result.issues.size(), 1);
            QCOMPARE(result.issues.first().field, QStringLiteral("AreaCode"));
            QVERIFY2(messages(result).contains(errorFragment), qPrintable(messages(result)));
        } else {
            QVERIFY(result.issues.isEmpty());
        }
    }

    void zipCode_typed_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("severity"); // -1 no issue
        QTest::addColumn<QString>("fragment");
        const int none = -1;
        const int note = int(Severity::Note);
        const int error = int(Severity::Error);
        QTest::newRow("84043") << QStringLiteral("84043") << QStringLiteral("84043") << none << QString();
        QTest::newRow("leading zero")
            << QStringLiteral("02134") << QStringLiteral("02134") << none << QString();
        QTest::newRow("spaces") << QStringLiteral("\t84603 ") << QStringLiteral("84603") << none << QString();
        QTest::newRow("blank") << QString() << QString() << none << QString();
        QTest::newRow("ZIP+4 dash") << QStringLiteral("84043-1234") << QStringLiteral("84043") << note
                                    << QStringLiteral("84043-1234 was shortened to 84043");
        QTest::newRow("ZIP+4 nine digits") << QStringLiteral("840431234") << QStringLiteral("84043") << note
                                           << QStringLiteral("shortened to 84043");
        QTest::newRow("ZIP+4 en dash") << QStringLiteral("84043\u20131234") << QStringLiteral("84043") << note
                                       << QStringLiteral("ZIP+4");
        QTest::newRow("four digits") << QStringLiteral("8404") << QString() << error
                                     << QStringLiteral("must have 5 digits (4 found)");
        QTest::newRow("six digits") << QStringLiteral("840431") << QString() << error
                                    << QStringLiteral("(6 found)");
        QTest::newRow("placeholder XXXXX")
            << QStringLiteral("XXXXX") << QString() << error << QStringLiteral("contains 'X'");
        QTest::newRow("Canadian postal code")
            << QStringLiteral("K1A 0B1") << QString() << error << QStringLiteral("Only US ZIP codes");
        QTest::newRow("ZIP+4 with short plus part")
            << QStringLiteral("84043-123") << QString() << error << QStringLiteral("contains '-'");
    }
    void zipCode_typed()
    {
        QFETCH(QString, typed);
        QFETCH(QString, value);
        QFETCH(int, severity);
        QFETCH(QString, fragment);
        const LocationCodeResult result = parseZipCode(typed);
        QCOMPARE(result.value, value);
        if (severity < 0) {
            QVERIFY(result.issues.isEmpty());
            return;
        }
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(int(result.issues.first().severity), severity);
        QCOMPARE(result.issues.first().field, QStringLiteral("ZipCode"));
        QVERIFY2(messages(result).contains(fragment), qPrintable(messages(result)));
    }
};

QTEST_GUILESS_MAIN(TestLocationCodes)
#include "tst_locationcodes.moc"
