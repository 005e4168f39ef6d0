// The status-change form on its own (no network): which inputs the rules table enables, per-row
// validation while typing and after a paste, the Send button and its reason, field issues beside
// their fields, and the keyboard path through the form.

#include "FormDriver.h"
#include "request/ChangeType.h"
#include "request/RequestValidator.h"
#include "response/ApiError.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace nd;
using nd::test::FormDriver;

class TestStatusChangeForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fieldEnabling_followsRulesTable_data();
    void fieldEnabling_followsRulesTable();
    void disabledField_keepsTextButIsNotSent();
    void typing_showsRowCheckBeforeEnter();
    void paste_mixedList_validatesEachRow();
    void paste_bigColumn_everyRowCheckedAndCounted();
    void submit_disabledWithReason_untilValid();
    void deleteKey_clearsSelectedCells();
    void removeSelectedRows_removesThem();
    void bigSelection_removedOrClearedAsOneEdit();
    void pastDate_warnsBesideTheDate();
    void badAreaCode_showsBesideField_andBlocksSubmit();
    void tabOrder_followsTheForm();
    void everyInput_hasAccessibleNameAndDescription();
    void iccidCellThatDoesNotApply_takesNoInput_andKeepsTheNumber_data();
    void iccidCellThatDoesNotApply_takesNoInput_andKeepsTheNumber();
    void iccidCell_takesInputUnderSwapSim();
    void enterAfterEachNumber_typesAList();
    void tabAtTheEndOfARow_goesToTheNextRow();
    void serverErrorNamingANumber_marksItsRow_andFocusesIt_data();
    void serverErrorNamingANumber_marksItsRow_andFocusesIt();
    void busy_locationFieldsLookAsDisabledAsTheRest();
};

void TestStatusChangeForm::fieldEnabling_followsRulesTable_data()
{
    QTest::addColumn<int>("type");
    for (const ChangeTypeRule &rule : changeTypeRules())
        QTest::newRow(rule.wireName) << int(rule.type);
}

void TestStatusChangeForm::fieldEnabling_followsRulesTable()
{
    QFETCH(int, type);
    const ChangeTypeRule &rule = ruleFor(ChangeType(type));
    StatusChangeForm form;
    FormDriver driver(&form);
    form.show();
    driver.chooseChangeType(rule.type);

    QCOMPARE(form.changeType(), rule.type);
    QCOMPARE(driver.areaCodeEdit()->isEnabled(), rule.usesAreaCode);
    QCOMPARE(driver.zipCodeEdit()->isEnabled(), rule.usesZipCode);
    const Qt::ItemFlags iccidFlags = driver.model()->index(0, NumberRowsModel::IccidColumn).flags();
    QCOMPARE(bool(iccidFlags & Qt::ItemIsEditable), rule.usesIccid);
    QCOMPARE(driver.label("changeTypeExplanation")->text(), changeTypeExplanation(rule.type));
    QCOMPARE(driver.changeTypeCombo()->currentText(), changeTypeTitle(rule.type));
}

void TestStatusChangeForm::disabledField_keepsTextButIsNotSent()
{
    StatusChangeForm form;
    FormDriver driver(&form);
    form.show();
    driver.chooseChangeType(ChangeType::Swap);
    QTest::keyClicks(driver.areaCodeEdit(), QStringLiteral("201"));
    driver.pasteNumbers({QStringLiteral("2016093801")});
    QVERIFY(form.validation().request);
    QCOMPARE(form.validation().request->areaCode, QStringLiteral("201"));

    driver.chooseChangeType(ChangeType::Park);
    QVERIFY(!driver.areaCodeEdit()->isEnabled());
    QCOMPARE(driver.areaCodeEdit()->text(), QStringLiteral("201"));
    QVERIFY(form.validation().request);
    QVERIFY(form.validation().request->areaCode.isEmpty());

    driver.chooseChangeType(ChangeType::Replace);
    QCOMPARE(form.validation().request->areaCode, QStringLiteral("201"));
}

