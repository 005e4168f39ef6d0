#pragma once

// Maps a key of a problem-details `Errors` object to the request field and row it names:
// "$.PhoneNumbers[1].Number" -> field "Number", row 1; "$.AreaCode" -> "AreaCode"; keys that are not
// request paths ("Auth") -> field "" (about the whole order). Used by ErrorBody.

#include "response/ApiError.h"

#include <QString>
#include <QStringList>

namespace nd {

FieldError fieldErrorFromKey(const QString &key, const QStringList &messages);

// "StatusChange", "phone number 2, Number" or "" for a message prefix the user understands.
QString fieldErrorLocation(const FieldError &error);

} // namespace nd
