// The rules table every other part reads: six change types, their wire names and which optional
// fields apply to each.

#include "request/ChangeType.h"

#include <QSet>
#include <QTest>

using namespace nd;

Q_DECLARE_METATYPE(nd::ChangeType)

class TestChangeType final : public QObject
{
    Q_OBJECT

private slots:
    void rules_listSixTypesOnceEach()
    {
        const QList<ChangeTypeRule> &rules = changeTypeRules();
        QCOMPARE(rules.size(), 6);
        QSet<int> types;
        for (const ChangeTypeRule &rule : rules)
            types.insert(static_cast<int>(rule.type));
        QCOMPARE(types.size(), 6);
    }

    void wireName_matchesContract_data()
    {
        QTest::addColumn<ChangeType>("type");
        QTest::addColumn<QString>("wire");
        QTest::newRow("activate") << ChangeType::Activate << QStringLiteral("activate");
        QTest::newRow("cancel") << ChangeType::Cancel << QStringLiteral("cancel");
        QTest::newRow("swap") << ChangeType::Swap << QStringLiteral("swap");
        QTest::newRow("swap-sim") << ChangeType::SwapSim << QStringLiteral("swap-sim");
        QTest::newRow("replace") << ChangeType::Replace << QStringLiteral("replace");
        QTest::newRow("park") << ChangeType::Park << QStringLiteral("park");
    }
    void wireName_matchesContract()
    {
        QFETCH(ChangeType, type);
        QFETCH(QString, wire);
        QCOMPARE(wireName(type), wire);
        QCOMPARE(ruleFor(type).type, type);
    }

    void wireName_roundTripsForEveryType()
    {
        for (const ChangeTypeRule &rule : changeTypeRules()) {
            const std::optional<ChangeType> parsed = changeTypeFromWireName(wireName(rule.type));
            QVERIFY(parsed.has_value());
            QCOMPARE(*parsed, rule.type);
            QCOMPARE(wireName(rule.type), wireName(rule.type).toLower());
        }
    }

    void fromWireName_ignoresCaseAndSpaces_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<ChangeType>("expected");
        QTest::newRow("Title case") << QStringLiteral("Swap-Sim") << ChangeType::SwapSim;
        QTest::newRow("upper") << QStringLiteral("ACTIVATE") << ChangeType::Activate;
        QTest::newRow("mixed") << QStringLiteral("rEpLaCe") << ChangeType::Replace;
        QTest::newRow("spaces") << QStringLiteral("  park ") << ChangeType::Park;
        QTest::newRow("Cancel") << QStringLiteral("Cancel") << ChangeType::Cancel;
    }
    void fromWireName_ignoresCaseAndSpaces()
    {
        QFETCH(QString, typed);
        QFETCH(ChangeType, expected);
        const std::optional<ChangeType> parsed = changeTypeFromWireName(typed);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected);
    }

    void fromWireName_rejectsUnknownWords_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("Cancellation (vendor comment)") << QStringLiteral("Cancellation");
        QTest::newRow("swapsim") << QStringLiteral("swapsim");
        QTest::newRow("suspend") << QStringLiteral("suspend");
    }
    void fromWireName_rejectsUnknownWords()
    {
        QFETCH(QString, typed);
        QVERIFY(!changeTypeFromWireName(typed).has_value());
    }

    void areaAndZip_applyOnlyToSwapAndReplace()
    {
        for (const ChangeTypeRule &rule : changeTypeRules()) {
            const bool expected = rule.type == ChangeType::Swap || rule.type == ChangeType::Replace;
            QCOMPARE(rule.usesAreaCode, expected);
            QCOMPARE(rule.usesZipCode, expected);
        }
    }

    void onlySwap_keepsTheAreaCode_replaceFollowsAreaOrZip()
    {
        for (const ChangeTypeRule &rule : changeTypeRules())
            QCOMPARE(rule.keepsAreaCode, rule.type == ChangeType::Swap);
        QVERIFY(ruleFor(ChangeType::Replace).assignsNewNumber);
    }

    void iccid_appliesOnlyToSwapSim()
    {
        for (const ChangeTypeRule &rule : changeTypeRules())
            QCOMPARE(rule.usesIccid, rule.type == ChangeType::SwapSim);
    }

    void titlesAndExplanations_existForEveryType()
    {
        for (const ChangeTypeRule &rule : changeTypeRules()) {
            QVERIFY(!changeTypeTitle(rule.type).isEmpty());
            QVERIFY(!changeTypeExplanation(rule.type).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestChangeType)
#include "tst_changetype.moc"
