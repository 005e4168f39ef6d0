// ICCIDs as the vendor shows them and as staff type them: filler F, spaces, lengths, check digit.

#include "request/Iccid.h"

#include <QTest>

using namespace nd;

namespace {

std::optional<Severity> worst(const IccidResult &result)
{
    std::optional<Severity> worst;
    for (const ValidationIssue &issue : result.issues) {
        if (!worst || issue.severity > *worst)
            worst = issue.severity;
    }
    return worst;
}

int severityCode(const std::optional<Severity> &severity)
{
    return severity ? static_cast<int>(*severity) : -1;
}

} // namespace

class TestIccid final : public QObject
{
    Q_OBJECT

private slots:
    void parse_typedIccids_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("digits"); // empty when unusable or blank
        QTest::addColumn<int>("worstSeverity"); // -1 none, else Severity
        QTest::addColumn<QString>("messageFragment");
        const int none = -1;
        const int note = int(Severity::Note);
        const int warning = int(Severity::Warning);
        const int error = int(Severity::Error);

        // The vendor's examples.
        QTest::newRow("vendor 19 + F filler")
            << QStringLiteral("8901240397190557414F") << QStringLiteral("8901240397190557414") << note
            << QStringLiteral("trailing F");
        QTest::newRow("vendor 19, check digit wrong")
            << QStringLiteral("8901240397190556232") << QStringLiteral("8901240397190556232") << warning
            << QStringLiteral("check digit does not match");
        QTest::newRow("vendor 20 digits") << QStringLiteral("12345678900987654321")
                                          << QStringLiteral("12345678900987654321") << none << QString();
        QTest::newRow("vendor 18 digits, no check")
            << QStringLiteral("202620160938010123") << QStringLiteral("202620160938010123") << none
            << QString();
        QTest::newRow("vendor 19 Luhn ok") << QStringLiteral("8901240397190195850")
                                           << QStringLiteral("8901240397190195850") << none << QString();

        // Typing and pasting.
        QTest::newRow("blank") << QString() << QString() << none << QString();
        QTest::newRow("spaces only") << QStringLiteral(" \u00A0\t") << QString() << none << QString();
        QTest::newRow("lower-case f") << QStringLiteral("8901240397190557414f")
                                      << QStringLiteral("8901240397190557414") << note << QStringLiteral("F");
        QTest::newRow("groups of four") << QStringLiteral("8901 2403 9719 0557 414")
                                        << QStringLiteral("8901240397190557414") << none << QString();
        QTest::newRow("dashes and spaces around")
            << QStringLiteral("  8901-2403-9719-0195-850 ") << QStringLiteral("8901240397190195850") << none
            << QString();
        QTest::newRow("20 digits Luhn ok") << QStringLiteral("89014103211118510720")
                                           << QStringLiteral("89014103211118510720") << none << QString();
        QTest::newRow("20 digits Luhn wrong")
            << QStringLiteral("89014103211118510721") << QStringLiteral("89014103211118510721") << warning
            << QStringLiteral("may be mistyped");
        QTest::newRow("22 digits") << QStringLiteral("8901240397190557414123")
                                   << QStringLiteral("8901240397190557414123") << none << QString();
        QTest::newRow("21 digits, no check") << QStringLiteral("890124039719055741412")
                                             << QStringLiteral("890124039719055741412") << none << QString();

        QTest::newRow("17 digits") << QStringLiteral("89012403971905574") << QString() << error
                                   << QStringLiteral("too few digits (17 found); an ICCID has 18 to 22");
        QTest::newRow("23 digits") << QStringLiteral("89012403971905574141234") << QString() << error
                                   << QStringLiteral("too many digits (23 found)");
        QTest::newRow("letter") << QStringLiteral("89012403971905574A4") << QString() << error
                                << QStringLiteral("only digits; it contains 'A'");
        QTest::newRow("two F") << QStringLiteral("8901240397190557414FF") << QString() << error
                               << QStringLiteral("contains 'F'");
        QTest::newRow("F only") << QStringLiteral("F") << QString() << error << QStringLiteral("(0 found)");
    }
    void parse_typedIccids()
    {
        QFETCH(QString, typed);
        QFETCH(QString, digits);
        QFETCH(int, worstSeverity);
        QFETCH(QString, messageFragment);

        const IccidResult result = parseIccid(typed);
        QCOMPARE(result.digits, digits);
        QCOMPARE(severityCode(worst(result)), worstSeverity);
        QCOMPARE(result.hasErrors(), worstSeverity == int(Severity::Error));
        if (!messageFragment.isEmpty()) {
            bool found = false;
            for (const ValidationIssue &issue : result.issues)
                found = found || issue.message.contains(messageFragment);
            QVERIFY2(found, qPrintable(result.issues.value(0).message));
        }
        for (const ValidationIssue &issue : result.issues) {
            QCOMPARE(issue.field, QStringLiteral("ICCID"));
            QVERIFY(!issue.row.has_value());
        }
    }

    void parse_blank_isBlankAndFine()
    {
        const IccidResult result = parseIccid(QStringLiteral("   "));
        QVERIFY(result.isBlank);
        QVERIFY(result.issues.isEmpty());
    }

    void luhn_knownValues_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("passes");
        QTest::newRow("vendor 8901240397190557414") << QStringLiteral("8901240397190557414") << true;
        QTest::newRow("vendor 8901240397190013079") << QStringLiteral("8901240397190013079") << true;
        QTest::newRow("vendor 8901240397190556232") << QStringLiteral("8901240397190556232") << false;
        QTest::newRow("vendor 8901240397190555232") << QStringLiteral("8901240397190555232") << false;
        QTest::newRow("vendor 20 digits") << QStringLiteral("12345678900987654321") << true;
        QTest::newRow("classic 79927398713") << QStringLiteral("79927398713") << true;
        QTest::newRow("classic 79927398710") << QStringLiteral("79927398710") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("not digits") << QStringLiteral("79927398a13") << false;
    }
    void luhn_knownValues()
    {
        QFETCH(QString, digits);
        QFETCH(bool, passes);
        QCOMPARE(passesLuhnCheck(digits), passes);
    }
};

QTEST_GUILESS_MAIN(TestIccid)
#include "tst_iccid.moc"
