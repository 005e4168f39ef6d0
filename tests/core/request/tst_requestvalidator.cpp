// The request as typed, checked against the rules table: which fields apply, blank rows, duplicates,
// dates, and that every finding stays on the row it came from.

#include "request/RequestValidator.h"

#include <QTest>

using namespace nd;

Q_DECLARE_METATYPE(nd::ChangeType)

namespace {

const QDate Today(2026, 11, 27);

StatusChangeRequest requestWith(ChangeType type, const QStringList &numbers)
{
    StatusChangeRequest request;
    request.changeType = type;
    request.effectiveDate = Today;
    for (const QString &number : numbers)
        request.numbers.append({number, QString()});
    return request;
}

QStringList messagesOf(const QList<ValidationIssue> &issues)
{
    QStringList messages;
    for (const ValidationIssue &issue : issues)
        messages.append(issue.message);
    return messages;
}

} // namespace

class TestRequestValidator final : public QObject
{
    Q_OBJECT

private:
    void addEveryChangeType()
    {
        QTest::addColumn<ChangeType>("type");
        for (const ChangeTypeRule &rule : changeTypeRules())
            QTest::newRow(rule.wireName) << rule.type;
    }

private slots:
    void validate_everyFieldFilled_keepsOnlyFieldsTheTypeUses_data() { addEveryChangeType(); }
    void validate_everyFieldFilled_keepsOnlyFieldsTheTypeUses()
    {
        QFETCH(ChangeType, type);
        const ChangeTypeRule &rule = ruleFor(type);
        StatusChangeRequest request = requestWith(type, {});
        request.areaCode = QStringLiteral("201");
        request.zipCode = QStringLiteral("84043");
        request.numbers.append({QStringLiteral("(201) 609-3801"), QStringLiteral("8901240397190557414")});

        const ValidationResult result = validateRequest(request, Today);
        QVERIFY2(result.issues.isEmpty(), qPrintable(messagesOf(result.issues).join(QLatin1Char('|'))));
        QVERIFY(result.request.has_value());
        const ValidatedRequest &validated = *result.request;
        QCOMPARE(validated.changeType, type);
        QCOMPARE(validated.effectiveDate, Today);
        QCOMPARE(validated.areaCode, rule.usesAreaCode ? QStringLiteral("201") : QString());
        QCOMPARE(validated.zipCode, rule.usesZipCode ? QStringLiteral("84043") : QString());
        QCOMPARE(validated.numbers.size(), 1);
        QCOMPARE(validated.numbers.first().e164, QStringLiteral("+12016093801"));
        QCOMPARE(validated.numbers.first().iccid,
            rule.usesIccid ? QStringLiteral("8901240397190557414") : QString());
        QCOMPARE(result.rows.first().iccid, validated.numbers.first().iccid);
    }

    void validate_invalidValuesInFieldsTheTypeDoesNotUse_areIgnored_data() { addEveryChangeType(); }
    void validate_invalidValuesInFieldsTheTypeDoesNotUse_areIgnored()
    {
        QFETCH(ChangeType, type);
        const ChangeTypeRule &rule = ruleFor(type);
        StatusChangeRequest request = requestWith(type, {});
        request.areaCode = QStringLiteral("123");
        request.zipCode = QStringLiteral("XXXXX");
        request.numbers.append({QStringLiteral("201-609-3801"), QStringLiteral("not an ICCID")});

        const ValidationResult result = validateRequest(request, Today);
        QStringList expectedFields;
        if (rule.usesAreaCode)
            expectedFields << QStringLiteral("AreaCode");
        if (rule.usesZipCode)
            expectedFields << QStringLiteral("ZipCode");
        if (rule.usesIccid)
            expectedFields << QStringLiteral("ICCID");
        QStringList fields;
        for (const ValidationIssue &issue : result.issues) {
            QCOMPARE(issue.severity, Severity::Error);
            fields << issue.field;
        }
        QCOMPARE(fields, expectedFields);
        QCOMPARE(result.request.has_value(), expectedFields.isEmpty());
        if (result.request) {
            QVERIFY(result.request->areaCode.isEmpty());
            QVERIFY(result.request->zipCode.isEmpty());
            QVERIFY(result.request->numbers.first().iccid.isEmpty());
        }
    }

