#include "gui/common/ResultsTexts.h"

#include "i18n/LocaleFormat.h"
#include "request/ChangeType.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace nd::results {

Badge badgeFor(OrderState state)
{
    switch (state) {
    case OrderState::Done:
        return Badge::Complete;
    case OrderState::Failed:
        return Badge::Error;
    case OrderState::InProgress:
    case OrderState::Unknown:
        break;
    }
    // An unknown word is polled like a pending order, so it reads like one.
    return Badge::Pending;
}

QString badgeText(Badge badge)
{
    switch (badge) {
    case Badge::Complete:
        return QCoreApplication::translate("nd::results::ResultsTexts", "Complete");
    case Badge::Pending:
        return QCoreApplication::translate("nd::results::ResultsTexts", "Pending");
    case Badge::Error:
        return QCoreApplication::translate("nd::results::ResultsTexts", "Error");
    }
    Q_UNREACHABLE();
}

QString localDateTimeText(const QDateTime &serverTime)
{
    const QDateTime local = serverTime.toLocalTime();
    return dateTimeText(local) + QLatin1Char(' ') + local.timeZoneAbbreviation();
}

QString changeTypeText(const QString &serverChangeType)
{
    if (const std::optional<ChangeType> type = changeTypeFromWireName(serverChangeType))
        return changeTypeTitle(*type);
    return serverChangeType;
}

QString mayHaveActedCaution()
{
    return QCoreApplication::translate("nd::results::ResultsTexts",
        "The change may have happened even though no proper answer arrived. Check the numbers "
        "(or look the order up) before sending it again, so it is not carried out twice.");
}

QString supportTicketText(const ApiError &error, const QDateTime &when)
{
    QStringList lines;
    lines
        << QCoreApplication::translate("nd::results::ResultsTexts", "NumberDesk error: %1").arg(error.title);
    if (!error.message.isEmpty())
        lines << error.message;
    if (error.httpStatus != 0)
        lines << QCoreApplication::translate("nd::results::ResultsTexts", "HTTP status: %1")
                     .arg(error.httpStatus);
    lines << QCoreApplication::translate("nd::results::ResultsTexts", "Trace id: %1")
                 .arg(error.traceId.isEmpty()
                         ? QCoreApplication::translate("nd::results::ResultsTexts", "(none given)")
                         : error.traceId);
    lines << QCoreApplication::translate("nd::results::ResultsTexts", "Time: %1")
                 .arg(when.toUTC().toString(Qt::ISODate));
    for (const FieldError &field : error.fieldErrors)
        lines << QStringLiteral("%1: %2").arg(field.path, field.messages.join(QStringLiteral("; ")));
    if (error.serverMayHaveActed())
        lines << QCoreApplication::translate(
            "nd::results::ResultsTexts", "The request was sent; the server may have carried it out.");
    lines << QCoreApplication::translate("nd::results::ResultsTexts", "NumberDesk %1")
                 .arg(QStringLiteral(NUMBERDESK_VERSION));
    return lines.join(QLatin1Char('\n'));
}

QString errorText(const ApiError &error)
{
    QString text = error.title;
    if (!error.message.isEmpty())
        text += QStringLiteral(": ") + error.message;
    if (error.httpStatus > 0)
        text += QCoreApplication::translate("nd::results::ResultsTexts", " (HTTP %1)").arg(error.httpStatus);
    return text;
}

} // namespace nd::results
