// The history's CSV export: RFC 4180 quoting byte for byte, UTF-8 with a BOM, one row per number, no
// QR URLs, and the formula-injection guard that leaves phone numbers alone.

#include "journal/HistoryCsv.h"

#include <QTest>
#include <QTimeZone>

using namespace nd;

namespace {

JournalEntry sampleEntry()
{
    JournalEntry entry;
    entry.id = 7;
    entry.createdAt = QDateTime(QDate(2024, 5, 17), QTime(8, 30, 5), QTimeZone::utc());
    entry.context = {QStringLiteral("Desk, Zürich"), QUrl(QStringLiteral("https://api.example.com/v1.0")),
        QStringLiteral("DID-KEY-1")};
    entry.changeType = ChangeType::Swap;
    entry.effectiveDate = QDate(2024, 5, 18);
    entry.state = JournalState::Answered;
    entry.orderId = QStringLiteral("JNUOID-42");
    entry.serverStatus = QStringLiteral("Complete");
    entry.orderState = OrderState::Done;
    entry.statusMessage = QStringLiteral("Said \"done\",\r\nthen left");
    entry.agent = QStringLiteral("Ana Pérez");
    entry.desk = QStringLiteral("desk-a");
    JournalNumber first;
    first.requestedNumber = QStringLiteral("+12016093801");
    first.returnedNumber = QStringLiteral("+12015550000");
    first.originalNumber = QStringLiteral("+12016093801");
    first.qrCodeUrl = QUrl(QStringLiteral("https://qr.example.com/secret-activation"));
    first.fee = 1.5;
    JournalNumber second;
    second.requestedNumber = QStringLiteral("+12232233180");
    second.status = QStringLiteral("=HYPERLINK(\"http://evil\")");
    entry.numbers = {first, second};
    return entry;
}

} // namespace

class HistoryCsvTest final : public QObject
{
    Q_OBJECT

private slots:
    void field_quotesAndGuards_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("Complete") << QStringLiteral("Complete");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("E.164 number untouched")
            << QStringLiteral("+12016093801") << QStringLiteral("+12016093801");
        QTest::newRow("negative number untouched") << QStringLiteral("-2.50") << QStringLiteral("-2.50");
        QTest::newRow("formula") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("plus formula")
            << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("'+cmd|' /C calc'!A0");
        QTest::newRow("number then line break") // found by fuzz_csv_export
            << QStringLiteral("+12016093\n") << QStringLiteral("\"'+12016093\n\"");
        QTest::newRow("minus text") << QStringLiteral("-not a number") << QStringLiteral("'-not a number");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("formula with comma") << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
        QTest::newRow("umlaut") << QStringLiteral("Zürich") << QStringLiteral("Zürich");
    }
    void field_quotesAndGuards()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(HistoryCsv::field(value), written);
    }

    void toCsv_writesExactBytes()
    {
        const QByteArray csv = HistoryCsv::toCsv({sampleEntry()});
        const QByteArray header
            = "journal_id,created_utc,profile,change_type,effective_date,record_state,order_id,server_status,"
              "order_state,status_message,http_status,error_kind,error_title,error_message,trace_id,"
              "resolution,"
              "requested_number,iccid,returned_number,original_number,fee,number_status,agent,desk,resolved_"
              "by"
              "\r\n";
        const QByteArray order
            = "7,2024-05-17T08:30:05Z,\"Desk, Z\xC3\xBCrich\",swap,2024-05-18,answered,JNUOID-42,"
              "Complete,done,\"Said \"\"done\"\",\r\nthen left\",,,,,,,";
        const QByteArray who = "Ana P\xC3\xA9rez,desk-a,\r\n";
        const QByteArray expected = QByteArray("\xEF\xBB\xBF") + header + order
            + "+12016093801,,+12015550000,+12016093801,1.50,," + who + order
            + "+12232233180,,,,,\"'=HYPERLINK(\"\"http://evil\"\")\"," + who;
        QCOMPARE(csv, expected);
    }

    void toCsv_leavesOutQrUrlsAndAccountKeys()
    {
        const QByteArray csv = HistoryCsv::toCsv({sampleEntry()});
        QVERIFY(!csv.contains("secret-activation"));
        QVERIFY(!csv.contains("qr.example.com"));
        QVERIFY(!csv.contains("DID-KEY-1"));
    }

    void toCsv_resolvedBy_isTheLastColumn()
    {
        JournalEntry entry = sampleEntry();
        entry.state = JournalState::Resolved;
        entry.resolution = QStringLiteral("Checked with the carrier");
        entry.resolvedBy = QStringLiteral("Luc on desk-b");
        const QList<QByteArray> lines = HistoryCsv::toCsv({entry}).split('\n');
        QVERIFY(lines.at(0).endsWith(",agent,desk,resolved_by\r"));
        QVERIFY(lines.last().isEmpty());
        QVERIFY(lines.at(lines.size() - 2).endsWith(",Ana P\xC3\xA9rez,desk-a,Luc on desk-b\r"));
    }

    void toCsv_entryWithoutNumbers_stillHasItsRow()
    {
        JournalEntry entry = sampleEntry();
        entry.numbers.clear();
        const QList<QByteArray> lines = HistoryCsv::toCsv({entry}).split('\n');
        // header, the row (its message holds one CRLF, so it spans two lines), and the empty tail
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(2).endsWith(",,,,,,Ana P\xC3\xA9rez,desk-a,\r"));
    }

    void toCsv_nothing_isJustTheHeader()
    {
        const QByteArray csv = HistoryCsv::toCsv({});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "journal_id,"));
        QCOMPARE(csv.count("\r\n"), 1);
    }
};

QTEST_GUILESS_MAIN(HistoryCsvTest)
#include "tst_historycsv.moc"
