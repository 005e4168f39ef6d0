#include "sandbox/NumberAllocator.h"

#include <QRandomGenerator>

namespace nd::sandbox {

namespace {

struct ZipArea
{
    const char *zipPrefix;
    const char *areaCode;
};

// A handful of real pairs, enough for training; the vendor's own example pairs 84603 with 801.
constexpr ZipArea ZipAreas[] = {
    {"070", "201"},
    {"076", "201"},
    {"100", "212"},
    {"021", "617"},
    {"303", "404"},
    {"331", "305"},
    {"606", "312"},
    {"770", "713"},
    {"841", "801"},
    {"846", "801"},
    {"900", "213"},
    {"941", "415"},
    {"981", "206"},
};

} // namespace

std::optional<QString> NumberAllocator::areaCodeForZip(const QString &zipCode)
{
    for (const ZipArea &entry : ZipAreas) {
        if (zipCode.startsWith(QLatin1String(entry.zipPrefix)))
            return QLatin1String(entry.areaCode);
    }
    return std::nullopt;
}

QStringList NumberAllocator::poolAreaCodes()
{
    QStringList codes;
    for (const ZipArea &entry : ZipAreas) {
        if (!codes.contains(QLatin1String(entry.areaCode)))
            codes << QLatin1String(entry.areaCode);
    }
    return codes;
}

QString NumberAllocator::newNumber(
    const QString &areaCode, const std::function<bool(const QString &)> &isTaken)
{
    QRandomGenerator *random = QRandomGenerator::global();
    for (;;) {
        const int exchange = random->bounded(200, 1000);
        const int line = random->bounded(0, 10000);
        if (exchange == 555 && line / 100 == 1)
            continue;
        const QString number = QStringLiteral("+1%1%2%3")
                                   .arg(areaCode)
                                   .arg(exchange, 3, 10, QLatin1Char('0'))
                                   .arg(line, 4, 10, QLatin1Char('0'));
        if (!isTaken(number))
            return number;
    }
}

} // namespace nd::sandbox
