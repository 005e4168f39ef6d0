#include "gui/common/DeskColours.h"

#include "gui/common/Contrast.h"

namespace nd {

namespace {

// Fixed hues per scheme; text() still nudges them should a platform palette have an unusual window.
QColor lightText(Tone tone)
{
    switch (tone) {
    case Tone::Success:
        return QColor(0x1b, 0x6e, 0x20);
    case Tone::Warning:
        return QColor(0x8a, 0x4b, 0x00);
    case Tone::Danger:
        return QColor(0xb0, 0x00, 0x20);
    case Tone::Info:
        return QColor(0x0b, 0x57, 0xd0);
    }
    Q_UNREACHABLE();
}

QColor darkText(Tone tone)
{
    switch (tone) {
    case Tone::Success:
        return QColor(0x81, 0xc7, 0x84);
    case Tone::Warning:
        return QColor(0xff, 0xcc, 0x80);
    case Tone::Danger:
        return QColor(0xff, 0x8a, 0x80);
    case Tone::Info:
        return QColor(0x8a, 0xb4, 0xf8);
    }
    Q_UNREACHABLE();
}

QString toneName(Tone tone)
{
    switch (tone) {
    case Tone::Success:
        return QStringLiteral("success");
    case Tone::Warning:
        return QStringLiteral("warning");
    case Tone::Danger:
        return QStringLiteral("danger");
    case Tone::Info:
        return QStringLiteral("info");
    }
    Q_UNREACHABLE();
}

constexpr Tone AllTones[] = {Tone::Success, Tone::Warning, Tone::Danger, Tone::Info};

} // namespace

DeskColours::DeskColours(const QPalette &palette) : m_palette(palette), m_dark(isDark(palette)) { }

bool DeskColours::isDark(const QPalette &palette)
{
    // Both surfaces text sits on: a dark window with a light base (or the reverse) is judged by the
    // darker half, where a light-scheme colour would vanish first.
    return palette.color(QPalette::Window).lightness() < 128
        || palette.color(QPalette::Base).lightness() < 128;
}

QColor DeskColours::text(Tone tone) const
{
    return withContrast(m_dark ? darkText(tone) : lightText(tone),
        {m_palette.color(QPalette::Window), m_palette.color(QPalette::Base),
            m_palette.color(QPalette::AlternateBase)});
}

QColor DeskColours::mutedText() const
{
    return withContrast(m_palette.color(QPalette::PlaceholderText),
        {m_palette.color(QPalette::Window), m_palette.color(QPalette::Base),
            m_palette.color(QPalette::AlternateBase)});
}

QColor DeskColours::issue(std::optional<Severity> severity) const
{
    if (!severity)
        return text(Tone::Success);
    switch (*severity) {
    case Severity::Error:
        return text(Tone::Danger);
    case Severity::Warning:
        return text(Tone::Warning);
    case Severity::Note:
        break;
    }
    return mutedText();
}

QColor DeskColours::edge(Tone tone) const
{
    return text(tone);
}

QColor DeskColours::focusFrame(bool onSelection) const
{
    return m_palette.color(onSelection ? QPalette::HighlightedText : QPalette::Text);
}

QColor DeskColours::controlOutline(bool enabled) const
{
    // The text colour's direction, faded towards the window as far as 3:1 allows.
    if (!enabled)
        return m_palette.color(QPalette::Disabled, QPalette::WindowText);
    return withContrast(m_palette.color(QPalette::Mid),
        {m_palette.color(QPalette::Window), m_palette.color(QPalette::Base)}, MinimumControlContrast);
}

QColor DeskColours::disabledPlaceholderText() const
{
    return m_palette.color(QPalette::Disabled, QPalette::Text);
}

Swatch DeskColours::unusedCell() const
{
    const QColor window = m_palette.color(QPalette::Window);
    return {mutedText(), window, window};
}

Swatch DeskColours::banner(Tone tone) const
{
    if (m_dark) {
        switch (tone) {
        case Tone::Success:
            return {QColor(0xc8, 0xf0, 0xcb), QColor(0x1c, 0x3a, 0x1f), QColor(0x81, 0xc7, 0x84)};
        case Tone::Warning:
            return {QColor(0xff, 0xe8, 0xa3), QColor(0x3d, 0x30, 0x00), QColor(0xc9, 0xa1, 0x00)};
        case Tone::Danger:
            return {QColor(0xff, 0xda, 0xd6), QColor(0x4a, 0x1c, 0x1c), QColor(0xff, 0x8a, 0x80)};
        case Tone::Info:
            return {QColor(0xd6, 0xe4, 0xff), QColor(0x1a, 0x2f, 0x4d), QColor(0x8a, 0xb4, 0xf8)};
        }
        Q_UNREACHABLE();
    }
    switch (tone) {
    case Tone::Success:
        return {Qt::black, QColor(0xe3, 0xf4, 0xe4), QColor(0x1b, 0x6e, 0x20)};
    case Tone::Warning:
        return {Qt::black, QColor(0xff, 0xf4, 0xce), QColor(0xc9, 0xa1, 0x00)};
    case Tone::Danger:
        return {Qt::black, QColor(0xfd, 0xe7, 0xe9), QColor(0xc4, 0x2b, 0x1c)};
    case Tone::Info:
        return {Qt::black, QColor(0xe3, 0xee, 0xfd), QColor(0x0b, 0x57, 0xd0)};
    }
    Q_UNREACHABLE();
}

Swatch DeskColours::sandboxBanner() const
{
    // Black on amber in both schemes (11.7:1 and 10:1); only the amber softens and the edge lightens
    // on a dark window, so the strip glows less but is still the loudest thing on screen.
    if (m_dark)
        return {Qt::black, QColor(0xe6, 0xa8, 0x00), QColor(0xff, 0xd5, 0x4f)};
    return {Qt::black, QColor(0xf5, 0xb7, 0x00), QColor(0x8a, 0x65, 0x00)};
}

Swatch DeskColours::badge(Tone tone) const
{
    // Light: white on deep colours. Dark: near-black on soft colours, which sit better on a dark
    // window than the deep ones (those would read as holes).
    if (m_dark) {
        const QColor ink(0x10, 0x10, 0x10);
        switch (tone) {
        case Tone::Success:
            return {ink, QColor(0x81, 0xc9, 0x95), QColor(0x81, 0xc9, 0x95)};
        case Tone::Warning:
            return {ink, QColor(0xf2, 0xc1, 0x4e), QColor(0xf2, 0xc1, 0x4e)};
        case Tone::Danger:
            return {ink, QColor(0xff, 0x8a, 0x80), QColor(0xff, 0x8a, 0x80)};
        case Tone::Info:
            return {ink, QColor(0x8a, 0xb4, 0xf8), QColor(0x8a, 0xb4, 0xf8)};
        }
        Q_UNREACHABLE();
    }
    switch (tone) {
    case Tone::Success:
        return {Qt::white, QColor(0x1b, 0x6e, 0x35), QColor(0x1b, 0x6e, 0x35)};
    case Tone::Warning:
        return {Qt::white, QColor(0x8a, 0x55, 0x00), QColor(0x8a, 0x55, 0x00)};
    case Tone::Danger:
        return {Qt::white, QColor(0xb0, 0x1e, 0x1e), QColor(0xb0, 0x1e, 0x1e)};
    case Tone::Info:
        return {Qt::white, QColor(0x0b, 0x57, 0xd0), QColor(0x0b, 0x57, 0xd0)};
    }
    Q_UNREACHABLE();
}

Tone DeskColours::orderTone(OrderState state)
{
    switch (state) {
    case OrderState::Done:
        return Tone::Success;
    case OrderState::Failed:
        return Tone::Danger;
    case OrderState::InProgress:
    case OrderState::Unknown:
        break;
    }
    return Tone::Warning;
}

Swatch DeskColours::orderBadge(OrderState state) const
{
    return badge(orderTone(state));
}

QList<ColourPair> DeskColours::textPairs() const
{
    const QList<std::pair<QString, QPalette::ColorRole>> surfaces = {
        {QStringLiteral("window"), QPalette::Window},
        {QStringLiteral("base"), QPalette::Base},
        {QStringLiteral("alternate base"), QPalette::AlternateBase},
    };
    QList<ColourPair> pairs;
    for (const auto &[surfaceName, role] : surfaces) {
        const QColor surface = m_palette.color(role);
        for (const Tone tone : AllTones)
            pairs.append({toneName(tone) + QStringLiteral(" text on ") + surfaceName, text(tone), surface});
        pairs.append({QStringLiteral("muted text on ") + surfaceName, mutedText(), surface});
        pairs.append({QStringLiteral("note issue on ") + surfaceName, issue(Severity::Note), surface});
        pairs.append({QStringLiteral("fine issue on ") + surfaceName, issue(std::nullopt), surface});
        for (const Severity severity : {Severity::Error, Severity::Warning})
            pairs.append({(severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"))
                    + QStringLiteral(" issue on ") + surfaceName,
                issue(severity), surface});
        for (const Tone tone : AllTones)
            pairs.append({toneName(tone) + QStringLiteral(" edge on ") + surfaceName, edge(tone), surface});
        pairs.append({QStringLiteral("control outline on ") + surfaceName, controlOutline(true), surface,
            MinimumControlContrast});
    }
    // The focus frame is drawn over an item: a view's base (or its alternate rows) or the selection.
    // Not text: 3:1 (WCAG 1.4.11), which Qt's own Fusion selection reaches and 4.5:1 it does not.
    pairs.append({QStringLiteral("focus frame on base"), focusFrame(false), m_palette.color(QPalette::Base),
        MinimumControlContrast});
    pairs.append({QStringLiteral("focus frame on alternate base"), focusFrame(false),
        m_palette.color(QPalette::AlternateBase), MinimumControlContrast});
    pairs.append({QStringLiteral("focus frame on selection"), focusFrame(true),
        m_palette.color(QPalette::Highlight), MinimumControlContrast});
    for (const Tone tone : AllTones) {
        const Swatch box = banner(tone);
        pairs.append({toneName(tone) + QStringLiteral(" banner"), box.foreground, box.background});
        const Swatch chip = badge(tone);
        pairs.append({toneName(tone) + QStringLiteral(" badge"), chip.foreground, chip.background});
    }
    const Swatch cell = unusedCell();
    pairs.append({QStringLiteral("unused cell"), cell.foreground, cell.background});
    for (const OrderState state :
        {OrderState::Done, OrderState::InProgress, OrderState::Failed, OrderState::Unknown}) {
        const Swatch chip = orderBadge(state);
        pairs.append({QStringLiteral("order badge %1").arg(int(state)), chip.foreground, chip.background});
    }
    const Swatch sandbox = sandboxBanner();
    pairs.append({QStringLiteral("sandbox banner"), sandbox.foreground, sandbox.background});
    return pairs;
}

} // namespace nd
