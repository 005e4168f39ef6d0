#pragma once

// How amounts and dates look to the agent, in the language they chose (the default QLocale that
// AppTranslators sets). One rule for every window, the cards and the validation messages, so that the
// form, the confirmation and the results never show the same date two ways.

#include <QDate>
#include <QDateTime>
#include <QString>

namespace nd {

// A fee the API states in US dollars: "$0.50" in en_US, "0,50 $" in fr_CA. The bare "C" locale (tests,
// scripts) formats as en_US.
QString usdText(double amount);

// A calendar date with a four-digit year, in the locale's own order: "12/02/2026" in en_US,
// "02/12/2026" in es_MX, "2026-12-02" in fr_CA. Never a two-digit year: an effective date must not be
// ambiguous.
QString dateText(const QDate &date);

// A moment on this computer's clock: dateText() and the locale's short time ("12/02/2026 9:41 AM",
// "02/12/2026 9:41", "2026-12-02 09 h 41"). The caller converts to local time and adds a zone if needed.
QString dateTimeText(const QDateTime &time);

// The same order as a QDateEdit display format, with fixed-width fields ("MM/dd/yyyy", "dd/MM/yyyy",
// "yyyy-MM-dd") so that typing over a field never shifts the others.
QString dateEditFormat();

} // namespace nd
