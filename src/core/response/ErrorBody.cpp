#include "response/ErrorBody.h"

#include "response/FieldErrorPath.h"
#include "response/JsonFields.h"
#include "response/RetryAfter.h"
#include "response/ServerText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nd {

namespace {

// Names the translation context of this file's messages (lupdate takes it from a class).
class ErrorBodyText final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorBody)
};

constexpr int maxFieldErrors = 20;
constexpr int maxPlainTextChars = 300;

QString textOf(const QJsonObject &object, const QString &name)
{
    const JsonField field = findField(object, {name});
    if (field.value.isString())
        return safeServerText(field.value.toString());
    if (field.value.isObject()) // { "error": { "message": "…" } }
        return textOf(field.value.toObject(), QStringLiteral("message"));
    return {};
}

QStringList messagesOf(const QJsonValue &value)
{
    QStringList messages;
    if (value.isString())
        messages.append(safeServerText(value.toString()));
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array) {
        if (item.isString())
            messages.append(safeServerText(item.toString()));
    }
    return messages;
}

void readJson(const QJsonObject &object, ErrorBody *out)
{
    out->form = ErrorBody::Form::Json;
    out->title = textOf(object, QStringLiteral("Title"));
    out->detail = textOf(object, QStringLiteral("Detail"));
    out->serverText = textOf(object, QStringLiteral("error"));
    if (out->serverText.isEmpty())
        out->serverText = textOf(object, QStringLiteral("message"));
    out->traceId = safeServerText(findField(object, {QStringLiteral("TraceId")}).value.toString(), 100);
    out->retryAfterSeconds = retryAfterFromJson(findField(object, {QStringLiteral("RetryAfter")}).value);

    const QJsonObject errors = findField(object, {QStringLiteral("Errors")}).value.toObject();
    for (auto it = errors.constBegin(); it != errors.constEnd() && out->fieldErrors.size() < maxFieldErrors;
         ++it)
        out->fieldErrors.append(fieldErrorFromKey(it.key(), messagesOf(it.value())));
}

bool looksLikeMarkup(const QByteArray &body, const QByteArray &contentType)
{
    return contentType.toLower().contains("html") || body.trimmed().startsWith('<');
}

QString quoted(const QString &text)
{
    const bool ended = text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('!'))
        || text.endsWith(QLatin1Char('?')) || text.endsWith(QChar(0x2026));
    if (ended)
        //: %1 is the server's own message, quoted verbatim (untranslated); it already ends with
        //: punctuation, so no full stop follows the closing quote.
        return ErrorBodyText::tr("The server said: \"%1\"").arg(text);
    //: %1 is the server's own message, quoted verbatim (untranslated).
    return ErrorBodyText::tr("The server said: \"%1\".").arg(text);
}

} // namespace

QString ErrorBody::mainText() const
{
    if (!detail.isEmpty())
        return detail;
    if (!serverText.isEmpty())
        return serverText;
    // Errors not tied to a field ("Auth": ["Invalid account credentials provided"]) say more than a
    // bare reason phrase such as "Unauthorized".
    if (QString orderLevel = orderLevelMessages(); !orderLevel.isEmpty())
        return orderLevel;
    return title;
}

QString ErrorBody::orderLevelMessages() const
{
    QStringList messages;
    for (const FieldError &error : fieldErrors) {
        if (error.field.isEmpty())
            messages.append(error.messages);
    }
    return messages.join(QLatin1Char(' '));
}

QString ErrorBody::describe() const
{
    switch (form) {
    case Form::Empty:
        return ErrorBodyText::tr("The server gave no details.");
    case Form::WebPage:
        return ErrorBodyText::tr("The server answered with a web page instead of an API response "
                                 "(for example a proxy or maintenance page).");
    case Form::PlainText:
        return quoted(serverText);
    case Form::Json:
        break;
    }
    const QString main = mainText();
    QString sentence = main.isEmpty() ? QString() : quoted(main);
    const bool orderLevelQuoted = main == orderLevelMessages();
    QStringList details;
    for (const FieldError &error : fieldErrors) {
        const QString location = fieldErrorLocation(error);
        if (location.isEmpty() && orderLevelQuoted)
            continue;
        QString messages = error.messages.join(QLatin1Char(' '));
        if (messages.endsWith(QLatin1Char('.'))) // the list adds its own "; " and final "."
            messages.chop(1);
        //: One item of "Details: %1". %1 says where ("phone number 2, ICCID" or a request field name),
        //: %2 is the server's message for it, quoted verbatim (untranslated).
        details.append(location.isEmpty() ? messages : ErrorBodyText::tr("%1: %2").arg(location, messages));
    }
    if (!details.isEmpty()) {
        if (!sentence.isEmpty())
            sentence += QLatin1Char(' ');
        // The server's messages come untranslated; only the frame around them is ours.
        const QString list = details.join(QStringLiteral("; "));
        sentence += list.endsWith(QLatin1Char('.'))
            //: %1 is the server's list of field problems ("AreaCode: Area code must be 3 digits; …"),
            //: quoted verbatim; it already ends with a full stop.
            ? ErrorBodyText::tr("Details: %1").arg(list)
            //: %1 is the server's list of field problems ("AreaCode: Area code must be 3 digits; …"),
            //: quoted verbatim.
            : ErrorBodyText::tr("Details: %1.").arg(list);
    }
    return sentence.isEmpty() ? ErrorBodyText::tr("The server gave no details.") : sentence;
}

bool ErrorBody::soundsLikeMaintenance() const
{
    const QString text = mainText();
    return text.contains(QLatin1String("unavailable"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("maintenance"), Qt::CaseInsensitive);
}

ErrorBody readErrorBody(const QByteArray &body, const QByteArray &contentType)
{
    ErrorBody result;
    if (body.trimmed().isEmpty())
        return result;
    // Bodies are read by their content, not their Content-Type: the vendor's gateways mislabel them.
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        readJson(doc.object(), &result);
        return result;
    }
    if (looksLikeMarkup(body, contentType)) {
        result.form = ErrorBody::Form::WebPage;
        return result;
    }
    result.form = ErrorBody::Form::PlainText;
    result.serverText = safeServerText(QString::fromUtf8(body.left(qsizetype(64) * 1024)), maxPlainTextChars);
    return result;
}

} // namespace nd
