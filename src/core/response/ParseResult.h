#pragma once

// What every response parser returns: either a complete value or one sentence saying exactly what was
// wrong with the body. Never both, never a half-filled value. Used by OrderParser and its helpers;
// callers show `error` to the user when `value` is empty.

#include <QString>
#include <optional>
#include <utility>

namespace nd {

template<class T> struct ParseResult
{
    std::optional<T> value;
    QString error; // empty exactly when value is set

    static ParseResult success(T v) { return ParseResult {std::optional<T>(std::move(v)), QString()}; }
    static ParseResult failure(QString why) { return ParseResult {std::nullopt, std::move(why)}; }

    bool ok() const { return value.has_value(); }
};

} // namespace nd
