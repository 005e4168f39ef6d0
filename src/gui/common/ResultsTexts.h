#pragma once

// The words the results side shows for an order and its errors: status badge, local dates, money,
// the "may have happened" caution and the support-ticket text. Kept apart from the widgets so the
// header, the error box, the delegate and the tests all say the same thing.

#include "response/ApiError.h"
#include "response/Order.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace nd::results {

enum class Badge { Complete, Pending, Error };

Badge badgeFor(OrderState state);
QString badgeText(Badge badge);
// Its colours are DeskColours::orderBadge(), for the same state.

// In the user's time zone, with the zone shown so staff and customer agree on the time.
// Dates and fees alone: i18n/LocaleFormat (dateText, usdText).
QString localDateTimeText(const QDateTime &serverTime);
// "Activate" for "activate"; the server's own text when it is not one of the six.
QString changeTypeText(const QString &serverChangeType);
// "Title: message (HTTP 422)": the server's own words, so staff can quote them to Telegent.
QString errorText(const ApiError &error);

// Shown under an error whose request may have been carried out anyway (serverMayHaveActed()).
QString mayHaveActedCaution();
// Plain text for a support ticket: what failed, when, the status, the trace id. No secrets: an
// ApiError never holds tokens, credentials or QR codes.
QString supportTicketText(const ApiError &error, const QDateTime &when);

} // namespace nd::results
