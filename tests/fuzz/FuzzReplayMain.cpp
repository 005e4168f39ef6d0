// The main() of a fuzz target in a normal build: feeds it every file of the folders given (its seed
// corpus and the inputs that once crashed it), as libFuzzer would. A crash or a broken contract fails
// the ctest that runs it; the last "replaying" line names the input. In a fuzz build libFuzzer supplies
// main() instead.

#include "FuzzInput.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QStringList inputs;
    for (int i = 1; i < argc; ++i) {
        const QString folder = QString::fromLocal8Bit(argv[i]);
        // A folder that is missing is a mistake in the build, not an empty corpus.
        if (!QFileInfo(folder).isDir()) {
            std::fprintf(stderr, "replay: no such folder: %s\n", argv[i]);
            return 2;
        }
        // Hidden files (.gitkeep) keep empty folders in git; they are not inputs.
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            inputs.append(it.next());
    }
    std::sort(inputs.begin(), inputs.end()); // the same order on every run and machine
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "replay: no inputs found\n");
        return 2;
    }
    for (const QString &path : std::as_const(inputs)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray input = file.readAll();
        std::printf("replaying %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(input.size()));
        std::fflush(stdout);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    }
    std::printf("replay: %lld inputs, no crash\n", static_cast<long long>(inputs.size()));
    return 0;
}
