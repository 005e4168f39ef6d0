#pragma once

// What an error answer's body said, whatever its form: RFC 7807 problem details (PascalCase or
// camelCase), `{ "error" | "message": "..." }`, plain text, an HTML page, or nothing. All text is
// already made safe (ServerText). ProblemDetailsParser and TokenResponseParser turn it into an ApiError.

#include "response/ApiError.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace nd {

struct ErrorBody
{
    enum class Form { Empty, Json, WebPage, PlainText };

    Form form = Form::Empty;
    QString title; // problem Title
    QString detail; // problem Detail
    QString serverText; // error/message field, or the plain-text body
    QList<FieldError> fieldErrors;
    QString traceId;
    std::optional<int> retryAfterSeconds; // the body's RetryAfter

    // The main thing the server said: Detail, else the error/message text, else the Errors not tied to
    // a field, else Title.
    QString mainText() const;
    QString orderLevelMessages() const;
    // One or more sentences quoting the server, e.g. `The server said: "…". Details: AreaCode: …`
    QString describe() const;
    // True for the knowledge base's maintenance texts ("… is currently unavailable").
    bool soundsLikeMaintenance() const;
};

ErrorBody readErrorBody(const QByteArray &body, const QByteArray &contentType);

} // namespace nd