    void validate_iccidWithoutNumber_isBlankUnlessTheTypeUsesIccid_data() { addEveryChangeType(); }
    void validate_iccidWithoutNumber_isBlankUnlessTheTypeUsesIccid()
    {
        QFETCH(ChangeType, type);
        StatusChangeRequest request = requestWith(type, {QStringLiteral("201-609-3801")});
        request.numbers.append({QString(), QStringLiteral("8901240397190557414")});
        const ValidationResult result = validateRequest(request, Today);
        QCOMPARE(result.rows.size(), 2);
        if (ruleFor(type).usesIccid) {
            QVERIFY(!result.rows.at(1).isBlank);
            QVERIFY(result.rows.at(1).hasErrors());
            QVERIFY(result.firstBlockingReason().startsWith(QStringLiteral("Row 2: An ICCID was entered")));
        } else {
            QVERIFY(result.rows.at(1).isBlank);
            QVERIFY(result.request.has_value());
        }
    }

    void validate_areaAndZipBlankForSwap_areFine()
    {
        const ValidationResult result
            = validateRequest(requestWith(ChangeType::Swap, {QStringLiteral("2016093801")}), Today);
        QVERIFY(result.issues.isEmpty());
        QVERIFY(result.request->areaCode.isEmpty());
        QVERIFY(result.request->zipCode.isEmpty());
    }

    void validate_badAreaCodeForReplace_isFieldError()
    {
        StatusChangeRequest request = requestWith(ChangeType::Replace, {QStringLiteral("2016093801")});
        request.areaCode = QStringLiteral("911");
        request.zipCode = QStringLiteral("84043-1234");
        const ValidationResult result = validateRequest(request, Today);
        QVERIFY(result.hasErrors());
        QVERIFY(!result.request.has_value());
        const QList<ValidationIssue> area = result.issuesForField(QStringLiteral("AreaCode"));
        QCOMPARE(area.size(), 1);
        QVERIFY(area.first().message.contains(QStringLiteral("911")));
        const QList<ValidationIssue> zip = result.issuesForField(QStringLiteral("ZipCode"));
        QCOMPARE(zip.size(), 1);
        QCOMPARE(zip.first().severity, Severity::Note);
        QVERIFY(result.firstBlockingReason().startsWith(QStringLiteral("The area code 911")));
    }

