#include "gui/history/JournalEntryText.h"

#include "gui/form/ConnectionBanner.h"
#include "gui/results/ResultsTexts.h"
#include "journal/HistoryModel.h"

#include <QCoreApplication>
#include <QStringList>

namespace nd::history {

namespace {
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString numberLine(const JournalNumber &number)
{
    QString line = number.requestedNumber;
    if (!number.iccid.isEmpty())
        line += QCoreApplication::translate("JournalEntryText", " (ICCID %1)").arg(number.iccid);
    const QString now = number.returnedNumber;
    if (!now.isEmpty() && now != number.requestedNumber)
        line += QCoreApplication::translate("JournalEntryText", " → now %1").arg(now);
    if (!number.status.isEmpty())
        line += QStringLiteral(" — ") + number.status;
    return line;
}

QString profileText(const JournalContext &context)
{
    return QCoreApplication::translate("JournalEntryText", "%1 (account %2 at %3)")
        .arg(context.profileName, context.accountKey, hostAndPort(context.baseUrl));
}
} // namespace

QString entryLine(const JournalEntry &entry)
{
    const int count = int(entry.numbers.size());
    const QString numbers = count == 1
        ? entry.numbers.first().requestedNumber
        : QCoreApplication::translate("JournalEntryText", "%1 numbers").arg(count);
    return QStringList {changeTypeTitle(entry.changeType), results::localDateTimeText(entry.createdAt),
        numbers, entry.context.profileName}
        .join(QStringLiteral(" · "));
}

std::optional<ApiError> entryError(const JournalEntry &entry)
{
    if (!entry.errorKind && entry.errorTitle.isEmpty() && entry.errorMessage.isEmpty())
        return std::nullopt;
    ApiError error;
    error.kind = entry.errorKind.value_or(ApiError::Kind::Http);
    error.httpStatus = entry.httpStatus;
    error.title = entry.errorTitle;
    error.message = entry.errorMessage;
    error.traceId = entry.traceId;
    return error;
}

QString entryDetailsHtml(const JournalEntry &entry, bool withNumbers)
{
    QString html = QStringLiteral("<table>");
    html += row(QCoreApplication::translate("JournalEntryText", "Change"), changeTypeTitle(entry.changeType));
    html += row(
        QCoreApplication::translate("JournalEntryText", "Sent"), results::localDateTimeText(entry.createdAt));
    html += row(QCoreApplication::translate("JournalEntryText", "Profile"), profileText(entry.context));
    if (entry.effectiveDate.isValid())
        html += row(QCoreApplication::translate("JournalEntryText", "Effective date"),
            results::dateText(entry.effectiveDate));
    if (!entry.areaCode.isEmpty())
        html += row(QCoreApplication::translate("JournalEntryText", "Area code"), entry.areaCode);
    if (!entry.zipCode.isEmpty())
        html += row(QCoreApplication::translate("JournalEntryText", "Zip code"), entry.zipCode);
    html += row(QCoreApplication::translate("JournalEntryText", "OrderId"),
        entry.orderId.isEmpty() ? QCoreApplication::translate("JournalEntryText", "none received")
                                : entry.orderId);
    html += row(QCoreApplication::translate("JournalEntryText", "Outcome"), HistoryModel::outcomeText(entry));
    if (const std::optional<ApiError> error = entryError(entry)) {
        html += row(QCoreApplication::translate("JournalEntryText", "Error"), results::errorText(*error));
        if (!error->traceId.isEmpty())
            html += row(QCoreApplication::translate("JournalEntryText", "Trace id"), error->traceId);
    }
    if (entry.resolvedAt)
        html += row(QCoreApplication::translate("JournalEntryText", "Checked"),
            results::localDateTimeText(*entry.resolvedAt) + QStringLiteral(" — ") + entry.resolution);
    html += QStringLiteral("</table>");
    if (!withNumbers)
        return html;
    html += QStringLiteral("<p><b>%1</b></p><ul>")
                .arg(QCoreApplication::translate("JournalEntryText", "Numbers (%1)")
                         .arg(entry.numbers.size())
                         .toHtmlEscaped());
    for (const JournalNumber &number : entry.numbers)
        html += QStringLiteral("<li>%1</li>").arg(numberLine(number).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace nd::history
