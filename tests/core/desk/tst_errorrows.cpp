// Which rows a server error is about: every number named in a path, an Errors key, a message or the
// Detail, in any way people write numbers, mapped back to the row it was typed in.

#include "desk/ErrorRows.h"

#include <QTest>

using namespace nd;

class TestErrorRows final : public QObject
{
    Q_OBJECT

private slots:
    void phoneNumbersIn_findsEveryWritingOfANumber_data();
    void phoneNumbersIn_findsEveryWritingOfANumber();
    void pathIndex_mapsToTheRowItWasTypedIn();
    void pathIndexBeyondWhatWasSent_isAnOrderLevelMessage();
    void numberAsErrorsKey_orInDetail_marksItsRow();
    void detailRepeatingAFieldError_doesNotPileOnItsRow();
    void numberThatWasNotSent_marksNothing();

private:
    static ValidatedRequest sent()
    {
        ValidatedRequest request;
        // Rows 0 and 2 of the form; row 1 was blank and never sent.
        request.numbers = {ValidatedNumber {QStringLiteral("+12016093801"), QString(), 0},
            ValidatedNumber {QStringLiteral("+12016090422"), QString(), 2}};
        return request;
    }
};

void TestErrorRows::phoneNumbersIn_findsEveryWritingOfANumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("numbers");
    const QStringList one = {QStringLiteral("+12016090422")};
    QTest::newRow("E.164") << QStringLiteral("Number +12016090422 does not belong") << one;
    QTest::newRow("brackets") << QStringLiteral("(201) 609-0422 is parked") << one;
    QTest::newRow("dots") << QStringLiteral("201.609.0422: bad state") << one;
    QTest::newRow("national") << QStringLiteral("number 2016090422.") << one;
    QTest::newRow("two, once each") << QStringLiteral("+12016090422 and 201-609-3801, again +1 201 609 0422")
                                    << QStringList {
                                           QStringLiteral("+12016090422"), QStringLiteral("+12016093801")};
    QTest::newRow("not numbers") << QStringLiteral("Trace 00-1234abcd5678efgh-00, order JNUOID-19b3d376")
                                 << QStringList();
    QTest::newRow("too short") << QStringLiteral("code 609-0422") << QStringList();
    QTest::newRow("a list separated by spaces")
        << QStringLiteral("Numbers 2016093801 2016090422 are not active")
        << QStringList {QStringLiteral("+12016093801"), QStringLiteral("+12016090422")};
    QTest::newRow("inside a longer number") << QStringLiteral("ICCID 8901240397190556232") << QStringList();
}

void TestErrorRows::phoneNumbersIn_findsEveryWritingOfANumber()
{
    QFETCH(QString, text);
    QFETCH(QStringList, numbers);
    QCOMPARE(phoneNumbersIn(text), numbers);
}

void TestErrorRows::pathIndex_mapsToTheRowItWasTypedIn()
{
    ApiError error;
    error.fieldErrors = {FieldError {QStringLiteral("$.PhoneNumbers[1]"), QStringLiteral("PhoneNumbers"), 1,
        {QStringLiteral("Number is not active.")}}};
    const ErrorRows rows = rowsNamedByError(error, sent());
    QCOMPARE(rows.messagesByRow.keys(), QList<int> {2});
    QCOMPARE(rows.messagesByRow.value(2), QStringList {QStringLiteral("Number is not active.")});
    QVERIFY(rows.unplaced.isEmpty());
}

void TestErrorRows::pathIndexBeyondWhatWasSent_isAnOrderLevelMessage()
{
    ApiError error;
    error.fieldErrors = {FieldError {QStringLiteral("$.PhoneNumbers[7]"), QStringLiteral("PhoneNumbers"), 7,
        {QStringLiteral("Invalid.")}}};
    const ErrorRows rows = rowsNamedByError(error, sent());
    QVERIFY(rows.messagesByRow.isEmpty());
    QCOMPARE(rows.outOfRange.size(), 1);
    QVERIFY(rows.outOfRange.first().contains(QStringLiteral("Number 8")));
}

void TestErrorRows::numberAsErrorsKey_orInDetail_marksItsRow()
{
    ApiError keyed;
    keyed.fieldErrors = {
        FieldError {QStringLiteral("+12016090422"), QString(), std::nullopt, {QStringLiteral("Not yours.")}}};
    QCOMPARE(
        rowsNamedByError(keyed, sent()).messagesByRow.value(2), QStringList {QStringLiteral("Not yours.")});
    QVERIFY(rowsNamedByError(keyed, sent()).unplaced.isEmpty());

    ApiError detailed;
    detailed.message = QStringLiteral("The number (201) 609-0422 does not belong to account DID-1.");
    const ErrorRows rows = rowsNamedByError(detailed, sent());
    QCOMPARE(rows.messagesByRow.keys(), QList<int> {2});
    QCOMPARE(rows.messagesByRow.value(2), QStringList {detailed.message});
}

void TestErrorRows::detailRepeatingAFieldError_doesNotPileOnItsRow()
{
    ApiError error;
    error.message = QStringLiteral("Details: phone number 2, Number: +12016090422 is locked.");
    error.fieldErrors = {FieldError {QStringLiteral("$.PhoneNumbers[1]"), QStringLiteral("PhoneNumbers"), 1,
        {QStringLiteral("+12016090422 is locked.")}}};
    QCOMPARE(rowsNamedByError(error, sent()).messagesByRow.value(2),
        QStringList {QStringLiteral("+12016090422 is locked.")});
}

void TestErrorRows::numberThatWasNotSent_marksNothing()
{
    ApiError error;
    error.message = QStringLiteral("+12015550199 does not belong to account DID-1.");
    error.fieldErrors = {FieldError {
        QStringLiteral("$.AreaCode"), QStringLiteral("AreaCode"), std::nullopt, {QStringLiteral("Bad.")}}};
    const ErrorRows rows = rowsNamedByError(error, sent());
    QVERIFY(rows.messagesByRow.isEmpty());
    QCOMPARE(rows.unplaced.size(), 1); // left for the form's own field label
}

QTEST_GUILESS_MAIN(TestErrorRows)
#include "tst_errorrows.moc"
