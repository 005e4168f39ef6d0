// Amounts and dates as the agent reads them: US dollars placed as the chosen language places its own
// currency, dates in the language's order with a four-digit year, and the date edit's format in the
// same order with fixed-width fields. The bare "C" locale (scripts, tests) reads as en_US.

#include "i18n/LocaleFormat.h"

#include <QLocale>
#include <QTest>

using namespace nd;

class tst_LocaleFormat final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void eachLanguage_formatsInItsOwnOrder_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("fee");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("editFormat");
        const QString nbsp(QChar(0x00a0));
        const QString frenchFee
            = QStringLiteral("1") + nbsp + QStringLiteral("234,50") + nbsp + QStringLiteral("$");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                               << QStringLiteral("$1,234.50") << QStringLiteral("12/02/2026")
                               << QStringLiteral("MM/dd/yyyy");
        QTest::newRow("C") << QLocale::c() << QStringLiteral("$1,234.50") << QStringLiteral("12/02/2026")
                           << QStringLiteral("MM/dd/yyyy");
        QTest::newRow("es_MX") << QLocale(QLocale::Spanish, QLocale::Mexico) << QStringLiteral("$1,234.50")
                               << QStringLiteral("02/12/2026") << QStringLiteral("dd/MM/yyyy");
        QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << frenchFee
                               << QStringLiteral("2026-12-02") << QStringLiteral("yyyy-MM-dd");
    }

    void eachLanguage_formatsInItsOwnOrder()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, fee);
        QFETCH(QString, date);
        QFETCH(QString, editFormat);
        QLocale::setDefault(locale);
        // Group separators differ between CLDR versions (narrow or plain no-break space): compare
        // with all spaces made plain.
        const auto plain = [](QString text) {
            return text.replace(QChar(0x202f), QLatin1Char(' ')).replace(QChar(0x00a0), QLatin1Char(' '));
        };
        QCOMPARE(plain(usdText(1234.5)), plain(fee));
        QCOMPARE(dateText(QDate(2026, 12, 2)), date);
        QCOMPARE(dateEditFormat(), editFormat);
        const QDateTime moment(QDate(2026, 12, 2), QTime(9, 41));
        // The time as the language writes it (CLDR changes between Qt versions: not spelled out here).
        const QLocale shown
            = locale == QLocale::c() ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
        QCOMPARE(dateTimeText(moment),
            date + QLatin1Char(' ') + shown.toString(moment.time(), QLocale::ShortFormat));
    }

    void fees_areDollarsWithCents()
    {
        QCOMPARE(usdText(1.5), QStringLiteral("$1.50"));
        QCOMPARE(usdText(0), QStringLiteral("$0.00"));
    }

    void everyFormat_hasAFourDigitYear_andReadsBack()
    {
        for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                 QLocale(QLocale::Spanish, QLocale::Mexico), QLocale(QLocale::Spanish, QLocale::Spain),
                 QLocale(QLocale::French, QLocale::Canada), QLocale(QLocale::French, QLocale::France)}) {
            QLocale::setDefault(locale);
            const QDate date(2031, 1, 9);
            QVERIFY2(dateEditFormat().contains(QLatin1String("yyyy")), qPrintable(locale.name()));
            QCOMPARE(QDate::fromString(dateText(date), dateEditFormat()), date);
        }
    }
};

QTEST_GUILESS_MAIN(tst_LocaleFormat)
#include "tst_localeformat.moc"
