#pragma once

// The sandbox's "magic" inputs, like a payment sandbox's test card numbers: sending one of these
// numbers in PhoneNumbers makes the sandbox produce a failure every client must survive.
// Listed for staff in src/sandbox/README.md; the tests use the constants.
// All sit in the 555-01xx range NANP reserves for fiction, so they can never be a customer's line.

namespace nd::sandbox::magic {

inline constexpr char ServerError[] = "+12015550100"; // 500 problem details, nothing changed
inline constexpr char RejectOneNumber[] = "+12015550101"; // 422 naming this number's row; no order
inline constexpr char PendingThenComplete[] = "+12015550102"; // order Pending, Complete after 3 lookups
inline constexpr char PendingThenFailed[] = "+12015550103"; // Pending, then Failed + OrderStatusMessage
inline constexpr char SlowResponse[] = "+12015550104"; // answers after SandboxOptions::slowResponseMs
inline constexpr char DropConnection[] = "+12015550105"; // reads the request, then closes the socket
inline constexpr char MalformedBody[] = "+12015550106"; // 200 with a truncated JSON body
inline constexpr char QrNotFound[] = "+12015550107"; // (activate/swap-sim) its QR URL answers 404
inline constexpr char QrNotAnImage[] = "+12015550108"; // its QR URL answers 200 text/html
inline constexpr char QrOversized[] = "+12015550109"; // its QR URL answers a 30 MiB body
inline constexpr char Maintenance[] = "+12015550110"; // 503 plain text "Number-swap is currently unavailable"
inline constexpr char RateLimited[] = "+12015550111"; // 429 with Retry-After, at once
inline constexpr char TokenAlwaysRejected[] = "+12015550112"; // 401 on every try, even with a fresh token

} // namespace nd::sandbox::magic