void TestStatusChangeForm::typing_showsRowCheckBeforeEnter()
{
    StatusChangeForm form;
    FormDriver driver(&form);
    form.show();
    QVERIFY(!driver.submitButton()->isEnabled());
    driver.typeIntoCell(0, NumberRowsModel::NumberColumn, QStringLiteral("(201) 609-3801"), false);
    // Still in the editor: the check already follows the typing.
    QVERIFY(driver.table()->isEditing());
    QCOMPARE(driver.checkText(0), QStringLiteral("+12016093801"));
    QCOMPARE(driver.severity(0), -1);
    QVERIFY(driver.submitButton()->isEnabled());
    QTest::keyClick(driver.table()->indexWidget(driver.model()->index(0, 0)), Qt::Key_Return);
    QCOMPARE(form.request().numbers.first().number, QStringLiteral("(201) 609-3801"));
}

void TestStatusChangeForm::paste_mixedList_validatesEachRow()
{
    StatusChangeForm form;
    FormDriver driver(&form);
    QAbstractItemModelTester tester(driver.model());
    form.show();
    driver.paste(QStringLiteral("Number\n(201) 609-3801\n1-800-FLOWERS\n+44 20 7946 0958\n201.609.3801\n"
                                "2015550123, 2125550123\t\n"));

    // The header cell has no digit and is skipped; the comma-separated pair becomes two rows.
    QCOMPARE(form.request().numbers.size(), 7); // six numbers + the blank row to type into
    QCOMPARE(driver.checkText(0), QStringLiteral("+12016093801"));
    QCOMPARE(driver.severity(0), -1);
    QCOMPARE(driver.severity(1), int(Severity::Error)); // letters are never translated
    QVERIFY(driver.model()->index(1, 0).data(NumberRowsModel::E164Role).toString().isEmpty());
    QCOMPARE(driver.severity(2), int(Severity::Error)); // not +1
    QCOMPARE(driver.severity(3), int(Severity::Warning)); // same number as row 1
    QVERIFY(driver.checkText(3).contains(QLatin1String("row 1")));
    QCOMPARE(driver.checkText(4), QStringLiteral("+12015550123"));
    QCOMPARE(driver.checkText(5), QStringLiteral("+12125550123"));
    QVERIFY(driver.checkText(6).isEmpty());

    QVERIFY(!driver.submitButton()->isEnabled());
    QVERIFY(driver.label("submitReasonLabel")->text().startsWith(QLatin1String("Row 2:")));
    QCOMPARE(driver.label("numbersCountLabel")->text(),
        QStringLiteral("Numbers ready: 3 (fix the others to send)"));
}

void TestStatusChangeForm::paste_bigColumn_everyRowCheckedAndCounted()
{
    // 5,000 rows in one Ctrl+V: every one becomes a row, every bad one says why, as in a short list.
    constexpr int Count = 5000;
    StatusChangeForm form;
    FormDriver driver(&form);
    form.show();
    QStringList numbers;
    for (int i = 0; i < Count; ++i)
        numbers << QStringLiteral("201-630-%1").arg(i, 4, 10, QLatin1Char('0'));
    numbers[17] = QStringLiteral("201-630-12"); // too few digits
    numbers[2500] = QStringLiteral("1-800-FLOWERS");
    numbers[Count - 1] = numbers.at(3); // the same number twice: sent once
    driver.pasteNumbers(numbers);

    QCOMPARE(driver.model()->rowCount(), Count + 1); // and the blank row to type into
    const ValidationResult expected = validateRequest(form.request(), QDate::currentDate());
    for (const int row : {17, 2500}) {
        QCOMPARE(driver.severity(row), int(Severity::Error));
        QCOMPARE(driver.checkText(row), expected.rows.at(row).issues.first().message);
    }
    QCOMPARE(driver.severity(Count - 1), int(Severity::Warning));
    QVERIFY(driver.checkText(Count - 1).contains(QLatin1String("row 4")));
    QCOMPARE(driver.checkText(Count - 2), QStringLiteral("+12016304998"));
    QVERIFY(!driver.submitButton()->isEnabled());
    QVERIFY(driver.label("submitReasonLabel")->text().startsWith(QLatin1String("Row 18:")));
    QCOMPARE(driver.label("numbersCountLabel")->text(),
        QStringLiteral("Numbers ready: %1 (fix the others to send)").arg(QLocale().toString(Count - 3)));
}

