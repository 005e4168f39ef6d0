#pragma once

// The pseudo-locale: every message accented and about 40 % longer, so a test running the app in it
// shows which label, button or header would clip in a real translation (Spanish and French run
// 15–30 % longer than English) and which string never went through tr().

#include "TsCatalogue.h"

class QIODevice;

namespace nd::i18n {

// "&Save %1" → "[&Sávë %1 ĺöŕ]": placeholders, the accelerator letter after &, "&&", HTML tags and
// entities stay as they are; every other letter gets an accent; filler pads the text by ~40 %.
QString pseudoTranslate(const QString &source);

// Writes `catalogue`'s messages, every one (each plural form too) translated by pseudoTranslate(),
// as a finished .ts file for lrelease.
bool writePseudoCatalogue(const TsCatalogue &catalogue, QIODevice *device);

} // namespace nd::i18n
