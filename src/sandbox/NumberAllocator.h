#pragma once

// Picks the new number for swap and replace: a random, valid, unused NANP number in the wanted area
// code. A small zip-prefix table stands in for the carrier's geography. Used by StatusChangeHandler.

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace nd::sandbox {

class NumberAllocator final
{
public:
    static QString areaCodeOf(const QString &e164) { return e164.mid(2, 3); }
    // Area code serving a zip code, by its first three digits; nullopt for zips not in the table.
    static std::optional<QString> areaCodeForZip(const QString &zipCode);
    // Area codes used when the request names none (or an unknown zip).
    static QStringList poolAreaCodes();
    // Exchange never starting with 0/1, never 555-01xx (fiction and the sandbox's magic numbers).
    static QString newNumber(const QString &areaCode, const std::function<bool(const QString &)> &isTaken);
};

} // namespace nd::sandbox