void TestStatusChangeForm::submit_disabledWithReason_untilValid()
{
    StatusChangeForm form;
    FormDriver driver(&form);
    form.show();
    QVERIFY(!driver.submitButton()->isEnabled());
    QCOMPARE(driver.label("submitReasonLabel")->text(), form.validation().firstBlockingReason());
    QVERIFY(!driver.label("submitReasonLabel")->text().isEmpty());

    driver.pasteNumbers({QStringLiteral("2016093801"), QStringLiteral("2016093802")});
    QVERIFY(driver.submitButton()->isEnabled());
    QVERIFY(driver.label("submitReasonLabel")->text().isEmpty());
    QCOMPARE(driver.label("numbersCountLabel")->text(), QStringLiteral("Numbers to send: 2"));

    driver.typeIntoCell(2, NumberRowsModel::NumberColumn, QStringLiteral("12345"));
    QVERIFY(!driver.submitButton()->isEnabled());
    QCOMPARE(driver.label("submitReasonLabel")->text(), form.validation().firstBlockingReason());
    QVERIFY(driver.label("submitReasonLabel")->text().startsWith(QLatin1String("Row 3:")));
}

void TestStatusChangeForm::deleteKey_clearsSelectedCells()
{
    StatusChangeForm form;
    FormDriver driver(&form);
    form.show();
    driver.pasteNumbers({QStringLiteral("2016093801"), QStringLiteral("12345")});
    QVERIFY(!driver.submitButton()->isEnabled());
    driver.clickCell(1, NumberRowsModel::NumberColumn);
    QTest::keyClick(driver.table(), Qt::Key_Delete);
    QVERIFY(form.request().numbers.at(1).number.isEmpty());
    QVERIFY(driver.submitButton()->isEnabled());
}

void TestStatusChangeForm::removeSelectedRows_removesThem()
{
    StatusChangeForm form;
    FormDriver driver(&form);
    form.show();
    driver.pasteNumbers(
        {QStringLiteral("2016093801"), QStringLiteral("12345"), QStringLiteral("2016093803")});
    driver.clickCell(1, NumberRowsModel::CheckColumn);
    QTest::mouseClick(nd::test::widget<QPushButton>(&form, "removeRowsButton"), Qt::LeftButton);
    QCOMPARE(form.request().numbers.at(1).number, QStringLiteral("2016093803"));
    QVERIFY(driver.submitButton()->isEnabled());

    QTest::mouseClick(nd::test::widget<QPushButton>(&form, "addRowButton"), Qt::LeftButton);
    QVERIFY(driver.table()->isEditing());
    QCOMPARE(driver.table()->currentIndex().row(), driver.model()->rowCount() - 1);
}

void TestStatusChangeForm::bigSelection_removedOrClearedAsOneEdit()
{
    // After a 5,000-row paste, Delete on every cell and Remove on every row are one edit each: the
    // table is checked once, not once per cell or row (which froze the window for seconds).
    constexpr int Count = 5000;
    StatusChangeForm form;
    FormDriver driver(&form);
    form.show();
    QStringList numbers;
    for (int i = 0; i < Count; ++i)
        numbers << QStringLiteral("201-630-%1").arg(i, 4, 10, QLatin1Char('0'));
    driver.pasteNumbers(numbers);
    QSignalSpy edited(driver.model(), &NumberRowsModel::numbersEdited);

    NumbersTableView *table = driver.table();
    table->setFocus();
    QTest::keySequence(table, QKeySequence::SelectAll);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(driver.model()->rowCount(), Count + 1);
    QVERIFY(!form.hasContent());
    QVERIFY(!driver.submitButton()->isEnabled());
    QVERIFY(driver.label("numbersCountLabel")->text().isEmpty());

    driver.pasteNumbers(numbers);
    QVERIFY(driver.submitButton()->isEnabled());
    edited.clear();
    table->setFocus();
    QTest::keySequence(table, QKeySequence::SelectAll);
    QTest::mouseClick(nd::test::widget<QPushButton>(&form, "removeRowsButton"), Qt::LeftButton);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(driver.model()->rowCount(), 1); // the blank row to type into
    QVERIFY(!form.hasContent());
    QVERIFY(!driver.submitButton()->isEnabled());
}

