#pragma once

// What every fuzz target shares: the input as the Qt types the parsers take, and a check that stops the
// run when a parser breaks its own contract. An abort is what libFuzzer records as a crash (and what makes
// the replay test fail), so a contract broken on some input is found like any memory error.

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace nd::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A copy, not QByteArray::fromRawData: the copy is what the parsers get from the network.
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline void require(bool holds, const char *contract)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz: contract broken: %s\n", contract);
    std::abort();
}

} // namespace nd::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
