#pragma once

// Every way a call to the API can fail, as one value the GUI can show and the journal can record.
// Built by ProblemDetailsParser from error bodies and by the client from network failures.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace nd {

struct FieldError
{
    QString path; // as the server sent it, e.g. "$.PhoneNumbers[1].Number"
    QString field; // request field it names: "StatusChange", "EffectiveDate", "AreaCode",
                   // "ZipCode", "PhoneNumbers", "Number", "ICCID", or "" for none
    std::optional<int> row; // index into PhoneNumbers when the path names one
    QStringList messages;
};

struct ApiError
{
    enum class Kind {
        Http, // the server answered with an error status
        RateLimited, // 429; retryAfterSeconds says when to try again
        Authentication, // credentials refused (token endpoint 401/403, successful:false)
        Network, // could not connect, connection refused, DNS, connection dropped before sending
        Tls, // certificate or handshake problem; never ignored
        Timeout, // no answer in time and the request had not been sent completely
        OutcomeUnknown, // the request was sent but the answer never came: the server may have acted
        MalformedResponse, // 2xx with a body that is not what the contract says
        Configuration, // e.g. a non-https base URL for a remote host
        Cancelled // abandoned by the user
    };

    Kind kind = Kind::Http;
    int httpStatus = 0; // 0 when no HTTP answer
    QString title; // short: "Validation failed", "Server error (500)"
    QString message; // human sentence: what happened and what to do
    QList<FieldError> fieldErrors;
    QString traceId;
    std::optional<int> retryAfterSeconds;

    // True when resending could act twice on the customer's line.
    // A 2xx whose body could not be read counts: the server accepted the request.
    bool serverMayHaveActed() const
    {
        return kind == Kind::OutcomeUnknown || kind == Kind::MalformedResponse;
    }
};

} // namespace nd
