#pragma once

// Every number the sandbox account has touched, with its lifecycle state and eSIM ICCID.
// A valid number never seen before counts as inactive: provisioned to the account, not yet live.
// Used by StatusChangeHandler (read, then apply a whole order at once) and by tests (setup).

#include "sandbox/BoundedHash.h"

#include <QString>
#include <optional>

namespace nd::sandbox {

enum class NumberState { Inactive, Active, Parked, Cancelled, Released };

QString stateName(NumberState state); // "inactive", "active", ...
std::optional<NumberState> stateFromName(const QString &name);

class NumberRegistry final
{
public:
    // Beyond `maxNumbers` the number seen longest ago is forgotten, and counts as new (inactive) again.
    explicit NumberRegistry(int maxNumbers) : m_numbers(maxNumbers) { }

    NumberState state(const QString &e164) const { return m_numbers.value(e164).state; }
    bool isKnown(const QString &e164) const { return m_numbers.contains(e164); }
    void setState(const QString &e164, NumberState state);
    void setIccid(const QString &e164, const QString &iccid);
    QString iccid(const QString &e164) const { return m_numbers.value(e164).iccid; }
    int size() const { return m_numbers.size(); }

private:
    struct Record
    {
        NumberState state = NumberState::Inactive;
        QString iccid;
    };
    BoundedHash<QString, Record> m_numbers;
};

} // namespace nd::sandbox
