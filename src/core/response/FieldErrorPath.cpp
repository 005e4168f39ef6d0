#include "response/FieldErrorPath.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nd {

namespace {

// Far more numbers than an agent sends in one request, and small enough that "phone number N" (index
// + 1) cannot overflow. A larger index is not a row of ours.
constexpr int MaxRowIndex = 99999;

// The request's fields, spelled as the request sends them; server paths may use other casing.
const QStringList &requestFields()
{
    static const QStringList fields = {QStringLiteral("StatusChange"), QStringLiteral("EffectiveDate"),
        QStringLiteral("AreaCode"), QStringLiteral("ZipCode"), QStringLiteral("PhoneNumbers"),
        QStringLiteral("Number"), QStringLiteral("ICCID")};
    return fields;
}

QString canonicalFieldName(const QString &name)
{
    for (const QString &field : requestFields()) {
        if (name.compare(field, Qt::CaseInsensitive) == 0)
            return field;
    }
    return name;
}

} // namespace

FieldError fieldErrorFromKey(const QString &key, const QStringList &messages)
{
    FieldError error;
    error.path = key;
    error.messages = messages;

    // "$.A[1].B" or, from servers that omit the root, "A[1].B". Segments are names with optional index.
    static const QRegularExpression path(
        QStringLiteral(R"(^(\$\.?)?([A-Za-z_]\w*)(?:\[(\d+)\])?((?:\.[A-Za-z_]\w*(?:\[\d+\])?)*)$)"));
    const QRegularExpressionMatch m = path.match(key.trimmed());
    if (!m.hasMatch())
        return error; // "" (the whole order), e.g. "Auth"

    const bool rooted = m.hasCaptured(1);
    const QString first = m.captured(2);
    if (!rooted && !requestFields().contains(first, Qt::CaseInsensitive))
        return error;

    if (m.hasCaptured(3)) {
        bool ok = false;
        const int row = m.captured(3).toInt(&ok);
        // toInt() gives 0 on overflow: "$.PhoneNumbers[9999999999]" would blame the first number. An
        // index no request can have names no row, so the message goes to the order as a whole.
        if (!ok || row > MaxRowIndex)
            return error;
        error.row = row;
    }
    const QString rest = m.captured(4);
    QString last = first;
    if (!rest.isEmpty()) {
        last = rest.section(QLatin1Char('.'), -1).section(QLatin1Char('['), 0, 0);
    }
    error.field = canonicalFieldName(last);
    return error;
}

QString fieldErrorLocation(const FieldError &error)
{
    if (error.row) {
        const int position = *error.row + 1;
        if (error.field.isEmpty() || error.field == QLatin1String("PhoneNumbers"))
            //: Where a server error points, in "Details: …": %1 is the number's position in the request
            //: (1 for the first).
            return QCoreApplication::translate("FieldErrorPath", "phone number %L1").arg(position);
        //: Where a server error points, in "Details: …": %1 is the number's position in the request
        //: (1 for the first), %2 a request field name such as ICCID (keep as is).
        return QCoreApplication::translate("FieldErrorPath", "phone number %L1, %2")
            .arg(position)
            .arg(error.field);
    }
    return error.field;
}

} // namespace nd
