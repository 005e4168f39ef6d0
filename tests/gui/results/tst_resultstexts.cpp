// The words of the results side: badge per order state, dates, fees, the support-ticket text.

#include "gui/common/Contrast.h"
#include "gui/common/DeskColours.h"
#include "gui/common/ResultsTexts.h"

#include <QGuiApplication>
#include <QTimeZone>
#include <QtTest>

using namespace nd;
using namespace nd::results;

class ResultsTextsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void badge_mapsEveryOrderState_data()
    {
        QTest::addColumn<QString>("serverWord");
        QTest::addColumn<QString>("badge");
        QTest::newRow("Complete") << QStringLiteral("Complete") << QStringLiteral("Complete");
        QTest::newRow("Completed") << QStringLiteral("Completed") << QStringLiteral("Complete");
        QTest::newRow("Pending") << QStringLiteral("Pending") << QStringLiteral("Pending");
        QTest::newRow("Processing") << QStringLiteral("Processing") << QStringLiteral("Pending");
        QTest::newRow("unknown word is polled like pending")
            << QStringLiteral("Queued") << QStringLiteral("Pending");
        QTest::newRow("Failed") << QStringLiteral("Failed") << QStringLiteral("Error");
        QTest::newRow("Cancelled") << QStringLiteral("Cancelled") << QStringLiteral("Error");
    }
    void badge_mapsEveryOrderState()
    {
        QFETCH(QString, serverWord);
        QFETCH(QString, badge);
        QCOMPARE(badgeText(badgeFor(orderStateFromServerWord(serverWord))), badge);
    }

    void badgeColours_carryTheToneOfTheirWords_andReadOnTheApplicationPalette()
    {
        // The words are ResultsTexts', the colours DeskColours': for every state they must agree.
        const QMap<Badge, Tone> toneOfWords = {
            {Badge::Complete, Tone::Success}, {Badge::Pending, Tone::Warning}, {Badge::Error, Tone::Danger}};
        const DeskColours colours(QGuiApplication::palette());
        for (const OrderState state :
            {OrderState::Done, OrderState::InProgress, OrderState::Failed, OrderState::Unknown}) {
            const Badge badge = badgeFor(state);
            QCOMPARE(DeskColours::orderTone(state), toneOfWords.value(badge));
            const Swatch chip = colours.orderBadge(state);
            QCOMPARE(chip.background, colours.badge(toneOfWords.value(badge)).background);
            QVERIFY(contrastRatio(chip.foreground, chip.background) >= MinimumTextContrast);
        }
        QCOMPARE(DeskColours::orderTone(OrderState::Done), Tone::Success);
        QCOMPARE(DeskColours::orderTone(OrderState::InProgress), Tone::Warning);
        QCOMPARE(DeskColours::orderTone(OrderState::Failed), Tone::Danger);
    }

    void changeTypeText_knownWireNamesGetTitles_unknownKeptAsSent()
    {
        QCOMPARE(changeTypeText(QStringLiteral("swap-sim")), QStringLiteral("Swap SIM"));
        QCOMPARE(changeTypeText(QStringLiteral("Activate")), QStringLiteral("Activate"));
        QCOMPARE(changeTypeText(QStringLiteral("port-in")), QStringLiteral("port-in"));
    }

    void localDateTimeText_isInLocalTimeWithTheZone()
    {
        const QDateTime utc = QDateTime(QDate(2024, 3, 5), QTime(14, 30), QTimeZone::utc()).toUTC();
        const QString text = localDateTimeText(utc);
        QVERIFY(text.contains(QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat)));
        QVERIFY(text.endsWith(utc.toLocalTime().timeZoneAbbreviation()));
    }

    void supportTicketText_holdsTitleStatusTraceIdAndFieldErrors()
    {
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = 422;
        error.title = QStringLiteral("A number was refused");
        error.message = QStringLiteral("+12015550101 is cancelled.");
        error.traceId = QStringLiteral("00-abc-def-00");
        error.fieldErrors.append({QStringLiteral("$.PhoneNumbers[0].Number"), QStringLiteral("Number"), 0,
            {QStringLiteral("is cancelled")}});
        const QString text
            = supportTicketText(error, QDateTime(QDate(2024, 3, 5), QTime(14, 30), QTimeZone::utc()));
        QVERIFY(text.contains(error.title));
        QVERIFY(text.contains(QStringLiteral("422")));
        QVERIFY(text.contains(QStringLiteral("Trace id: 00-abc-def-00")));
        QVERIFY(text.contains(QStringLiteral("$.PhoneNumbers[0].Number: is cancelled")));
        QVERIFY(text.contains(QStringLiteral("2024-03-05T14:30:00Z")));
        QVERIFY(!text.contains(QStringLiteral("may have carried it out")));

        error.kind = ApiError::Kind::OutcomeUnknown;
        QVERIFY(supportTicketText(error, QDateTime::currentDateTimeUtc())
                    .contains(QStringLiteral("may have carried it out")));
    }
};

QTEST_MAIN(ResultsTextsTest)
#include "tst_resultstexts.moc"
