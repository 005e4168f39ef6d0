#include "gui/common/JournalEntryText.h"

#include "gui/common/ConnectionBanner.h"
#include "gui/common/ResultsTexts.h"
#include "i18n/LocaleFormat.h"
#include "journal/HistoryModel.h"

#include <QCoreApplication>
#include <QLocale>
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
        //: A number in a journal record, then the SIM's ICCID sent with it
        line = QCoreApplication::translate("JournalEntryText", "%1 (ICCID %2)").arg(line, number.iccid);
    const QString now = number.returnedNumber;
    if (!now.isEmpty() && now != number.requestedNumber)
        //: A number in a journal record (%1), then the number the server gave instead (%2)
        line = QCoreApplication::translate("JournalEntryText", "%1 → now %2").arg(line, now);
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
        : QCoreApplication::translate("JournalEntryText", "%Ln number(s)", nullptr, count);
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
    // Records from before the team journal name nobody: no empty rows for them.
    if (!entry.agent.isEmpty())
        //: Entry details: the agent who sent the request
        html += row(QCoreApplication::translate("JournalEntryText", "Agent"), entry.agent);
    if (!entry.desk.isEmpty())
        //: Entry details: the computer the request was sent from
        html += row(QCoreApplication::translate("JournalEntryText", "Desk"), entry.desk);
    if (entry.effectiveDate.isValid())
        html += row(
            QCoreApplication::translate("JournalEntryText", "Effective date"), dateText(entry.effectiveDate));
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
    if (entry.resolvedAt && !entry.resolvedBy.isEmpty())
        //: Entry details: who checked an unknown outcome by hand ("Ana on desk-a")
        html += row(QCoreApplication::translate("JournalEntryText", "Resolved by"), entry.resolvedBy);
    html += QStringLiteral("</table>");
    if (!withNumbers)
        return html;
    html += QStringLiteral("<p><b>%1</b></p><ul>")
                .arg(QCoreApplication::translate("JournalEntryText", "Numbers (%1)")
                         .arg(QLocale().toString(entry.numbers.size()))
                         .toHtmlEscaped());
    for (const JournalNumber &number : entry.numbers)
        html += QStringLiteral("<li>%1</li>").arg(numberLine(number).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace nd::history
