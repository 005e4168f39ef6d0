// The stored appearance choice (ui/colourScheme) and what applyColourScheme() puts on the application.

#include "gui/common/ColourScheme.h"
#include "gui/common/Contrast.h"
#include "gui/common/DeskColours.h"
#include "gui/common/DeskPalettes.h"
#include "gui/common/DeskStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
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
        auto *style = qobject_cast<DeskStyle *>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(QApplication::palette().color(QPalette::Base), deskDarkPalette().color(QPalette::Base));
        QVERIFY(DeskColours::isDark(QApplication::palette()));

        applyColourScheme(ColourScheme::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Highlight),
            deskLightPalette().color(QPalette::Highlight));
        QVERIFY(!DeskColours::isDark(QApplication::palette()));
    }

    void lightAndDark_uncheckedBoxStandsOutFromTheWindow_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::newRow("light") << int(ColourScheme::Light);
        QTest::newRow("dark") << int(ColourScheme::Dark);
    }

    // WCAG 1.4.11: a control's boundary 3:1 against its surroundings. Plain Fusion's unticked box
    // reached about 2:1 on the light window and 1.2:1 on the dark one.
    void lightAndDark_uncheckedBoxStandsOutFromTheWindow()
    {
        QFETCH(int, scheme);
        applyColourScheme(ColourScheme(scheme));
        QWidget window;
        auto *box = new QCheckBox(QStringLiteral("From"), &window);
        window.resize(120, 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = window.grab().toImage();
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect indicator
            = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box).translated(box->pos());
        const QColor windowColour = window.palette().color(QPalette::Window);
        double strongest = 1.0;
        for (int y = indicator.top(); y <= indicator.bottom(); ++y)
            for (int x = indicator.left(); x <= indicator.right(); ++x)
                strongest = qMax(strongest, contrastRatio(image.pixelColor(x, y), windowColour));
        qInfo("unticked box against the window: %.2f:1", strongest);
        QVERIFY2(strongest >= MinimumControlContrast, qPrintable(QString::number(strongest)));
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
