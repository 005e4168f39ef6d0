#pragma once

// The agent's appearance choice: follow the system, or always light, or always dark. Stored under
// ui/colourScheme ("system", "light", "dark"), chosen in Preferences or with --colour-scheme, and put
// into effect for the whole application by applyColourScheme().

#include <QString>
#include <optional>

namespace nd {

enum class ColourScheme { System, Light, Dark };

// The QSettings key that holds the choice.
QString colourSchemeSettingsKey();
QString colourSchemeSettingsValue(ColourScheme scheme);
// nullopt for anything but the three stored words (case-insensitive, surrounding blanks ignored).
std::optional<ColourScheme> colourSchemeFromSettingsValue(const QString &value);
// The saved choice; System when none is saved or it is unreadable.
ColourScheme savedColourScheme();

// Light and Dark put the Fusion style and the matching palette below on the application; System
// gives back the platform's style and palette, and follows the platform's light/dark switch.
// Widgets follow through QEvent::PaletteChange, without a restart.
void applyColourScheme(ColourScheme scheme);
// What applyColourScheme() last put into effect (System before it was ever called).
ColourScheme appliedColourScheme();

} // namespace nd
