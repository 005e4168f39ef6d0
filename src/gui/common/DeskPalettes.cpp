#include "gui/common/DeskPalettes.h"

namespace nd {

namespace {

struct RoleColours
{
    QPalette::ColorRole role;
    QColor normal; // active and inactive windows alike: an agent reads both
    QColor disabled;
};

QPalette paletteOf(std::initializer_list<RoleColours> roles)
{
    QPalette palette;
    for (const RoleColours &entry : roles) {
        palette.setColor(QPalette::Active, entry.role, entry.normal);
        palette.setColor(QPalette::Inactive, entry.role, entry.normal);
        palette.setColor(QPalette::Disabled, entry.role, entry.disabled);
    }
    return palette;
}

} // namespace

QPalette deskLightPalette()
{
    // Fusion's light greys, with a deeper selection blue (white on Fusion's #308cc6 is 3.7:1), a
    // darker placeholder (Qt's half-transparent black is 3.9:1) and a visited-link purple (not magenta).
    const QColor window(0xef, 0xef, 0xef);
    const QColor disabledText(0x62, 0x62, 0x62);
    return paletteOf({
        {QPalette::Window, window, window},
        {QPalette::WindowText, Qt::black, disabledText},
        {QPalette::Base, Qt::white, window},
        {QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7), QColor(0xf7, 0xf7, 0xf7)},
        {QPalette::Text, Qt::black, disabledText},
        {QPalette::PlaceholderText, QColor(0x5f, 0x5f, 0x5f), disabledText},
        {QPalette::Button, window, window},
        {QPalette::ButtonText, Qt::black, disabledText},
        {QPalette::BrightText, Qt::white, Qt::white},
        {QPalette::Light, Qt::white, Qt::white},
        {QPalette::Midlight, QColor(0xca, 0xca, 0xca), QColor(0xca, 0xca, 0xca)},
        {QPalette::Mid, QColor(0xb8, 0xb8, 0xb8), QColor(0xb8, 0xb8, 0xb8)},
        {QPalette::Dark, QColor(0x9f, 0x9f, 0x9f), QColor(0xbe, 0xbe, 0xbe)},
        {QPalette::Shadow, QColor(0x76, 0x76, 0x76), QColor(0xb1, 0xb1, 0xb1)},
        {QPalette::Highlight, QColor(0x27, 0x69, 0xa8), QColor(0x6b, 0x6b, 0x6b)},
        {QPalette::HighlightedText, Qt::white, Qt::white},
        {QPalette::Link, QColor(0x0b, 0x57, 0xd0), disabledText},
        {QPalette::LinkVisited, QColor(0x7b, 0x1f, 0xa2), disabledText},
        {QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc), QColor(0xff, 0xff, 0xdc)},
        {QPalette::ToolTipText, Qt::black, disabledText},
    });
}

QPalette deskDarkPalette()
{
    // Not black: #1f1f1f-#353535 surfaces keep bevels and focus frames visible. Text is off-white
    // (pure white on near-black glares over a working day) and still 10:1 or more.
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1f, 0x1f, 0x1f);
    const QColor button(0x35, 0x35, 0x35);
    const QColor text(0xec, 0xec, 0xec);
    const QColor disabledText(0xa3, 0xa3, 0xa3);
    return paletteOf({
        {QPalette::Window, window, window}, {QPalette::WindowText, text, disabledText},
        {QPalette::Base, base, base},
        {QPalette::AlternateBase, QColor(0x29, 0x29, 0x29), QColor(0x29, 0x29, 0x29)},
        {QPalette::Text, text, disabledText},
        {QPalette::PlaceholderText, QColor(0xa6, 0xa6, 0xa6), disabledText},
        {QPalette::Button, button, button}, {QPalette::ButtonText, text, disabledText},
        {QPalette::BrightText, Qt::white, Qt::white},
        {QPalette::Light, QColor(0x4f, 0x4f, 0x4f), QColor(0x4f, 0x4f, 0x4f)},
        {QPalette::Midlight, QColor(0x3f, 0x3f, 0x3f), QColor(0x3f, 0x3f, 0x3f)},
        {QPalette::Mid, QColor(0x24, 0x24, 0x24), QColor(0x24, 0x24, 0x24)},
        {QPalette::Dark, QColor(0x1a, 0x1a, 0x1a), QColor(0x1a, 0x1a, 0x1a)},
        {QPalette::Shadow, QColor(0x0d, 0x0d, 0x0d), QColor(0x0d, 0x0d, 0x0d)},
        {QPalette::Highlight, QColor(0x2b, 0x5b, 0x94), QColor(0x40, 0x40, 0x40)},
        {QPalette::HighlightedText, Qt::white, QColor(0xc8, 0xc8, 0xc8)},
        {QPalette::Link, QColor(0x8a, 0xb4, 0xf8), disabledText},
        {QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9), disabledText},
        {QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c), QColor(0x3c, 0x3c, 0x3c)},
        {QPalette::ToolTipText, text, QColor(0xb3, 0xb3, 0xb3)}, // the tip is lighter than the window
    });
}

} // namespace nd
