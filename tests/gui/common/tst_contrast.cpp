// WCAG AA contrast computed from the palettes the desk runs with: the formula against known values,
// then every DeskColours role and every pair of the palette itself, in light, dark and high contrast.

#include "gui/common/Contrast.h"
#include "gui/common/DeskColours.h"
#include "gui/common/DeskPalettes.h"

#include <QStyle>
#include <QStyleFactory>
#include <QtTest>
#include <memory>

using namespace nd;

Q_DECLARE_METATYPE(QPalette)

namespace {

struct PalettePair
{
    const char *name;
    QPalette::ColorRole foreground;
    QPalette::ColorRole background;
};

constexpr PalettePair PaletteTextPairs[] = {
    {"WindowText/Window", QPalette::WindowText, QPalette::Window},
    {"Text/Base", QPalette::Text, QPalette::Base},
    {"Text/AlternateBase", QPalette::Text, QPalette::AlternateBase},
    {"ButtonText/Button", QPalette::ButtonText, QPalette::Button},
    {"HighlightedText/Highlight", QPalette::HighlightedText, QPalette::Highlight},
    {"PlaceholderText/Base", QPalette::PlaceholderText, QPalette::Base},
    {"Link/Base", QPalette::Link, QPalette::Base},
    {"LinkVisited/Base", QPalette::LinkVisited, QPalette::Base},
    {"ToolTipText/ToolTipBase", QPalette::ToolTipText, QPalette::ToolTipBase},
};

QPalette fusionPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// What a platform's high-contrast theme hands the desk under "follow the system": pure black and
// white surfaces, a loud selection (the colours of Windows' "High Contrast Black" and "White").
QPalette highContrastPalette(bool dark)
{
    const QColor ink = dark ? Qt::white : Qt::black;
    const QColor paper = dark ? Qt::black : Qt::white;
    QPalette palette(ink, paper, paper, ink, QColor(0x80, 0x80, 0x80), ink, paper, paper, paper);
    palette.setColor(QPalette::AlternateBase, paper);
    palette.setColor(QPalette::PlaceholderText, ink);
    palette.setColor(QPalette::Highlight, dark ? QColor(0x1a, 0xeb, 0xff) : QColor(0x37, 0x00, 0x6e));
    palette.setColor(QPalette::HighlightedText, dark ? Qt::black : Qt::white);
    return palette;
}

const char *groupName(QPalette::ColorGroup group)
{
    return group == QPalette::Disabled ? " (disabled)" : group == QPalette::Inactive ? " (inactive)" : "";
}

QString describe(const QColor &foreground, const QColor &background)
{
    return QStringLiteral("%1 on %2: %3:1")
        .arg(foreground.name(QColor::HexArgb), background.name())
        .arg(contrastRatio(foreground, background), 0, 'f', 2);
}

} // namespace

class ContrastTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Not a check of Qt's palette: the numbers the desk's own light palette improves on, for the record.
        const QPalette fusion = fusionPalette();
        for (const PalettePair &pair : PaletteTextPairs) {
            const double ratio = contrastRatio(fusion.color(pair.foreground), fusion.color(pair.background));
            if (ratio < MinimumTextContrast)
                qInfo("Fusion default %s: %.2f:1 (below AA; deskLightPalette fixes it)", pair.name, ratio);
        }
    }

    void contrastRatio_matchesKnownValues()
    {
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrastRatio(Qt::white, Qt::black), 21.0);
        QCOMPARE(contrastRatio(Qt::red, Qt::red), 1.0);
        // The classic near miss: #777 on white is 4.48:1, just under AA.
        QVERIFY(qAbs(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
        QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < MinimumTextContrast);
        // #767676 is the lightest grey that passes on white (4.54:1).
        QVERIFY(qAbs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
        QVERIFY(qAbs(relativeLuminance(QColor(0x80, 0x80, 0x80)) - 0.2158605) < 1e-6);
    }

    void contrastRatio_blendsTranslucentTextOverItsBackground()
    {
        // Qt's default placeholder: black at 128/255 opacity, i.e. #7f7f7f on white, 4.00:1 (#777 opaque
        // would be 4.48).
        const QColor halfBlack(0, 0, 0, 128);
        QVERIFY(qAbs(contrastRatio(halfBlack, Qt::white) - 4.00) < 0.01);
        QVERIFY(contrastRatio(halfBlack, Qt::white) < contrastRatio(Qt::black, Qt::white));
    }

    void withContrast_keepsPassingColours_andFixesFailingOnes()
    {
        const QColor passing(0x1b, 0x6e, 0x20);
        QCOMPARE(withContrast(passing, {QColor(0xef, 0xef, 0xef)}), passing);
        const QColor tooLight(0xaa, 0xaa, 0xaa);
        const QColor fixed = withContrast(tooLight, {Qt::white, QColor(0xef, 0xef, 0xef)});
        QVERIFY(fixed != tooLight);
        QVERIFY(contrastRatio(fixed, Qt::white) >= MinimumTextContrast);
        QVERIFY(contrastRatio(fixed, QColor(0xef, 0xef, 0xef)) >= MinimumTextContrast);
        const QColor tooDark = withContrast(QColor(0x55, 0x55, 0x55), {QColor(0x1f, 0x1f, 0x1f)});
        QVERIFY(contrastRatio(tooDark, QColor(0x1f, 0x1f, 0x1f)) >= MinimumTextContrast);
    }

    void isDark_followsThePaletteNotAFlag()
    {
        QVERIFY(!DeskColours::isDark(fusionPalette()));
        QVERIFY(!DeskColours::isDark(deskLightPalette()));
        QVERIFY(DeskColours::isDark(deskDarkPalette()));
        QVERIFY(DeskColours::isDark(highContrastPalette(true)));
        QVERIFY(!DeskColours::isDark(highContrastPalette(false)));
    }

    void deskColours_everyPairReachesAA_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("Fusion default (light)") << fusionPalette();
        QTest::newRow("desk light") << deskLightPalette();
        QTest::newRow("desk dark") << deskDarkPalette();
        QTest::newRow("high contrast black") << highContrastPalette(true);
        QTest::newRow("high contrast white") << highContrastPalette(false);
    }
    void deskColours_everyPairReachesAA()
    {
        QFETCH(QPalette, palette);
        const DeskColours colours(palette);
        double lowest = 21.0;
        QString lowestName;
        const QList<ColourPair> pairs = colours.textPairs();
        QVERIFY(pairs.size() >= 56); // 13 roles on each of 3 surfaces, 3 focus frames, 17 boxes
        for (const ColourPair &pair : pairs) {
            const double ratio = contrastRatio(pair.foreground, pair.background);
            // Text at 4.5:1; only outlines and the focus frame may ask less, never below 3:1.
            QVERIFY(pair.minimum == MinimumTextContrast || pair.minimum == MinimumControlContrast);
            QVERIFY2(ratio >= pair.minimum,
                qPrintable(pair.name + QStringLiteral(": ") + describe(pair.foreground, pair.background)));
            if (pair.minimum == MinimumTextContrast && ratio < lowest) {
                lowest = ratio;
                lowestName = pair.name;
            }
        }
        qInfo("%s: lowest DeskColours text pair %.2f:1 (%s)", QTest::currentDataTag(), lowest,
            qPrintable(lowestName));
    }

    void deskColours_differBetweenLightAndDark()
    {
        const DeskColours light(deskLightPalette());
        const DeskColours dark(deskDarkPalette());
        QVERIFY(light.text(Tone::Danger) != dark.text(Tone::Danger));
        QVERIFY(light.banner(Tone::Warning).background != dark.banner(Tone::Warning).background);
        QVERIFY(light.badge(Tone::Success).background != dark.badge(Tone::Success).background);
        QVERIFY(light.sandboxBanner().background != dark.sandboxBanner().background);
        // Every role, not only the boxes: the palette decides them all.
        for (const Tone tone : {Tone::Success, Tone::Warning, Tone::Danger, Tone::Info}) {
            QVERIFY(light.text(tone) != dark.text(tone));
            QVERIFY(light.edge(tone) != dark.edge(tone));
            QVERIFY(light.banner(tone).foreground != dark.banner(tone).foreground);
            QVERIFY(light.badge(tone).foreground != dark.badge(tone).foreground);
        }
        for (const std::optional<Severity> severity :
            {std::optional<Severity>(), std::optional<Severity>(Severity::Error),
                std::optional<Severity>(Severity::Warning), std::optional<Severity>(Severity::Note)})
            QVERIFY(light.issue(severity) != dark.issue(severity));
        QVERIFY(light.mutedText() != dark.mutedText());
        QVERIFY(light.focusFrame(false) != dark.focusFrame(false));
        QVERIFY(light.controlOutline(true) != dark.controlOutline(true));
        QVERIFY(light.disabledPlaceholderText() != dark.disabledPlaceholderText());
        QVERIFY(light.orderBadge(OrderState::Failed).background
            != dark.orderBadge(OrderState::Failed).background);
    }

    void deskColours_rolesMeanTheSameInEveryPalette()
    {
        // A field's result and the status badge are the tones, not colours of their own: one rule
        // decides a meaning's colour for every widget that shows it.
        for (const QPalette &palette : {deskLightPalette(), deskDarkPalette(), highContrastPalette(true)}) {
            const DeskColours colours(palette);
            QCOMPARE(colours.issue(Severity::Error), colours.text(Tone::Danger));
            QCOMPARE(colours.issue(Severity::Warning), colours.text(Tone::Warning));
            QCOMPARE(colours.issue(std::nullopt), colours.text(Tone::Success));
            QCOMPARE(colours.issue(Severity::Note), colours.mutedText());
            QCOMPARE(colours.edge(Tone::Danger), colours.text(Tone::Danger));
            QCOMPARE(
                colours.orderBadge(OrderState::Done).background, colours.badge(Tone::Success).background);
            QCOMPARE(colours.orderBadge(OrderState::InProgress).background,
                colours.badge(Tone::Warning).background);
            QCOMPARE(
                colours.orderBadge(OrderState::Unknown).background, colours.badge(Tone::Warning).background);
            QCOMPARE(
                colours.orderBadge(OrderState::Failed).background, colours.badge(Tone::Danger).background);
            QCOMPARE(colours.focusFrame(false), palette.color(QPalette::Text));
            QCOMPARE(colours.focusFrame(true), palette.color(QPalette::HighlightedText));
            QCOMPARE(colours.controlOutline(false), palette.color(QPalette::Disabled, QPalette::WindowText));
            QCOMPARE(colours.unusedCell().foreground, colours.mutedText());
            QCOMPARE(colours.unusedCell().background, palette.color(QPalette::Window));
        }
    }

    void deskColours_textPairsCoverEveryRole()
    {
        // The contrast test above is only as good as the list it walks.
        const QList<ColourPair> pairs = DeskColours(deskLightPalette()).textPairs();
        for (const char *role : {"success text", "warning text", "danger text", "info text", "muted text",
                 "note issue", "fine issue", "error issue", "warning issue", "danger edge", "control outline",
                 "focus frame on base", "focus frame on selection", "danger banner", "info badge",
                 "order badge", "sandbox banner", "unused cell"}) {
            const bool covered = std::any_of(pairs.cbegin(), pairs.cend(),
                [role](const ColourPair &pair) { return pair.name.startsWith(QLatin1String(role)); });
            QVERIFY2(covered, role);
        }
    }

    void deskPalettes_everyOwnPairReachesAA_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("desk light") << deskLightPalette();
        QTest::newRow("desk dark") << deskDarkPalette();
    }
    void deskPalettes_everyOwnPairReachesAA()
    {
        QFETCH(QPalette, palette);
        double lowest = 21.0;
        QString lowestName;
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            for (const PalettePair &pair : PaletteTextPairs) {
                const QColor foreground = palette.color(group, pair.foreground);
                const QColor background = palette.color(group, pair.background);
                const double ratio = contrastRatio(foreground, background);
                const QString name = QLatin1String(pair.name) + QLatin1String(groupName(group));
                QVERIFY2(ratio >= MinimumTextContrast,
                    qPrintable(name + QStringLiteral(": ") + describe(foreground, background)));
                if (ratio < lowest) {
                    lowest = ratio;
                    lowestName = name;
                }
            }
        }
        qInfo("%s: lowest palette pair %.2f:1 (%s)", QTest::currentDataTag(), lowest, qPrintable(lowestName));
    }
};

QTEST_MAIN(ContrastTest)
#include "tst_contrast.moc"
