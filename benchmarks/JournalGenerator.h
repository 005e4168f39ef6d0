#pragma once

// A year of a busy desk, written through the journal's own code (OrderJournal), for the benchmarks
// that need a large journal (bench_startup, bench_history). Not product code: it turns the journal's
// per-commit fsync off, which the app never does.

#include <QString>

namespace benchjournal {

// `orders` answered requests of three numbers each at `path` (created, with its folder): activates
// (with QR codes) and cancels in turn, spread evenly over the year before now, OrderIds ORD-0000001…,
// numbers +1555 followed by the 7-digit serial (order i has serials 3i, 3i+1, 3i+2). Progress and
// problems go to stderr; false when the journal could not be written.
bool generateJournal(const QString &path, int orders);

// The E.164 number the generator gives serial `serial`.
QString generatedNumber(int serial);

} // namespace benchjournal
