// Proves the sanitizer build stops on each kind of report it is there for: run with a kind, it commits
// exactly that error. CTest expects each run to fail (WILL_FAIL), so a sanitizer that silently stopped
// reporting (a lost flag, recover mode, a missing runtime) turns the suite red.

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

// Through a volatile, so the compiler cannot prove the error away at build time.
volatile int g_index = 8;
volatile int g_big = INT_MAX;

int heapOverflow()
{
    int *values = new int[8];
    values[g_index] = 1; // one past the end
    const int read = values[0];
    delete[] values;
    return read;
}

int leak()
{
    void *lost = std::malloc(4096);
    std::memset(lost, 1, 4096);
    lost = nullptr; // never freed: LeakSanitizer reports it at exit
    return 0;
}

int signedOverflow()
{
    const int sum = g_big + 1; // undefined behaviour
    return sum == 0 ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: sanitizer_canary heap-overflow|leak|signed-overflow\n");
        return 2;
    }
    if (std::strcmp(argv[1], "heap-overflow") == 0)
        heapOverflow();
    else if (std::strcmp(argv[1], "leak") == 0)
        leak();
    else if (std::strcmp(argv[1], "signed-overflow") == 0)
        signedOverflow();
    else
        return 2;
    // Reached only when the sanitizer let the error pass: the test, which expects a failure, fails.
    return 0;
}
