// The history's CSV export, fed journal records whose every text came from the server or the user.
// The oracle reads the CSV back (RFC 4180): each record has every column, each text survives as written
// (or behind the formula guard's quote), and no cell starts like a formula unless it is a plain number.

#include "FuzzInput.h"
#include "journal/HistoryCsv.h"

#include <QRegularExpression>

namespace {

// Columns of HistoryCsv::header() that carry text as written.
constexpr int textColumns[] = {2, 6, 7, 9, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24};

QList<nd::JournalEntry> entriesFrom(const QStringList &texts)
{
    int next = 0;
    const auto take = [&]() { return texts.at(next++ % texts.size()); };
    QList<nd::JournalEntry> entries;
    for (int i = 0; i < 3; ++i) {
        nd::JournalEntry entry;
        entry.context.profileName = take();
        entry.orderId = take();
        entry.serverStatus = take();
        entry.statusMessage = take();
        entry.errorTitle = take();
        entry.errorMessage = take();
        entry.traceId = take();
        entry.resolution = take();
        entry.agent = take();
        entry.desk = take();
        entry.resolvedBy = take();
        for (int n = 0; n < i; ++n) {
            nd::JournalNumber number;
            number.requestedNumber = take();
            number.iccid = take();
            number.returnedNumber = take();
            number.originalNumber = take();
            number.status = take();
            bool isNumber = false;
            const double fee = take().toDouble(&isNumber);
            if (isNumber)
                number.fee = fee;
            entry.numbers.append(number);
        }
        entries.append(entry);
    }
    return entries;
}

// RFC 4180 records, or nothing when the text is not valid CSV.
std::optional<QList<QStringList>> readCsv(const QString &csv)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    int i = 0;
    while (i < csv.size()) {
        if (csv.at(i) == QLatin1Char('"')) {
            for (++i;; ++i) {
                if (i >= csv.size())
                    return std::nullopt; // an open quote
                if (csv.at(i) == QLatin1Char('"')) {
                    if (i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('"'))
                        field += csv.at(++i);
                    else
                        break;
                } else {
                    field += csv.at(i);
                }
            }
            ++i;
        } else {
            while (i < csv.size() && csv.at(i) != QLatin1Char(',') && csv.at(i) != QLatin1Char('\r')) {
                if (csv.at(i) == QLatin1Char('"') || csv.at(i) == QLatin1Char('\n'))
                    return std::nullopt; // a quote or line break in an unquoted field
                field += csv.at(i++);
            }
        }
        record.append(field);
        field.clear();
        if (i < csv.size() && csv.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (csv.mid(i, 2) != QLatin1String("\r\n"))
            return std::nullopt;
        i += 2;
        records.append(record);
        record.clear();
    }
    return records;
}

bool startsLikeAFormula(const QString &cell)
{
    static const QRegularExpression plainNumber(
        QRegularExpression::anchoredPattern(QStringLiteral("[+-]?[0-9]+(\\.[0-9]+)?")));
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !cell.isEmpty() && formulaStarts.contains(cell.front()) && !plainNumber.match(cell).hasMatch();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Texts separated by a unit separator: one input sets every text of three records.
    const QList<nd::JournalEntry> entries = entriesFrom(nd::fuzz::text(data, size).split(QChar(0x1f)));
    const QByteArray csv = nd::HistoryCsv::toCsv(entries);
    nd::fuzz::require(csv.startsWith("\xEF\xBB\xBF"), "the CSV starts with a UTF-8 byte-order mark");
    const std::optional<QList<QStringList>> records = readCsv(QString::fromUtf8(csv.mid(3)));
    nd::fuzz::require(records.has_value(), "the export is valid RFC 4180");
    nd::fuzz::require(records->size() == 1 + 1 + 1 + 2, "one row per number, one per order without any");
    const qsizetype columns = nd::HistoryCsv::header().size();
    int row = 1;
    for (const nd::JournalEntry &entry : entries) {
        const QStringList order = {entry.context.profileName, entry.orderId, entry.serverStatus,
            entry.statusMessage, entry.errorTitle, entry.errorMessage, entry.traceId, entry.resolution};
        QList<nd::JournalNumber> numbers = entry.numbers;
        if (numbers.isEmpty())
            numbers.append(nd::JournalNumber());
        for (const nd::JournalNumber &number : std::as_const(numbers)) {
            const QStringList texts = order
                + QStringList {number.requestedNumber, number.iccid, number.returnedNumber,
                    number.originalNumber, number.status}
                + QStringList {entry.agent, entry.desk, entry.resolvedBy};
            const QStringList &cells = records->at(row++);
            nd::fuzz::require(cells.size() == columns, "every record has every column");
            for (const QString &cell : cells)
                nd::fuzz::require(!startsLikeAFormula(cell), "no cell starts like a formula");
            for (int t = 0; t < texts.size(); ++t) {
                const QString &cell = cells.at(textColumns[t]);
                nd::fuzz::require(cell == texts.at(t) || cell == QLatin1Char('\'') + texts.at(t),
                    "a text survives the export as written");
            }
        }
    }
    return 0;
}
