#pragma once

// Which of the form's rows a server error is about. The API names a number in three ways: a JSON path
// into the request ("$.PhoneNumbers[3]"), an Errors key that is the number itself ("+12016090422"), or
// the number written somewhere in the Detail or a message ("… +12016090422 does not belong to account").
// Every number named, in any of those places and in any of the ways people write numbers, is matched
// against what was sent and mapped back to the row it was typed in. Used by the form to mark rows and
// move focus to the first; Qt Core only, so tests check it without a screen.

#include "request/StatusChangeRequest.h"
#include "response/ApiError.h"

#include <QMap>
#include <QStringList>

namespace nd {

struct ErrorRows
{
    QMap<int, QStringList> messagesByRow; // keyed by StatusChangeRequest row; sorted, so first() is the top
    QList<FieldError> unplaced; // field errors that name no row that was sent
    // "Number 12 of the request: …" for a path index beyond what was sent
    QStringList outOfRange;
};

ErrorRows rowsNamedByError(const ApiError &error, const ValidatedRequest &sent);

// Every North American number written in `text`, as E.164, in order of appearance, without repeats.
QStringList phoneNumbersIn(const QString &text);

} // namespace nd
