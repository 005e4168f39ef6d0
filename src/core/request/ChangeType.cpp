#include "request/ChangeType.h"

#include <QCoreApplication>

namespace nd {

const QList<ChangeTypeRule> &changeTypeRules()
{
    // clang-format off
    static const QList<ChangeTypeRule> rules = {
        //  type                   wire        area   zip    iccid  destr. qr     newNumber sameArea
        { ChangeType::Activate, "activate",  false, false, false, false, true,  false,    false },
        { ChangeType::Cancel,   "cancel",    false, false, false, true,  false, false,    false },
        { ChangeType::Swap,     "swap",      true,  true,  false, true,  false, true,     true  },
        { ChangeType::SwapSim,  "swap-sim",  false, false, true,  false, true,  false,    false },
        { ChangeType::Replace,  "replace",   true,  true,  false, true,  false, true,     false },
        { ChangeType::Park,     "park",      false, false, false, true,  false, false,    false },
    };
    // clang-format on
    return rules;
}

const ChangeTypeRule &ruleFor(ChangeType type)
{
    for (const ChangeTypeRule &rule : changeTypeRules()) {
        if (rule.type == type)
            return rule;
    }
    Q_UNREACHABLE();
}

QString wireName(ChangeType type)
{
    return QString::fromLatin1(ruleFor(type).wireName);
}

std::optional<ChangeType> changeTypeFromWireName(const QString &name)
{
    const QString trimmed = name.trimmed();
    for (const ChangeTypeRule &rule : changeTypeRules()) {
        if (trimmed.compare(QLatin1String(rule.wireName), Qt::CaseInsensitive) == 0)
            return rule.type;
    }
    return std::nullopt;
}

QString changeTypeTitle(ChangeType type)
{
    switch (type) {
    case ChangeType::Activate:
        return QCoreApplication::translate("ChangeType", "Activate");
    case ChangeType::Cancel:
        return QCoreApplication::translate("ChangeType", "Cancel");
    case ChangeType::Swap:
        return QCoreApplication::translate("ChangeType", "Swap number");
    case ChangeType::SwapSim:
        return QCoreApplication::translate("ChangeType", "Swap SIM");
    case ChangeType::Replace:
        return QCoreApplication::translate("ChangeType", "Replace number");
    case ChangeType::Park:
        return QCoreApplication::translate("ChangeType", "Park");
    }
    Q_UNREACHABLE();
}

QString changeTypeExplanation(ChangeType type)
{
    switch (type) {
    case ChangeType::Activate:
        return QCoreApplication::translate(
            "ChangeType", "Brings a parked or inactive number live and issues an eSIM QR code.");
    case ChangeType::Cancel:
        return QCoreApplication::translate("ChangeType",
            "Deactivates the number permanently; it may be given to someone else. Only reversible within "
            "30 days, through another channel.");
    case ChangeType::Swap:
        return QCoreApplication::translate(
            "ChangeType", "Gives the customer a new number in the same area code. Cannot be undone.");
    case ChangeType::SwapSim:
        return QCoreApplication::translate("ChangeType",
            "Moves the number to a new eSIM profile and issues a new QR code; the old SIM stops working.");
    case ChangeType::Replace:
        return QCoreApplication::translate("ChangeType",
            "Gives the customer a new number from the requested area code or zip code, else any. Cannot "
            "be undone.");
    case ChangeType::Park:
        return QCoreApplication::translate(
            "ChangeType", "Suspends the number, keeping the number and SIM. Undo it with Activate.");
    }
    Q_UNREACHABLE();
}

} // namespace nd
