// The confirmation asked before destructive changes and past dates: it lists every number and the
// date, the safe answer is the default, and a past date needs its own tick before Send works.

#include "gui/form/ConfirmChangeDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace nd;

namespace {
ValidatedRequest request(ChangeType type, const QDate &date)
{
    ValidatedRequest r;
    r.changeType = type;
    r.effectiveDate = date;
    r.numbers = {{QStringLiteral("+12016093801"), {}, 0}, {QStringLiteral("+12016093802"), {}, 2}};
    return r;
}
} // namespace

class TestConfirmChangeDialog : public QObject
{
    Q_OBJECT

private slots:
    void lists_everyNumberAndTheDate_data();
    void lists_everyNumberAndTheDate();
    void enter_choosesDontSend();
    void pastDate_needsTheTickBeforeSend();
    void location_saysWhatTheServerWillSearch();
    void unresolvedEarlierRequests_needTheirOwnTick();
};

void TestConfirmChangeDialog::unresolvedEarlierRequests_needTheirOwnTick()
{
    const QDate today(2030, 5, 6);
    ConfirmChangeDialog dialog(request(ChangeType::Activate, today), today);
    dialog.setUnresolvedWarning({QStringLiteral("• Activate, sent 5/6/30 9:00 AM: +12016093801")});
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("unresolvedLabel"));
    auto *tick = dialog.findChild<QCheckBox *>(QStringLiteral("unresolvedCheck"));
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QLatin1String("+12016093801")));
    QVERIFY(tick->isVisible());
    QVERIFY(!dialog.sendButton()->isEnabled());
    QTest::mouseClick(tick, Qt::LeftButton);
    QVERIFY(dialog.sendButton()->isEnabled());
    QVERIFY(dialog.dontSendButton()->isDefault());
    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
}

void TestConfirmChangeDialog::lists_everyNumberAndTheDate_data()
{
    QTest::addColumn<int>("type");
    for (const ChangeTypeRule &rule : changeTypeRules()) {
        if (rule.destructive)
            QTest::newRow(rule.wireName) << int(rule.type);
    }
}

void TestConfirmChangeDialog::lists_everyNumberAndTheDate()
{
    QFETCH(int, type);
    const QDate today(2030, 5, 6);
    ConfirmChangeDialog dialog(request(ChangeType(type), today), today);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("numbersList"));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("+12016093801"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("+12016093802"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("detailsLabel"))
                ->text()
                .contains(QLatin1String("05/06/2030")));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("effectLabel"))->text(),
        changeTypeExplanation(ChangeType(type)));
    QVERIFY(dialog.dontSendButton()->isDefault());
    QCOMPARE(QApplication::focusWidget(), dialog.dontSendButton());
    QVERIFY(dialog.sendButton()->isEnabled());
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("pastDateCheck"))->isVisible());
}

void TestConfirmChangeDialog::enter_choosesDontSend()
{
    const QDate today = QDate::currentDate();
    ConfirmChangeDialog dialog(request(ChangeType::Cancel, today), today);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestConfirmChangeDialog::pastDate_needsTheTickBeforeSend()
{
    const QDate today(2030, 5, 6);
    ConfirmChangeDialog dialog(request(ChangeType::Activate, today.addDays(-3)), today);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    auto *tick = dialog.findChild<QCheckBox *>(QStringLiteral("pastDateCheck"));
    QVERIFY(tick->isVisible());
    QVERIFY(tick->text().contains(QLatin1String("05/03/2030")));
    QVERIFY(!dialog.sendButton()->isEnabled());
    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);

    QTest::mouseClick(tick, Qt::LeftButton);
    QVERIFY(dialog.sendButton()->isEnabled());
    QVERIFY(dialog.dontSendButton()->isDefault()); // ticking does not make sending the default
    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
}

void TestConfirmChangeDialog::location_saysWhatTheServerWillSearch()
{
    const QDate today = QDate::currentDate();
    ValidatedRequest withArea = request(ChangeType::Replace, today);
    withArea.areaCode = QStringLiteral("201");
    ConfirmChangeDialog dialog(withArea, today);
    QVERIFY(
        dialog.findChild<QLabel *>(QStringLiteral("detailsLabel"))->text().contains(QLatin1String("201")));

    ConfirmChangeDialog anyArea(request(ChangeType::Swap, today), today);
    QVERIFY(
        anyArea.findChild<QLabel *>(QStringLiteral("detailsLabel"))->text().contains(QLatin1String("any")));
}

QTEST_MAIN(TestConfirmChangeDialog)
#include "tst_confirmchangedialog.moc"
