// The stored appearance choice (ui/colourScheme) and what applyColourScheme() puts on the application.

#include "gui/common/ColourScheme.h"
#include "gui/common/DeskColours.h"
#include "gui/common/DeskPalettes.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QtTest>

using namespace nd;

class ColourSchemeTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(colourSchemeSettingsKey());
    }

    void cleanup() { QSettings().remove(colourSchemeSettingsKey()); }

    void settingsValue_roundTrips()
    {
        QCOMPARE(colourSchemeSettingsKey(), QStringLiteral("ui/colourScheme"));
        for (const ColourScheme scheme : {ColourScheme::System, ColourScheme::Light, ColourScheme::Dark})
            QCOMPARE(colourSchemeFromSettingsValue(colourSchemeSettingsValue(scheme)), scheme);
        QCOMPARE(colourSchemeSettingsValue(ColourScheme::Dark), QStringLiteral("dark"));
        QCOMPARE(colourSchemeFromSettingsValue(QStringLiteral(" Light ")), ColourScheme::Light);
    }

    void unknownValue_isRejected()
    {
        QVERIFY(!colourSchemeFromSettingsValue(QStringLiteral("dim")));
        QVERIFY(!colourSchemeFromSettingsValue(QString()));
    }

    void savedColourScheme_readsTheSetting_andDefaultsToSystem()
    {
        QCOMPARE(savedColourScheme(), ColourScheme::System);
        QSettings().setValue(colourSchemeSettingsKey(), QStringLiteral("dark"));
        QCOMPARE(savedColourScheme(), ColourScheme::Dark);
        QSettings().setValue(colourSchemeSettingsKey(), QStringLiteral("purple"));
        QCOMPARE(savedColourScheme(), ColourScheme::System);
    }

    void applyDark_putsFusionAndTheDarkPaletteOnTheApplication()
    {
        applyColourScheme(ColourScheme::Dark);
        QCOMPARE(appliedColourScheme(), ColourScheme::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(QApplication::palette().color(QPalette::Base), deskDarkPalette().color(QPalette::Base));
        QVERIFY(DeskColours::isDark(QApplication::palette()));

        applyColourScheme(ColourScheme::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Highlight),
            deskLightPalette().color(QPalette::Highlight));
        QVERIFY(!DeskColours::isDark(QApplication::palette()));
    }

    void applySystem_givesBackThePlatformStyleAndPalette()
    {
        applyColourScheme(ColourScheme::System);
        const QString platformStyle = QApplication::style()->name();
        const QColor platformBase = QApplication::palette().color(QPalette::Base);
        applyColourScheme(ColourScheme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Base) != platformBase);
        applyColourScheme(ColourScheme::System);
        QCOMPARE(QApplication::style()->name(), platformStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Base), platformBase);
        QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette));
    }
};

QTEST_MAIN(ColourSchemeTest)
#include "tst_colourscheme.moc"
