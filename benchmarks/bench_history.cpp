// Measures the History window over a large journal: how soon it shows its first page, how fast a
// search by part of a number or by OrderId answers when typed into its search field, scrolling to the
// end, memory against an empty journal, and CSV export of everything, with the longest stall of the
// GUI thread during each. The journal is generated through OrderJournal (JournalGenerator). Not a test
// (numbers depend on the machine); see README.md for how to run and read it.

#include "GuiProbes.h"
#include "JournalGenerator.h"
#include "gui/history/HistoryWindow.h"
#include "journal/HistoryModel.h"
#include "journal/OrderJournal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using namespace nd;

using nd::bench::StallMeter;

namespace {

constexpr int waitTimeoutMs = 120'000;

void printFigure(const QString &name, const QString &value)
{
    std::printf("%s: %s\n", qPrintable(name), qPrintable(value));
    std::fflush(stdout);
}

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QLatin1String(" ms");
}

QString mb(double value)
{
    return QString::number(value, 'f', 1) + QLatin1String(" MB");
}

void printProgress(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

// A field of /proc/self/status ("VmRSS", "VmHWM") in MB (10^6 bytes); 0 off Linux.
double procStatusMB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toDouble() * 1024 / 1e6;
    }
    return 0;
}

// Runs the event loop until `done` holds, checking every millisecond. False on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = waitTimeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.exit(0);
    });
    QTimer::singleShot(timeoutMs, &loop, [&] { loop.exit(1); });
    poll.start();
    return loop.exec() == 0;
}

// A second connection that counts what a search must find, independently of the code measured.
qint64 countRows(const QString &journalPath, const QString &sql)
{
    const QString name = QStringLiteral("bench-history-count");
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(journalPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                count = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

struct Measured
{
    double ms = 0;
    double stallMs = 0;
};

class Bench
{
public:
    explicit Bench(OrderJournal *journal) : m_journal(journal) { }

    // Window created and shown -> its search answered and the first rows drawn.
    std::optional<Measured> open()
    {
        m_window.reset();
        QCoreApplication::processEvents();
        StallMeter stalls;
        stalls.start();
        QElapsedTimer clock;
        clock.start();
        m_window = std::make_unique<HistoryWindow>(m_journal, nullptr);
        m_window->resize(1000, 560);
        m_window->show();
        m_view = m_window->findChild<QTableView *>(QStringLiteral("historyView"));
        m_search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        m_count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
        if (!waitUntil([this] { return answered() && (m_expectAll == 0 || firstRowReady()); }))
            return std::nullopt;
        m_view->viewport()->repaint(); // drawn now, not "some time later"
        Measured measured {double(clock.nsecsElapsed()) / 1e6, 0};
        measured.stallMs = stalls.stop();
        return measured;
    }

    // Typed into the search field (from the first key) -> the expected rows drawn; then cleared.
    std::optional<Measured> search(const QString &typed, int expectedRows, const QString &firstOrderId)
    {
        m_search->setFocus();
        StallMeter stalls;
        stalls.start();
        QElapsedTimer clock;
        clock.start();
        QTest::keyClicks(m_search, typed);
        const bool shown = waitUntil([&] {
            return answered() && model()->rowCount() == expectedRows
                && (expectedRows == 0
                    || model()->index(0, HistoryModel::OrderIdColumn).data().toString() == firstOrderId);
        });
        if (!shown)
            return std::nullopt;
        m_view->viewport()->repaint();
        Measured measured {double(clock.nsecsElapsed()) / 1e6, 0};
        measured.stallMs = stalls.stop();
        m_search->clear();
        if (!waitUntil([this] { return answered() && model()->rowCount() == m_allRows; }))
            return std::nullopt;
        return measured;
    }

    // Ctrl+End in the table -> the last rows drawn.
    std::optional<Measured> scrollToEnd()
    {
        m_view->setFocus();
        m_view->setCurrentIndex(model()->index(0, 0)); // Ctrl+End moves from the top every run
        m_view->scrollToTop();
        QCoreApplication::processEvents();
        StallMeter stalls;
        stalls.start();
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(m_view, Qt::Key_End, Qt::ControlModifier);
        QScrollBar *bar = m_view->verticalScrollBar();
        if (!waitUntil([&] { return bar->value() == bar->maximum(); }, 5000)) {
            printProgress(QStringLiteral("scroll bar at %1 of %2, current row %3")
                              .arg(bar->value())
                              .arg(bar->maximum())
                              .arg(m_view->currentIndex().row()));
            return std::nullopt;
        }
        m_view->viewport()->repaint();
        Measured measured {double(clock.nsecsElapsed()) / 1e6, 0};
        measured.stallMs = stalls.stop();
        return measured;
    }

    // `pages` presses of Page Up from the end, each page drawn: time per page.
    Measured pageUp(int pages)
    {
        StallMeter stalls;
        stalls.start();
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < pages; ++i) {
            QTest::keyClick(m_view, Qt::Key_PageUp);
            m_view->viewport()->repaint();
            QCoreApplication::processEvents();
        }
        Measured measured {double(clock.nsecsElapsed()) / 1e6 / pages, 0};
        measured.stallMs = stalls.stop();
        return measured;
    }

    // Export button -> file dialog accepted -> `exported`; the CSV's data lines.
    std::optional<Measured> exportCsv(const QString &path, qint64 *dataLines)
    {
        QFile::remove(path);
        m_window->findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
        auto *dialog = m_window->findChild<QFileDialog *>(QStringLiteral("exportFileDialog"));
        if (!dialog || !waitUntil([dialog] { return dialog->isVisible(); }))
            return std::nullopt;
        dialog->selectFile(path);
        bool exported = false;
        QObject::connect(m_window.get(), &HistoryWindow::exported, dialog, [&exported] { exported = true; });
        StallMeter stalls;
        stalls.start();
        QElapsedTimer clock;
        clock.start();
        QMetaObject::invokeMethod(dialog, &QDialog::accept);
        if (!waitUntil([&] { return exported; }))
            return std::nullopt;
        Measured measured {double(clock.nsecsElapsed()) / 1e6, 0};
        measured.stallMs = stalls.stop();
        QFile file(path);
        *dataLines = -1;
        if (file.open(QIODevice::ReadOnly)) {
            // In pieces: reading the whole file at once would add its size to the peak memory measured.
            *dataLines = -1; // the header row
            while (!file.atEnd())
                *dataLines += file.read(1 << 20).count('\n');
        }
        return measured;
    }

    HistoryModel *model() const { return m_window->model(); }
    void setExpectedAll(int rows) { m_expectAll = rows; }
    void settleAllRows() { m_allRows = model()->rowCount(); }
    void close() { m_window.reset(); }

private:
    bool answered() const { return m_count && m_count->text().contains(QLatin1String(" shown")); }
    bool firstRowReady() const
    {
        return model()->rowCount() > 0 && !model()->index(0, HistoryModel::OrderIdColumn).data().isNull();
    }

    OrderJournal *m_journal;
    std::unique_ptr<HistoryWindow> m_window;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    int m_expectAll = 0;
    int m_allRows = 0;
};

struct Options
{
    int orders = 100'000;
    int runs = 5;
    QString journal; // a journal to copy instead of generating one
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("History window over a large generated journal."));
    parser.addHelpOption();
    const QCommandLineOption orders(QStringLiteral("orders"),
        QStringLiteral("Orders (3 numbers each) in the generated journal."), QStringLiteral("N"),
        QStringLiteral("100000"));
    const QCommandLineOption runs(QStringLiteral("runs"),
        QStringLiteral("Repetitions of each timed step (median, longest stall of all)."), QStringLiteral("N"),
        QStringLiteral("5"));
    const QCommandLineOption journal(QStringLiteral("journal"),
        QStringLiteral("Use a copy of this journal (made by an earlier run) instead of generating one; "
                       "--orders must say how many orders it holds."),
        QStringLiteral("FILE"));
    parser.addOption(orders);
    parser.addOption(runs);
    parser.addOption(journal);
    parser.process(app);
    Options options;
    bool ordersOk = false;
    bool runsOk = false;
    options.orders = parser.value(orders).toInt(&ordersOk);
    options.runs = parser.value(runs).toInt(&runsOk);
    options.journal = parser.value(journal);
    if (!ordersOk || options.orders < 1000 || !runsOk || options.runs < 1) {
        printProgress(QStringLiteral("--orders needs a number from 1000, --runs one from 1"));
        return std::nullopt;
    }
    return options;
}

