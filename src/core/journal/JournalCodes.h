#pragma once

// The words the journal stores for OrderState and ApiError::Kind, so a record stays readable when an
// enum is reordered. Internal to the journal (OrderJournal, JournalRecordReader) and HistoryCsv.

#include "response/ApiError.h"
#include "response/Order.h"

#include <QString>
#include <optional>

namespace nd::journal {

QString orderStateName(OrderState state);
std::optional<OrderState> orderStateFromName(const QString &name);

QString errorKindName(ApiError::Kind kind);
std::optional<ApiError::Kind> errorKindFromName(const QString &name);

} // namespace nd::journal