    void validate_notes_doNotBlock()
    {
        StatusChangeRequest request = requestWith(ChangeType::SwapSim, {});
        request.numbers.append({QStringLiteral("201 609 3801"), QStringLiteral("8901240397190557414F")});
        const ValidationResult result = validateRequest(request, Today);
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.first().severity, Severity::Note);
        QCOMPARE(result.issues.first().row, std::optional<int>(0));
        QVERIFY(result.request.has_value());
        QCOMPARE(result.request->numbers.first().iccid, QStringLiteral("8901240397190557414"));
        QVERIFY(result.firstBlockingReason().isEmpty());
    }

    void validate_blankRows_areIgnoredAndStillListed()
    {
        const ValidationResult result
            = validateRequest(requestWith(ChangeType::Park,
                                  {QString(), QStringLiteral("201-609-3801"), QStringLiteral(" \u00A0\t"),
                                      QStringLiteral("\u200B"), QStringLiteral("223.223.3180")}),
                Today);
        QVERIFY(result.issues.isEmpty());
        QCOMPARE(result.rows.size(), 5);
        const QList<bool> blank = {true, false, true, true, false};
        for (int row = 0; row < 5; ++row) {
            QCOMPARE(result.rows.at(row).row, row);
            QCOMPARE(result.rows.at(row).isBlank, blank.at(row));
            QVERIFY(result.rows.at(row).issues.isEmpty());
        }
        QCOMPARE(result.rows.at(1).e164, QStringLiteral("+12016093801"));
        QVERIFY(result.request.has_value());
        QCOMPARE(result.request->numbers.size(), 2);
        QCOMPARE(result.request->numbers.at(0).sourceRow, 1);
        QCOMPARE(result.request->numbers.at(1).sourceRow, 4);
        QCOMPARE(result.request->numbers.at(1).e164, QStringLiteral("+12232233180"));
    }

    void validate_onlyBlankRows_needsAtLeastOneNumber_data()
    {
        QTest::addColumn<QStringList>("numbers");
        QTest::newRow("no rows") << QStringList();
        QTest::newRow("blank rows") << QStringList {QString(), QStringLiteral("   ")};
    }
    void validate_onlyBlankRows_needsAtLeastOneNumber()
    {
        QFETCH(QStringList, numbers);
        const ValidationResult result = validateRequest(requestWith(ChangeType::Cancel, numbers), Today);
        QCOMPARE(result.rows.size(), numbers.size());
        QVERIFY(result.hasErrors());
        QVERIFY(!result.request.has_value());
        const QList<ValidationIssue> issues = result.issuesForField(QStringLiteral("PhoneNumbers"));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(result.firstBlockingReason(), QStringLiteral("Enter at least one phone number."));
    }

    void validate_duplicateNumber_warnsOnLaterRowAndSendsOnce()
    {
        const ValidationResult result
            = validateRequest(requestWith(ChangeType::Activate,
                                  {QStringLiteral("(201) 609-3801"), QStringLiteral("223-223-3180"),
                                      QStringLiteral("+1 201 609 3801"), QStringLiteral("12016093801")}),
                Today);
        QVERIFY(!result.hasErrors());
        QVERIFY(result.hasWarnings());
        QVERIFY(result.rows.at(0).issues.isEmpty());
        QVERIFY(!result.rows.at(0).duplicateOfRow.has_value());
        for (int row : {2, 3}) {
            const RowValidation &duplicate = result.rows.at(row);
            QCOMPARE(duplicate.duplicateOfRow, std::optional<int>(0));
            QCOMPARE(duplicate.e164, QStringLiteral("+12016093801"));
            QCOMPARE(duplicate.issues.size(), 1);
            QCOMPARE(duplicate.issues.first().severity, Severity::Warning);
            QCOMPARE(duplicate.issues.first().row, std::optional<int>(row));
            QVERIFY(duplicate.issues.first().message.contains(QStringLiteral("already in row 1")));
            QCOMPARE(duplicate.worstSeverity(), std::optional<Severity>(Severity::Warning));
        }
        QCOMPARE(result.request->numbers.size(), 2);
        QCOMPARE(result.request->numbers.at(0).sourceRow, 0);
        QCOMPARE(result.request->numbers.at(1).sourceRow, 1);
    }

    void validate_duplicateNumberWithOtherIccid_isError()
    {
        StatusChangeRequest request = requestWith(ChangeType::SwapSim, {});
        request.numbers.append({QStringLiteral("2016093801"), QStringLiteral("8901240397190557414")});
        request.numbers.append({QStringLiteral("201-609-3801"), QStringLiteral("8901240397190195850")});
        request.numbers.append({QStringLiteral("+12016093801"), QStringLiteral("8901 2403 9719 0557 414")});
        const ValidationResult result = validateRequest(request, Today);
        QVERIFY(result.rows.at(1).hasErrors());
        QVERIFY(result.rows.at(1).issues.first().message.contains(QStringLiteral("different ICCID")));
        QCOMPARE(result.rows.at(2).worstSeverity(), std::optional<Severity>(Severity::Warning));
        QVERIFY(
            result.firstBlockingReason().startsWith(QStringLiteral("Row 2: This number is also in row 1")));
    }

    void validate_effectiveDate_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("severity"); // -1 no issue
        QTest::addColumn<QString>("fragment");
        QTest::newRow("today") << Today << -1 << QString();
        QTest::newRow("tomorrow") << Today.addDays(1) << -1 << QString();
        QTest::newRow("next year") << Today.addYears(1) << -1 << QString();
        QTest::newRow("yesterday") << Today.addDays(-1) << int(Severity::Warning)
                                   << QStringLiteral("The effective date 11/26/2026 is in the past.");
        QTest::newRow("vendor example date")
            << QDate(2023, 12, 31) << int(Severity::Warning) << QStringLiteral("12/31/2023 is in the past");
        QTest::newRow("not set") << QDate() << int(Severity::Error) << QStringLiteral("valid effective date");
    }
    void validate_effectiveDate()
    {
        QFETCH(QDate, date);
        QFETCH(int, severity);
        QFETCH(QString, fragment);
        StatusChangeRequest request = requestWith(ChangeType::Park, {QStringLiteral("2016093801")});
        request.effectiveDate = date;
        const ValidationResult result = validateRequest(request, Today);
        const QList<ValidationIssue> issues = result.issuesForField(QStringLiteral("EffectiveDate"));
        QCOMPARE(result.issues.size(), issues.size());
        if (severity < 0) {
            QVERIFY(issues.isEmpty());
            QVERIFY(result.request.has_value());
            return;
        }
        QCOMPARE(issues.size(), 1);
        QCOMPARE(int(issues.first().severity), severity);
        QVERIFY2(issues.first().message.contains(fragment), qPrintable(issues.first().message));
        QCOMPARE(result.request.has_value(), severity != int(Severity::Error));
    }

    void validate_errors_stayOnTheirRows()
    {
        const ValidationResult result
            = validateRequest(requestWith(ChangeType::Cancel,
                                  {QStringLiteral("201-609-3801"), QStringLiteral("1-800-FLOWERS"), QString(),
                                      QStringLiteral("123-456-7890"), QStringLiteral("223-223-3180")}),
                Today);
        QCOMPARE(result.rows.size(), 5);
        QVERIFY(!result.request.has_value());
        QVERIFY(result.rows.at(0).issues.isEmpty());
        QCOMPARE(result.rows.at(0).e164, QStringLiteral("+12016093801"));
        QVERIFY(result.rows.at(1).hasErrors());
        QVERIFY(result.rows.at(1).e164.isEmpty());
        QVERIFY(result.rows.at(2).isBlank);
        QVERIFY(result.rows.at(3).hasErrors());
        QCOMPARE(result.rows.at(4).e164, QStringLiteral("+12232233180"));

        QCOMPARE(result.issues.size(), 2);
        QCOMPARE(result.issues.at(0).row, std::optional<int>(1));
        QCOMPARE(result.issues.at(0).field, QStringLiteral("Number"));
        QCOMPARE(result.issues.at(1).row, std::optional<int>(3));
        QCOMPARE(result.rows.at(3).issues.first().row, std::optional<int>(3));
        QVERIFY(
            result.firstBlockingReason().startsWith(QStringLiteral("Row 2: The number contains letters")));

        // Fix row 2: the first blocking reason moves on to row 4.
        StatusChangeRequest fixed = requestWith(ChangeType::Cancel,
            {QStringLiteral("201-609-3801"), QString(), QString(), QStringLiteral("123-456-7890")});
        QCOMPARE(validateRequest(fixed, Today).firstBlockingReason(),
            QStringLiteral("Row 4: The area code 123 starts with 1; North American area codes start "
                           "with 2 to 9."));
    }

    void validate_requestFieldErrors_comeBeforeRowErrors()
    {
        StatusChangeRequest request = requestWith(ChangeType::Swap, {QStringLiteral("12")});
        request.effectiveDate = QDate();
        request.zipCode = QStringLiteral("8404");
        const ValidationResult result = validateRequest(request, Today);
        const QStringList fields = [&result] {
            QStringList list;
            for (const ValidationIssue &issue : result.issues)
                list << issue.field;
            return list;
        }();
        QCOMPARE(fields,
            (QStringList {
                QStringLiteral("EffectiveDate"), QStringLiteral("ZipCode"), QStringLiteral("Number")}));
        QCOMPARE(result.firstBlockingReason(), QStringLiteral("Choose a valid effective date."));
    }
};

QTEST_GUILESS_MAIN(TestRequestValidator)
#include "tst_requestvalidator.moc"
