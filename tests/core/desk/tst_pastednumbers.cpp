// Paste parsing: what staff paste from spreadsheets, e-mails and tickets becomes number rows.

#include "desk/PastedNumbers.h"

#include <QTest>

using namespace nd;

Q_DECLARE_METATYPE(QList<nd::NumberEntry>)

class PastedNumbersTest final : public QObject
{
    Q_OBJECT

private slots:
    void paste_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("numbers");
        QTest::addColumn<QStringList>("iccids");
        QTest::newRow("one per line")
            << "(201) 609-3801\n201.609.3801\r\n+1 201-609-3802\n"
            << QStringList {"(201) 609-3801", "201.609.3801", "+1 201-609-3802"} << QStringList {"", "", ""};
        QTest::newRow("comma separated")
            << "2016093801, 2016093802,2016093803" << QStringList {"2016093801", "2016093802", "2016093803"}
            << QStringList {"", "", ""};
        QTest::newRow("spreadsheet with header and iccid")
            << "Number\tICCID\n+12016093801\t8901240397190557414F\n+12016093802\t\n"
            << QStringList {"+12016093801", "+12016093802"} << QStringList {"8901240397190557414F", ""};
        QTest::newRow("iccid written in groups")
            << "+12016093801\t8901 2403 9719 0557 414\n"
            << QStringList {"+12016093801"} << QStringList {"8901 2403 9719 0557 414"};
        QTest::newRow("semicolons and blank lines")
            << "\n\n2016093801;;2016093802\n\n"
            << QStringList {"2016093801", "2016093802"} << QStringList {"", ""};
        QTest::newRow("spaces inside a number are kept")
            << "1 201 609 3801" << QStringList {"1 201 609 3801"} << QStringList {""};
        QTest::newRow("invalid rows still become rows (to show why)")
            << "201-609-380\n1-800-FLOWERS" << QStringList {"201-609-380", "1-800-FLOWERS"}
            << QStringList {"", ""};
        QTest::newRow("nothing usable") << "Number\n\n" << QStringList {} << QStringList {};
    }
    void paste()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, numbers);
        QFETCH(QStringList, iccids);
        const QList<NumberEntry> entries = parsePastedNumbers(text);
        QCOMPARE(entries.size(), numbers.size());
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries.at(i).number, numbers.at(i));
            QCOMPARE(entries.at(i).iccid, iccids.at(i));
        }
    }
};

QTEST_GUILESS_MAIN(PastedNumbersTest)
#include "tst_pastednumbers.moc"
