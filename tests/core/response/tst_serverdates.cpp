// Every date and time format the vendor's examples use (vendor-facts.md, "Date/time formats seen"),
// and the near misses that must be refused.

#include "response/ServerDates.h"

#include <QtTest>

using namespace nd;

class ServerDatesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateTime_vendorFormats_giveUtc_data();
    void dateTime_vendorFormats_giveUtc();
    void dateTime_notAnApiFormat_isRefused_data();
    void dateTime_notAnApiFormat_isRefused();
    void date_effectiveDateForms_giveTheWrittenDay_data();
    void date_effectiveDateForms_giveTheWrittenDay();
    void tokenExpiry_amPmUtc_data();
    void tokenExpiry_amPmUtc();
};

void ServerDatesTest::dateTime_vendorFormats_giveUtc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedUtc"); // ISO with milliseconds and Z

    // Fractions are cut (not rounded) to the milliseconds QDateTime keeps.
    QTest::newRow("7 digits Z") << "2025-05-15T18:20:58.5133475Z"
                                << "2025-05-15T18:20:58.513Z";
    QTest::newRow("7 digits +00:00") << "2025-05-14T18:56:33.0005512+00:00"
                                     << "2025-05-14T18:56:33.000Z";
    QTest::newRow("6 digits +00:00") << "2025-10-29T12:36:19.338438+00:00"
                                     << "2025-10-29T12:36:19.338Z";
    QTest::newRow("3 digits no zone = UTC") << "2025-05-10T15:38:19.113"
                                            << "2025-05-10T15:38:19.113Z";
    QTest::newRow("no fraction no zone") << "2023-12-31T00:00:00"
                                         << "2023-12-31T00:00:00.000Z";
    QTest::newRow("1 digit") << "2025-05-10T15:38:19.1Z"
                             << "2025-05-10T15:38:19.100Z";
    QTest::newRow("positive offset moves back") << "2025-05-15T18:20:58.5+02:00"
                                                << "2025-05-15T16:20:58.500Z";
    QTest::newRow("negative offset moves on") << "2025-05-15T23:30:00-07:00"
                                              << "2025-05-16T06:30:00.000Z";
    QTest::newRow("lowercase z") << "2025-05-15T18:20:58z"
                                 << "2025-05-15T18:20:58.000Z";
    QTest::newRow("MM/DD/YYYY park") << "11/01/2024"
                                     << "2024-11-01T00:00:00.000Z";
    QTest::newRow("MM/DD/YYYY lookup old") << "10/01/2024"
                                           << "2024-10-01T00:00:00.000Z";
    QTest::newRow("surrounding spaces") << "  2025-01-28T17:42:41.9606287Z "
                                        << "2025-01-28T17:42:41.960Z";
}

void ServerDatesTest::dateTime_vendorFormats_giveUtc()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedUtc);
    const std::optional<QDateTime> parsed = parseServerDateTime(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
    QCOMPARE(parsed->toString(Qt::ISODateWithMs), expectedUtc);
}

void ServerDatesTest::dateTime_notAnApiFormat_isRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("13/45/2024") << "13/45/2024";
    QTest::newRow("8 fractional digits") << "2025-05-15T18:20:58.51334751Z";
    QTest::newRow("Feb 30") << "2025-02-30T00:00:00";
    QTest::newRow("hour 24") << "2025-05-15T24:00:00Z";
    QTest::newRow("offset without colon") << "2025-05-15T18:20:58+0000";
    QTest::newRow("MST style") << "16:45:59 MST 2025-01-23";
    QTest::newRow("words") << "yesterday";
    QTest::newRow("DD.MM.YYYY") << "31.12.2023";
}

void ServerDatesTest::dateTime_notAnApiFormat_isRefused()
{
    QFETCH(QString, text);
    QVERIFY(!parseServerDateTime(text).has_value());
}

void ServerDatesTest::date_effectiveDateForms_giveTheWrittenDay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("server echo") << "2023-12-31T00:00:00" << QDate(2023, 12, 31);
    QTest::newRow("request form") << "12/31/2023" << QDate(2023, 12, 31);
    QTest::newRow("date only") << "2023-12-31" << QDate(2023, 12, 31);
    // A day is a day: a zone must not move it into the previous one.
    QTest::newRow("with offset") << "2023-12-31T00:00:00+05:00" << QDate(2023, 12, 31);
    QTest::newRow("with fraction and Z") << "2023-12-31T00:00:00.0000000Z" << QDate(2023, 12, 31);
    QTest::newRow("invalid month") << "13/01/2023" << QDate();
    QTest::newRow("invalid ISO day") << "2023-02-29T00:00:00" << QDate();
    QTest::newRow("text") << "soon" << QDate();
}

void ServerDatesTest::date_effectiveDateForms_giveTheWrittenDay()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(parseServerDate(text).value_or(QDate()), expected);
}

void ServerDatesTest::tokenExpiry_amPmUtc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedUtc"); // empty: refused

    // The PM/MDX sample: its JWT exp 1746210973 is 2025-05-02T18:36:13Z.
    QTest::newRow("PM sample") << "05/02/2025 06:36:13 PM"
                               << "2025-05-02T18:36:13Z";
    QTest::newRow("API home") << "01/24/2025 08:06:57 PM"
                              << "2025-01-24T20:06:57Z";
    QTest::newRow("best practices") << "05/02/2026 06:36:13 PM"
                                    << "2026-05-02T18:36:13Z";
    QTest::newRow("12 AM is midnight") << "05/02/2025 12:00:01 AM"
                                       << "2025-05-02T00:00:01Z";
    QTest::newRow("12 PM is noon") << "05/02/2025 12:30:00 PM"
                                   << "2025-05-02T12:30:00Z";
    QTest::newRow("lowercase am") << "05/02/2025 09:15:00 am"
                                  << "2025-05-02T09:15:00Z";
    QTest::newRow("single-digit hour") << "5/2/2025 9:15:00 AM"
                                       << "2025-05-02T09:15:00Z";
    QTest::newRow("hour 13 with PM") << "05/02/2025 13:00:00 PM"
                                     << "";
    QTest::newRow("hour 0") << "05/02/2025 00:10:00 AM"
                            << "";
    QTest::newRow("no AM/PM") << "05/02/2025 18:36:13"
                              << "";
    QTest::newRow("ISO") << "2025-05-02T18:36:13Z"
                         << "";
    QTest::newRow("bad date") << "02/30/2025 06:36:13 PM"
                              << "";
}

void ServerDatesTest::tokenExpiry_amPmUtc()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedUtc);
    const std::optional<QDateTime> parsed = parseTokenExpiry(text);
    if (expectedUtc.isEmpty()) {
        QVERIFY(!parsed.has_value());
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
    QCOMPARE(parsed->toString(Qt::ISODate), expectedUtc);
}

QTEST_GUILESS_MAIN(ServerDatesTest)
#include "tst_serverdates.moc"
