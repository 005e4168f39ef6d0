// The two order-bearing answers (200 of POST /numbers/status and of GET /numbers/order) from any bytes,
// and the results view's merge of a lookup into the order shown. Contract: ParseResult is a value or
// an error, never both, never neither; errors quote the server only in short, made-safe form.

#include "FuzzInput.h"
#include "response/OrderParser.h"

namespace {

template<class T> void requireOneOf(const nd::ParseResult<T> &result)
{
    nd::fuzz::require(result.ok() == result.error.isEmpty(), "a parse result is a value or an error");
    // Issue 11 item 9: a quoted server value is capped, so an error stays a sentence.
    nd::fuzz::require(result.error.size() < 1000, "a parse error is short");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = nd::fuzz::bytes(data, size);
    const nd::ParseResult<nd::Order> status = nd::parseStatusChangeResponse(body);
    const nd::ParseResult<nd::Order> lookup = nd::parseOrderLookupResponse(body);
    requireOneOf(status);
    requireOneOf(lookup);
    if (status.ok()) {
        (void)status.value->totalFee();
        for (const nd::OrderNumber &number : status.value->numbers)
            (void)number.wasReassigned();
    }
    if (status.ok() && lookup.ok()) {
        const nd::Order merged = nd::mergeLookup(*status.value, *lookup.value);
        nd::fuzz::require(merged.numbers.size() >= status.value->numbers.size(),
            "merging a lookup keeps every number the desk shows");
    }
    return 0;
}
