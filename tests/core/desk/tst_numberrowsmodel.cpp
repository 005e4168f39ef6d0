// NumberRowsModel: editing, pasting, ICCID column enabling from the rules table, validation and
// server errors per row. Wrapped in QAbstractItemModelTester throughout.

#include "desk/NumberRowsModel.h"
#include "request/RequestValidator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace nd;

class NumberRowsModelTest final : public QObject
{
    Q_OBJECT

    static void revalidate(NumberRowsModel &model)
    {
        StatusChangeRequest request;
        request.changeType = model.changeType();
        request.effectiveDate = QDate(2026, 11, 27);
        request.numbers = model.entries();
        model.setValidation(validateRequest(request, QDate(2026, 11, 27)));
    }

private slots:
    void newModel_hasOneBlankRowToTypeInto()
    {
        NumberRowsModel model;
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(NumberRowsModel::ColumnCount));
    }

    void typingIntoTheLastRow_addsAFreshBlankRow()
    {
        NumberRowsModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy edited(&model, &NumberRowsModel::numbersEdited);
        QVERIFY(model.setData(model.index(0, NumberRowsModel::NumberColumn), QStringLiteral("2016093801")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(edited.size(), 1);
    }

    void iccidColumn_isEditableOnlyForSwapSim()
    {
        NumberRowsModel model;
        QAbstractItemModelTester tester(&model);
        for (const ChangeTypeRule &rule : changeTypeRules()) {
            model.setChangeType(rule.type);
            const bool editable
                = model.flags(model.index(0, NumberRowsModel::IccidColumn)) & Qt::ItemIsEditable;
            QCOMPARE(editable, rule.usesIccid);
        }
    }

    void iccidTypedForSwapSim_isKeptWhenTheTypeChanges()
    {
        NumberRowsModel model;
        model.setChangeType(ChangeType::SwapSim);
        QVERIFY(model.setData(
            model.index(0, NumberRowsModel::IccidColumn), QStringLiteral("8901240397190557414")));
        model.setChangeType(ChangeType::Cancel);
        QCOMPARE(model.entries().at(0).iccid, QStringLiteral("8901240397190557414"));
        QVERIFY(!model.setData(model.index(0, NumberRowsModel::IccidColumn), QStringLiteral("1")));
    }

    void pasteIntoEmptyTable_fillsRowsAndShowsEachRowsCheck()
    {
        NumberRowsModel model;
        QAbstractItemModelTester tester(&model);
        const int added = model.pasteText(
            0, QStringLiteral("(201) 609-3801\n201-609-380\n+1 201 609 3801\n1-800-FLOWERS"));
        QCOMPARE(added, 4);
        QCOMPARE(model.rowCount(), 5); // four pasted + the blank row
        revalidate(model);
        const auto check = [&model](int row) {
            return model.data(model.index(row, NumberRowsModel::CheckColumn)).toString();
        };
        QCOMPARE(model.data(model.index(0, 0), NumberRowsModel::E164Role).toString(),
            QStringLiteral("+12016093801"));
        QVERIFY(check(0).startsWith(QLatin1String("+12016093801")));
        QCOMPARE(model.data(model.index(1, 0), NumberRowsModel::SeverityRole).toInt(), int(Severity::Error));
        QCOMPARE(
            model.data(model.index(2, 0), NumberRowsModel::SeverityRole).toInt(), int(Severity::Warning));
        QVERIFY2(check(2).contains(QLatin1String("1")), qPrintable(check(2))); // duplicate of row 1
        QCOMPARE(model.data(model.index(3, 0), NumberRowsModel::SeverityRole).toInt(), int(Severity::Error));
        QVERIFY(check(1).size() > 10);
        QCOMPARE(model.data(model.index(4, 0), NumberRowsModel::SeverityRole).toInt(), -1); // blank
    }

    void serverError_staysOnItsRowUntilThatRowIsEdited()
    {
        NumberRowsModel model;
        QAbstractItemModelTester tester(&model);
        model.pasteText(0, QStringLiteral("2016093801\n2016093802\n2016093803"));
        model.setServerErrors({{1, QStringLiteral("Number +12016093802 is parked.")}});
        QVERIFY(model.data(model.index(1, NumberRowsModel::CheckColumn))
                    .toString()
                    .contains(QLatin1String("parked")));
        QCOMPARE(model.data(model.index(1, 0), NumberRowsModel::SeverityRole).toInt(), int(Severity::Error));
        QVERIFY(model.data(model.index(0, NumberRowsModel::CheckColumn), NumberRowsModel::ServerErrorRole)
                    .toString()
                    .isEmpty());
        model.removeRows(0, 1); // row 1 moves up to row 0 and keeps its error
        QVERIFY(!model.data(model.index(0, 0), NumberRowsModel::ServerErrorRole).toString().isEmpty());
        QVERIFY(model.setData(model.index(0, 0), QStringLiteral("2016093809")));
        QVERIFY(model.data(model.index(0, 0), NumberRowsModel::ServerErrorRole).toString().isEmpty());
    }

    void removeAllRows_leavesOneBlankRow()
    {
        NumberRowsModel model;
        QAbstractItemModelTester tester(&model);
        model.pasteText(0, QStringLiteral("2016093801\n2016093802"));
        QVERIFY(model.removeRows(0, model.rowCount()));
        QCOMPARE(model.rowCount(), 1);
    }

    void removeRowsAt_isOneEdit_andKeepsTheOthersInOrder()
    {
        NumberRowsModel model;
        QAbstractItemModelTester tester(&model);
        QStringList lines;
        for (int i = 0; i < 10; ++i)
            lines << QStringLiteral("201609380%1").arg(i);
        model.pasteText(0, lines.join(QLatin1Char('\n')));
        model.setServerErrors({{8, QStringLiteral("Number +12016093808 is parked.")}});
        QSignalSpy edited(&model, &NumberRowsModel::numbersEdited);

        model.removeRowsAt({7, 2, 3, 9, 2, 0, 42}); // any order, a repeat, one out of range
        QCOMPARE(edited.count(), 1);
        QStringList left;
        for (const NumberEntry &entry : model.entries())
            left << entry.number;
        QCOMPARE(left,
            (QStringList {QStringLiteral("2016093801"), QStringLiteral("2016093804"),
                QStringLiteral("2016093805"), QStringLiteral("2016093806"), QStringLiteral("2016093808"),
                QString()}));
        // Row 8's server error moved up with it, to row 4.
        QVERIFY(model.data(model.index(4, 0), NumberRowsModel::ServerErrorRole)
                    .toString()
                    .contains(QLatin1String("parked")));

        model.removeRowsAt({});
        QCOMPARE(edited.count(), 1); // nothing removed, nothing to check
    }

    void removeRowsAt_everyRow_leavesOneBlankRow()
    {
        NumberRowsModel model;
        QAbstractItemModelTester tester(&model);
        model.pasteText(0, QStringLiteral("2016093801\n2016093802\n2016093803"));
        QSignalSpy edited(&model, &NumberRowsModel::numbersEdited);
        model.removeRowsAt({0, 1, 2, 3}); // the blank row too
        QCOMPARE(edited.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.entries().first().number.isEmpty());
    }

    void clearCells_isOneEdit_andClearsOnlyCellsThatTakeInput()
    {
        NumberRowsModel model;
        QAbstractItemModelTester tester(&model);
        model.setChangeType(ChangeType::SwapSim);
        model.pasteText(0,
            QStringLiteral("2016093801\t8901260000000000001\n2016093802\t8901260000000000002\n2016093803"));
        model.setServerErrors({{1, QStringLiteral("Number +12016093802 is parked.")}});
        QSignalSpy edited(&model, &NumberRowsModel::numbersEdited);

        model.clearCells(
            {model.index(0, NumberRowsModel::NumberColumn), model.index(1, NumberRowsModel::NumberColumn),
                model.index(1, NumberRowsModel::IccidColumn), model.index(2, NumberRowsModel::CheckColumn)});
        QCOMPARE(edited.count(), 1);
        QVERIFY(model.entries().at(0).number.isEmpty());
        QCOMPARE(model.entries().at(0).iccid, QStringLiteral("8901260000000000001"));
        QVERIFY(model.entries().at(1).number.isEmpty());
        QVERIFY(model.entries().at(1).iccid.isEmpty());
        QVERIFY(model.data(model.index(1, 0), NumberRowsModel::ServerErrorRole).toString().isEmpty());
        QCOMPARE(model.entries().at(2).number, QStringLiteral("2016093803")); // Check takes no input

        model.clearCells({model.index(1, NumberRowsModel::NumberColumn)}); // already empty
        QCOMPARE(edited.count(), 1);
    }
};

QTEST_GUILESS_MAIN(NumberRowsModelTest)
#include "tst_numberrowsmodel.moc"