// Repeats `step` and prints its median time and the longest stall of all runs.
bool report(const QString &name, int runs, const std::function<std::optional<Measured>()> &step)
{
    QList<double> times;
    double stall = 0;
    for (int i = 0; i < runs; ++i) {
        const std::optional<Measured> measured = step();
        if (!measured) {
            printProgress(name + QLatin1String(": never finished"));
            return false;
        }
        times.append(measured->ms);
        stall = qMax(stall, measured->stallMs);
    }
    printFigure(name, ms(median(times)));
    printFigure(name + QLatin1String(" longest stall"), ms(stall));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings (saved column widths) of its own, never the agent's.
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDesk-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_history"));
    QStandardPaths::setTestModeEnabled(true);
    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;

    QTemporaryDir dir;
    const QString emptyPath = dir.filePath(QStringLiteral("empty/journal.sqlite"));
    const QString bigPath = dir.filePath(QStringLiteral("big/journal.sqlite"));
    if (!dir.isValid() || !benchjournal::generateJournal(emptyPath, 0))
        return 1;
    if (options->journal.isEmpty()
            ? !benchjournal::generateJournal(bigPath, options->orders)
            : !(QDir().mkpath(QFileInfo(bigPath).absolutePath()) && QFile::copy(options->journal, bigPath))) {
        printProgress(QStringLiteral("no journal to measure"));
        return 1;
    }
    JournalOpenResult empty = OrderJournal::open(emptyPath);
    JournalOpenResult big = OrderJournal::open(bigPath);
    if (!empty.journal || !big.journal) {
        printProgress(QStringLiteral("cannot open the generated journals"));
        return 1;
    }
    const int runs = options->runs;
    printFigure(QStringLiteral("orders"), QString::number(options->orders));
    printFigure(QStringLiteral("runs"), QString::number(runs));
    printFigure(QStringLiteral("journal size"), mb(QFileInfo(bigPath).size() / 1e6));

    // What the searches must find, counted on a connection of their own.
    const QString numberTyped = QStringLiteral("555 012 34"); // part of +1555012340x … +1555012349x
    const QString orderIdTyped = QStringLiteral("ord-0054321");
    const qint64 numberMatches = countRows(bigPath,
        QStringLiteral(
            "SELECT COUNT(DISTINCT request_id) FROM request_numbers WHERE requested_number LIKE "
            "'%55501234%' OR returned_number LIKE '%55501234%' OR original_number LIKE '%55501234%'"));
    const QString numberFirst = QStringLiteral("ORD-%1").arg(
        countRows(bigPath,
            QStringLiteral("SELECT MAX(request_id) FROM request_numbers WHERE requested_number LIKE "
                           "'%55501234%' OR returned_number LIKE '%55501234%' OR original_number LIKE "
                           "'%55501234%'")),
        7, 10, QLatin1Char('0'));
    const qint64 orderIdMatches = countRows(
        bigPath, QStringLiteral("SELECT COUNT(*) FROM requests WHERE order_id LIKE '%ord-0054321%'"));

    // Qt's own first-window costs (fonts, style) are paid here, outside every figure.
    {
        Bench warmUp(empty.journal.get());
        if (!warmUp.open())
            return 1;
    }

    Bench emptyBench(empty.journal.get());
    const double rssBeforeEmpty = procStatusMB("VmRSS");
    if (!emptyBench.open())
        return 1;
    const double emptyGrowth = procStatusMB("VmRSS") - rssBeforeEmpty;
    emptyBench.close();

    Bench bench(big.journal.get());
    bench.setExpectedAll(options->orders);
    const double rssBefore = procStatusMB("VmRSS");
    if (!bench.open())
        return 1;
    bench.settleAllRows();
    printProgress(QStringLiteral("history lists %1 rows").arg(bench.model()->rowCount()));

    bool ok
        = report(QStringLiteral("first page shown (empty journal)"), runs, [&] { return emptyBench.open(); });
    emptyBench.close();
    ok = ok && report(QStringLiteral("first page shown (%1-order journal)").arg(options->orders), runs, [&] {
        const std::optional<Measured> opened = bench.open();
        bench.settleAllRows();
        return opened;
    });
    ok = ok && report(QStringLiteral("search by part of a number"), runs, [&] {
        return bench.search(numberTyped, int(numberMatches), numberFirst);
    });
    ok = ok && report(QStringLiteral("search by OrderId"), runs, [&] {
        return bench.search(orderIdTyped, int(orderIdMatches), QStringLiteral("ORD-0054321"));
    });
    const int pagesBefore = bench.model()->pagesRead();
    ok = ok && report(QStringLiteral("scroll to end"), runs, [&] { return bench.scrollToEnd(); });
    if (ok) {
        // Cold the first time; later runs find the last page still in memory.
        printFigure(QStringLiteral("pages read by scrolling to end (all runs)"),
            QString::number(bench.model()->pagesRead() - pagesBefore)
                + QStringLiteral(" pages of %1 rows").arg(HistoryModel::PageSize));
    }
    if (ok) {
        const Measured pages = bench.pageUp(100);
        printFigure(
            QStringLiteral("page up (100 pages from the end)"), ms(pages.ms) + QLatin1String(" per page"));
        printFigure(QStringLiteral("page up longest stall"), ms(pages.stallMs));
    }
    const double growth = procStatusMB("VmRSS") - rssBefore;
    printFigure(QStringLiteral("memory growth (empty journal)"), mb(emptyGrowth));
    printFigure(QStringLiteral("memory growth (%1-order journal)").arg(options->orders), mb(growth));
    printFigure(QStringLiteral("memory above empty history"), mb(growth - emptyGrowth));
    printFigure(QStringLiteral("pages read in all"),
        QString::number(bench.model()->pagesRead())
            + QStringLiteral(" pages of %1 rows").arg(HistoryModel::PageSize));
    printFigure(QStringLiteral("peak RSS before export"), mb(procStatusMB("VmHWM")));

    qint64 lines = 0;
    ok = ok && report(QStringLiteral("csv export"), 1, [&] {
        return bench.exportCsv(dir.filePath(QStringLiteral("export.csv")), &lines);
    });
    if (ok) {
        printFigure(QStringLiteral("csv export rows"), QString::number(lines));
        printFigure(QStringLiteral("csv export size"),
            mb(QFileInfo(dir.filePath(QStringLiteral("export.csv"))).size() / 1e6));
    }
    printFigure(QStringLiteral("peak RSS"), mb(procStatusMB("VmHWM")));
    bench.close();
    return ok ? 0 : 1;
}
