#pragma once

// Turns a phone number as the server sent it ("+12016093801", "12016093801", 2016093801 as a JSON
// number) into E.164. Used by OrderNumberParser; the request side has its own, stricter reader of
// what users type.

#include <QJsonValue>
#include <QString>
#include <optional>

namespace nd {

// 10 digits -> +1 and the digits (NANP); 11 digits starting with 1 -> + and the digits; "+" followed
// by 8 to 15 digits is kept. Anything else (letters, dashes, other lengths) is nullopt.
std::optional<QString> e164FromServerValue(const QJsonValue &value);

// The value as text for an error message ("555-0100", "2016093801").
QString serverValueText(const QJsonValue &value);

} // namespace nd