void TestStatusChangeForm::pastDate_warnsBesideTheDate()
{
    StatusChangeForm form;
    FormDriver driver(&form);
    form.show();
    QCOMPARE(driver.effectiveDateEdit()->date(), QDate::currentDate());
    QCOMPARE(driver.effectiveDateEdit()->displayFormat(), QStringLiteral("MM/dd/yyyy"));
    QVERIFY(driver.effectiveDateEdit()->calendarPopup());
    driver.pasteNumbers({QStringLiteral("2016093801")});
    QVERIFY(driver.label("effectiveDateIssue")->isHidden());

    driver.effectiveDateEdit()->setDate(QDate::currentDate().addDays(-1));
    QLabel *issue = driver.label("effectiveDateIssue");
    QVERIFY(issue->isVisible());
    QVERIFY(issue->text().contains(QLatin1String("in the past")));
    QCOMPARE(issue->property("severity").toInt(), int(Severity::Warning));
    QVERIFY(driver.submitButton()->isEnabled()); // sendable, confirmed at submit
}

void TestStatusChangeForm::badAreaCode_showsBesideField_andBlocksSubmit()
{
    StatusChangeForm form;
    FormDriver driver(&form);
    form.show();
    driver.chooseChangeType(ChangeType::Replace);
    driver.pasteNumbers({QStringLiteral("2016093801")});
    QTest::keyClicks(driver.areaCodeEdit(), QStringLiteral("911"));
    QLabel *issue = driver.label("areaCodeIssue");
    QVERIFY(issue->isVisible());
    QCOMPARE(issue->property("severity").toInt(), int(Severity::Error));
    QVERIFY(!driver.submitButton()->isEnabled());

    // Not used by activate: ignored, so the form is sendable and the complaint goes away.
    driver.chooseChangeType(ChangeType::Activate);
    QVERIFY(issue->isHidden());
    QVERIFY(driver.submitButton()->isEnabled());
}

