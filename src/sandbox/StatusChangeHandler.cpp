#include "sandbox/StatusChangeHandler.h"

#include "sandbox/NumberAllocator.h"
#include "sandbox/NumberLifecycle.h"
#include "sandbox/OrderJson.h"
#include "sandbox/SandboxFees.h"
#include "sandbox/SandboxMagic.h"
#include "sandbox/VendorContract.h"

#include <QRandomGenerator>
#include <QSet>

namespace nd::sandbox {

namespace {

std::optional<int> rowOf(const SandboxChange &change, const char *magicNumber)
{
    for (int i = 0; i < change.numbers.size(); ++i) {
        if (change.numbers.at(i).e164 == QLatin1String(magicNumber))
            return i;
    }
    return std::nullopt;
}

bool has(const SandboxChange &change, const char *magicNumber)
{
    return rowOf(change, magicNumber).has_value();
}

QString numberPath(int row)
{
    return QStringLiteral("$.PhoneNumbers[%1].Number").arg(row);
}

QrBehaviour qrBehaviourFor(const QString &e164)
{
    if (e164 == QLatin1String(magic::QrNotFound))
        return QrBehaviour::NotFound;
    if (e164 == QLatin1String(magic::QrNotAnImage))
        return QrBehaviour::NotAnImage;
    if (e164 == QLatin1String(magic::QrOversized))
        return QrBehaviour::Oversized;
    return QrBehaviour::Png;
}

} // namespace

StatusChangeHandler::StatusChangeHandler(NumberRegistry &numbers, OrderBook &orders, QrImageStore &qrCodes)
    : m_numbers(numbers), m_orders(orders), m_qrCodes(qrCodes)
{ }

StatusChangeOutcome StatusChangeHandler::handle(
    const QByteArray &body, const SandboxOptions &options, const QUrl &serverRoot)
{
    const ValidationOutcome validation = SandboxValidation::validate(body);
    if (!validation.change)
        return {ProblemResponse::validation(validation.errors)};
    const SandboxChange &change = *validation.change;
    if (std::optional<SandboxReply> refusal = magicRefusal(change))
        return {*refusal};
    const FieldErrors refusals = stateRefusals(change);
    if (has(change, magic::DropConnection)) {
        // Always dropped, so a client that resends (QNetworkAccessManager does, silently, when a
        // kept-alive connection closes unanswered) sees the drop again rather than a 422 for the
        // change its first attempt already made.
        if (refusals.isEmpty())
            placeOrder(change, options, serverRoot);
        return {SandboxReply {}, StatusChangeOutcome::Delivery::Drop};
    }
    if (!refusals.isEmpty())
        return {ProblemResponse::unprocessable(refusals)};

    const SandboxOrder order = placeOrder(change, options, serverRoot);
    StatusChangeOutcome outcome {SandboxReply::json(200, OrderJson::statusChangeResponse(order))};
    if (has(change, magic::MalformedBody))
        outcome.reply.body.truncate(outcome.reply.body.size() / 2);
    if (has(change, magic::SlowResponse))
        outcome.delivery = StatusChangeOutcome::Delivery::Slow;
    return outcome;
}

std::optional<SandboxReply> StatusChangeHandler::magicRefusal(const SandboxChange &change)
{
    if (has(change, magic::Maintenance)) {
        return SandboxReply {503, QByteArrayLiteral("text/plain; charset=utf-8"),
            QByteArrayLiteral("Number-swap is currently unavailable"), {}};
    }
    if (has(change, magic::RateLimited))
        return ProblemResponse::tooManyRequests(30);
    if (has(change, magic::TokenAlwaysRejected))
        return ProblemResponse::unauthorized();
    if (has(change, magic::ServerError))
        return ProblemResponse::serverError();
    if (const std::optional<int> row = rowOf(change, magic::RejectOneNumber)) {
        return ProblemResponse::unprocessable({{numberPath(*row),
            {QStringLiteral("%1 is locked by the carrier (sandbox); nothing was changed.")
                    .arg(QLatin1String(magic::RejectOneNumber))}}});
    }
    return std::nullopt;
}

FieldErrors StatusChangeHandler::stateRefusals(const SandboxChange &change) const
{
    FieldErrors errors;
    for (int i = 0; i < change.numbers.size(); ++i) {
        const QString &e164 = change.numbers.at(i).e164;
        const NumberState state = m_numbers.state(e164);
        if (!NumberLifecycle::allows(change.type, state))
            errors[numberPath(i)] << NumberLifecycle::refusal(e164, state, change.type);
    }
    return errors;
}

SandboxOrder StatusChangeHandler::placeOrder(
    const SandboxChange &change, const SandboxOptions &options, const QUrl &serverRoot)
{
    const VendorChange &rule = vendorChange(change.type);
    // A failing order changes nothing and issues no eSIM profile; a pending one is applied at once
    // and only its status lags behind.
    const bool willFail = has(change, magic::PendingThenFailed);
    SandboxOrder order;
    order.type = change.type;
    order.effectiveDate = change.effectiveDate;
    if (willFail || has(change, magic::PendingThenComplete)) {
        order.status = QStringLiteral("Pending");
        order.finalStatus = willFail ? QStringLiteral("Failed") : QStringLiteral("Complete");
        order.finalMessage = willFail
            ? QStringLiteral("Carrier rejected the change: number is locked (sandbox)")
            : QString();
        order.lookupsBeforeFinal = options.pendingLookupsBeforeFinal;
    }

    QSet<QString> reserved;
    for (const SandboxNumber &number : change.numbers) {
        OrderLine line {number.e164, {}, OrderBook::newNumberId(), {}, sandboxFee(change.type), {}};
        if (rule.assignsNewNumber) {
            line.originalNumber = number.e164;
            line.number = newNumberFor(change, number.e164, reserved);
            reserved.insert(line.number);
        }
        if (rule.issuesQrCode && !willFail)
            line.qrCode = m_qrCodes.issue(serverRoot, qrBehaviourFor(number.e164));
        if (!willFail) {
            m_numbers.setState(number.e164, NumberLifecycle::stateAfter(change.type));
            if (rule.assignsNewNumber)
                m_numbers.setState(line.number, NumberState::Active);
            if (number.iccid) {
                m_numbers.setIccid(number.e164, *number.iccid);
                line.iccid = *number.iccid;
            }
        }
        order.lines.append(line);
    }
    return m_orders.add(order);
}

QString StatusChangeHandler::newNumberFor(
    const SandboxChange &change, const QString &original, const QSet<QString> &reserved) const
{
    QString areaCode = NumberAllocator::areaCodeOf(original);
    if (!vendorChange(change.type).keepsAreaCode) {
        const QStringList pool = NumberAllocator::poolAreaCodes();
        areaCode = !change.areaCode.isEmpty()
            ? change.areaCode
            : NumberAllocator::areaCodeForZip(change.zipCode)
                  .value_or(pool.at(QRandomGenerator::global()->bounded(pool.size())));
    }
    return NumberAllocator::newNumber(areaCode, [this, &reserved](const QString &candidate) {
        return m_numbers.isKnown(candidate) || reserved.contains(candidate);
    });
}

} // namespace nd::sandbox
