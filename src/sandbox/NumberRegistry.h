#pragma once

// Every number the sandbox account has touched, with its lifecycle state and eSIM ICCID.
// A valid number never seen before counts as inactive: provisioned to the account, not yet live.
// Used by StatusChangeHandler (read, then apply a whole order at once) and by tests (setup).

#include <QHash>
#include <QString>
#include <optional>

namespace nd::sandbox {

enum class NumberState { Inactive, Active, Parked, Cancelled, Released };

QString stateName(NumberState state); // "inactive", "active", ...
std::optional<NumberState> stateFromName(const QString &name);

class NumberRegistry final
{
public:
    NumberState state(const QString &e164) const { return m_states.value(e164, NumberState::Inactive); }
    bool isKnown(const QString &e164) const { return m_states.contains(e164); }
    void setState(const QString &e164, NumberState state) { m_states.insert(e164, state); }
    void setIccid(const QString &e164, const QString &iccid) { m_iccids.insert(e164, iccid); }
    QString iccid(const QString &e164) const { return m_iccids.value(e164); }

private:
    QHash<QString, NumberState> m_states;
    QHash<QString, QString> m_iccids;
};

} // namespace nd::sandbox