void TestStatusChangeForm::tabOrder_followsTheForm()
{
    StatusChangeForm form;
    FormDriver driver(&form);
    driver.chooseChangeType(ChangeType::Swap); // every field enabled
    driver.pasteNumbers({QStringLiteral("2016093801")});
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    driver.changeTypeCombo()->setFocus();
    // Tab walks the date's sections (month, day, year) before it leaves, as everywhere in Qt.
    QStringList order;
    for (int i = 0; i < 12 && order.size() < 6; ++i) {
        QWidget *focus = QApplication::focusWidget();
        while (focus && focus->objectName().isEmpty())
            focus = focus->parentWidget();
        const QString name = focus ? focus->objectName() : QString();
        if (order.isEmpty() || order.last() != name)
            order << name;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(order,
        QStringList({QStringLiteral("changeTypeCombo"), QStringLiteral("effectiveDateEdit"),
            QStringLiteral("areaCodeEdit"), QStringLiteral("zipCodeEdit"), QStringLiteral("numbersTable"),
            QStringLiteral("addRowButton")}));
}

void TestStatusChangeForm::everyInput_hasAccessibleNameAndDescription()
{
    StatusChangeForm form;
    const QList<QWidget *> widgets = form.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QAbstractItemView *>(w);
        if (!interactive || w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        QVERIFY2(!w->accessibleDescription().isEmpty(), qPrintable(w->objectName()));
    }
}

void TestStatusChangeForm::iccidCellThatDoesNotApply_takesNoInput_andKeepsTheNumber_data()
{
    QTest::addColumn<int>("type");
    for (const ChangeType type :
        {ChangeType::Activate, ChangeType::Cancel, ChangeType::Swap, ChangeType::Replace, ChangeType::Park})
        QTest::newRow(qPrintable(wireName(type))) << int(type);
}

void TestStatusChangeForm::iccidCellThatDoesNotApply_takesNoInput_andKeepsTheNumber()
{
    QFETCH(int, type);
    StatusChangeForm form;
    FormDriver driver(&form);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    driver.chooseChangeType(ChangeType(type));
    driver.typeIntoCell(0, NumberRowsModel::NumberColumn, QStringLiteral("(201) 609.3803"));
    NumbersTableView *view = driver.table();
    const QModelIndex iccid = driver.model()->index(0, NumberRowsModel::IccidColumn);

    // Looks and says that it does not apply.
    QVERIFY(!iccid.data(NumberRowsModel::AppliesRole).toBool());
    QVERIFY(iccid.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Swap SIM")));
    QCOMPARE(driver.model()->headerData(NumberRowsModel::IccidColumn, Qt::Horizontal).toString(),
        QStringLiteral("ICCID (not used)"));

    // A click lands on the ICCID cell itself, and typing there changes nothing at all.
    driver.clickCell(0, NumberRowsModel::IccidColumn);
    QCOMPARE(view->currentIndex(), iccid);
    QTest::keyClicks(view, QStringLiteral("8901240397190556232"));
    QCOMPARE(form.request().numbers.at(0).number, QStringLiteral("(201) 609.3803"));
    QVERIFY(form.request().numbers.at(0).iccid.isEmpty());

    // Nor does a double-click open an editor there.
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(iccid).center());
    QVERIFY(!view->isEditing());
    QTest::keyClicks(view, QStringLiteral("8901"));
    QCOMPARE(form.request().numbers.at(0).number, QStringLiteral("(201) 609.3803"));
    QVERIFY(form.request().numbers.at(0).iccid.isEmpty());
}

void TestStatusChangeForm::iccidCell_takesInputUnderSwapSim()
{
    StatusChangeForm form;
    FormDriver driver(&form);
    form.show();
    driver.chooseChangeType(ChangeType::SwapSim);
    const QModelIndex iccid = driver.model()->index(0, NumberRowsModel::IccidColumn);
    QVERIFY(iccid.data(NumberRowsModel::AppliesRole).toBool());
    QCOMPARE(driver.model()->headerData(NumberRowsModel::IccidColumn, Qt::Horizontal).toString(),
        QStringLiteral("ICCID (optional)"));
    driver.typeIntoCell(0, NumberRowsModel::NumberColumn, QStringLiteral("201 609 3803"));
    driver.typeIntoCell(0, NumberRowsModel::IccidColumn, QStringLiteral("8901240397190556232"));
    QCOMPARE(form.request().numbers.at(0).number, QStringLiteral("201 609 3803"));
    QCOMPARE(form.request().numbers.at(0).iccid, QStringLiteral("8901240397190556232"));
}

void TestStatusChangeForm::enterAfterEachNumber_typesAList()
{
    StatusChangeForm form;
    FormDriver driver(&form);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    NumbersTableView *view = driver.table();
    driver.startEditing(0, NumberRowsModel::NumberColumn);
    const QStringList typed = {QStringLiteral("201 609 3801"), QStringLiteral("(201) 609-3802"),
        QStringLiteral("2016093803"), QStringLiteral("+1 201 609 3804"), QStringLiteral("201.609.3805")};
    // As from a spreadsheet: number, Enter, number, Enter... into whatever editor has the focus.
    for (const QString &number : typed) {
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && view->isEditing());
        QTest::keyClicks(editor, number);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate closes its editor from the event loop; the next one opens on the row below.
        QTRY_VERIFY(QApplication::focusWidget() != editor && view->isEditing());
    }
    QStringList entered;
    for (const NumberEntry &entry : form.request().numbers) {
        if (!entry.number.trimmed().isEmpty())
            entered << entry.number;
    }
    QCOMPARE(entered, typed);
    QCOMPARE(view->currentIndex().row(), 5); // ready for the sixth
    // Enter on the empty row ends the list rather than adding blank rows.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!view->isEditing());
    QCOMPARE(driver.model()->rowCount(), 6);
    // Nor does Enter on that row while it is not being edited (the same rule, outside the editor).
    QTest::keyClick(view, Qt::Key_Return);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(driver.model()->rowCount(), 6);
    QVERIFY(!view->isEditing());
}

void TestStatusChangeForm::tabAtTheEndOfARow_goesToTheNextRow()
{
    StatusChangeForm form;
    FormDriver driver(&form);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    NumbersTableView *view = driver.table();
    // Activate: the number is the row's only input, so Tab goes on to the next row's number.
    driver.startEditing(0, NumberRowsModel::NumberColumn);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("201 609 3801"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(view->currentIndex(), driver.model()->index(1, NumberRowsModel::NumberColumn));
    QVERIFY(view->isEditing());

    // Swap SIM: Tab goes from the number to its ICCID, and from the ICCID to the next row.
    driver.chooseChangeType(ChangeType::SwapSim);
    driver.startEditing(1, NumberRowsModel::NumberColumn);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("201 609 3802"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(view->currentIndex(), driver.model()->index(1, NumberRowsModel::IccidColumn));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("8901240397190556232"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(view->currentIndex(), driver.model()->index(2, NumberRowsModel::NumberColumn));
    QCOMPARE(form.request().numbers.at(1).iccid, QStringLiteral("8901240397190556232"));
}

void TestStatusChangeForm::serverErrorNamingANumber_marksItsRow_andFocusesIt_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("detail");
    QTest::newRow("in the Detail") << QString() << QString()
                                   << QStringLiteral("Number +12016090422 does not belong to account DID-1.");
    QTest::newRow("as an Errors key")
        << QStringLiteral("+12016090422") << QStringLiteral("does not belong to account") << QString();
    QTest::newRow("written another way in a message")
        << QStringLiteral("$.PhoneNumbers") << QStringLiteral("(201) 609-0422 does not belong to account")
        << QString();
}

void TestStatusChangeForm::serverErrorNamingANumber_marksItsRow_andFocusesIt()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(QString, detail);
    StatusChangeForm form;
    FormDriver driver(&form);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QStringList numbers;
    for (int i = 0; i < 40; ++i)
        numbers << QStringLiteral("201 609 %1").arg(3800 + i);
    numbers[27] = QStringLiteral("201-609-0422");
    driver.pasteNumbers(numbers);
    const ValidatedRequest sent = *validateRequest(form.request(), QDate::currentDate()).request;

    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 422;
    error.title = QStringLiteral("Request refused (422)");
    error.message = detail;
    if (!path.isEmpty())
        error.fieldErrors.append(FieldError {path, QString(), std::nullopt, {message}});
    form.showServerErrors(error, sent);

    QCOMPARE(driver.severity(27), int(Severity::Error));
    QVERIFY(driver.checkText(27).contains(QStringLiteral("does not belong")));
    for (const int other : {0, 26, 28, 39})
        QVERIFY(driver.severity(other) != int(Severity::Error));
    // The agent is taken to it.
    QCOMPARE(driver.table()->currentIndex().row(), 27);
    QVERIFY(driver.table()->hasFocus());
    QVERIFY(driver.table()->viewport()->rect().intersects(
        driver.table()->visualRect(driver.model()->index(27, 0))));
}

void TestStatusChangeForm::busy_locationFieldsLookAsDisabledAsTheRest()
{
    StatusChangeForm form;
    FormDriver driver(&form);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    // The darkest ink inside a box (its frame left out): text, placeholder or arrow.
    const auto darkestInk = [](QWidget *widget) {
        const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_Grayscale8);
        int darkest = 255;
        for (int y = 4; y < image.height() - 4; ++y) {
            for (int x = 4; x < image.width() - 4; ++x)
                darkest = qMin(darkest, qGray(image.pixel(x, y)));
        }
        return darkest;
    };
    for (const ChangeType type : {ChangeType::Activate, ChangeType::Replace}) {
        driver.chooseChangeType(type);
        form.setBusy(true);
        QVERIFY(!driver.areaCodeEdit()->isEnabled());
        QVERIFY(!driver.zipCodeEdit()->isEnabled());
        // "e.g. 201" must read as greyed as the date beside it, not as a box waiting for input.
        const int date = darkestInk(driver.effectiveDateEdit());
        QVERIFY2(darkestInk(driver.areaCodeEdit()) >= date - 8,
            qPrintable(QStringLiteral("%1 vs %2").arg(darkestInk(driver.areaCodeEdit())).arg(date)));
        QVERIFY(darkestInk(driver.zipCodeEdit()) >= date - 8);
        form.setBusy(false);
    }
    QVERIFY(driver.areaCodeEdit()->isEnabled()); // Replace uses it
}

QTEST_MAIN(TestStatusChangeForm)
#include "tst_statuschangeform.moc"
