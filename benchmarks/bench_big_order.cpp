// A big order through the real main window, the way an agent makes one: 5,000 distinct numbers put on
// the clipboard and pasted into the numbers table with Ctrl+V, the form's checks, Send, the confirmation
// dialog (the effective date is yesterday, so the desk asks), Send in it, then the order in the results
// panel with its first screenful of QR codes drawn. For each phase: how long it took and the longest
// time the GUI thread could not react; then the process's peak memory.
// Not a test (numbers depend on the machine); see README.md for how to run and read it.

#include "GuiProbes.h"
#include "SandboxThread.h"
#include "desk/NumberRowsModel.h"
#include "desk/ResultsModel.h"
#include "gui/MainWindow.h"
#include "gui/accounts/ProfileSwitcher.h"
#include "gui/common/ColourScheme.h"
#include "gui/form/ConfirmChangeDialog.h"
#include "gui/form/NumbersTableView.h"
#include "gui/form/StatusChangeForm.h"
#include "gui/results/ResultsPanel.h"
#include "gui/results/VisibleRowsLoader.h"
#include "journal/OrderJournal.h"
#include "network/ApiClient.h"
#include "profiles/CredentialVault.h"
#include "profiles/ProfileStore.h"
#include "profiles/SessionSecretStore.h"
#include "sandbox/SandboxServer.h"
#include "session/StatusChangeSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListView>
#include <QMetaEnum>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

using namespace nd;
using nd::bench::StallMeter;

namespace {

constexpr int PhaseTimeoutMs = 180000;

// CPU time of the calling thread so far, in ms: what an event cost apart from waiting for a core.
double threadCpuMs()
{
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

// With --slow-events MS: every event the GUI thread took longer than MS to handle goes to stderr
// (receiver class and name, event type, wall and CPU time), to see which one a stall was.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    double reportAboveMs = -1;
    QString phase;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Only the GUI thread's outermost events: the sandbox's thread comes through here too.
        if (reportAboveMs < 0 || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const double cpuBefore = threadCpuMs();
        const QString receiverName = QString::fromLatin1(receiver->metaObject()->className())
            + QLatin1Char(' ') + receiver->objectName();
        const QEvent::Type type = event->type();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        const double cpuMs = threadCpuMs() - cpuBefore;
        --m_depth;
        if (ms > reportAboveMs) {
            std::fprintf(stderr, "slow event (%s): %.1f ms (CPU %.1f ms), %s to %s\n", qPrintable(phase), ms,
                cpuMs, QMetaEnum::fromType<QEvent::Type>().valueToKey(type), qPrintable(receiverName));
        }
        return handled;
    }

private:
    int m_depth = 0;
};

TimedApplication *timedApp()
{
    return static_cast<TimedApplication *>(QCoreApplication::instance());
}
// After a phase's end is seen, the loop runs this much longer so the paint that follows (the table,
// the dialog, the QR codes) counts towards the phase's stall too.
constexpr int SettleMs = 150;

// One clock for the whole run: phases report when they started and ended on it.
QElapsedTimer &runClock()
{
    static QElapsedTimer clock;
    return clock;
}

double nowMs()
{
    return double(runClock().nsecsElapsed()) / 1e6;
}

struct Phase
{
    double startedMs = 0; // the action (key press, click) was sent
    double doneMs = -1; // the end condition held; -1 when it never did
    double maxStallMs = 0;
};

// Sends `action` from inside a running event loop, then lets the loop run until `done()` holds
// (checked after every 1 ms tick) and `settleMs` more. The stall meter runs all the while.
Phase runPhase(
    const QString &name, const std::function<void()> &action, const std::function<bool()> &done, int settleMs)
{
    timedApp()->phase = name;
    QEventLoop loop;
    StallMeter stalls;
    Phase phase;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!done())
            return;
        phase.doneMs = nowMs();
        poll.stop();
        QTimer::singleShot(settleMs, &loop, &QEventLoop::quit);
    });
    QTimer::singleShot(PhaseTimeoutMs, &loop, &QEventLoop::quit);
    stalls.start();
    QTimer::singleShot(0, &loop, [&] {
        phase.startedMs = nowMs();
        if (action)
            action();
        poll.start();
    });
    loop.exec();
    phase.maxStallMs = stalls.stop();
    return phase;
}

// Lets the window finish whatever is queued (not measured).
void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// `count` distinct numbers as an agent would paste them from a spreadsheet column, in national form.
QString numbersColumn(int count, int exchange)
{
    QStringList lines;
    lines.reserve(count);
    for (int i = 0; i < count; ++i) {
        lines.append(
            QStringLiteral("(201) %1-%2").arg(exchange + i / 10000).arg(i % 10000, 4, 10, QLatin1Char('0')));
    }
    return lines.join(QLatin1Char('\n'));
}

class BigOrderRun
{
public:
    BigOrderRun(MainWindow &window, int count, int exchange)
        : m_window(window), m_count(count), m_exchange(exchange)
    {
        m_form = window.form();
        m_table = m_form->findChild<NumbersTableView *>(QStringLiteral("numbersTable"));
        m_submit = m_form->findChild<QPushButton *>(QStringLiteral("submitButton"));
        m_resultsView = window.results()->findChild<QListView *>(QStringLiteral("numbersView"));
        m_resultsModel = window.results()->findChild<ResultsModel *>();
        m_loader = window.results()->findChild<VisibleRowsLoader *>();
    }

    bool run(QTextStream &out)
    {
        if (!m_table || !m_submit || !m_resultsView || !m_resultsModel || !m_loader)
            return fail(QStringLiteral("a widget of the main window was not found"));

        // As the agent left it: an empty form, activate, yesterday's date (so the desk asks first).
        m_form->clear();
        m_form->setChangeType(ChangeType::Activate);
        m_form->setEffectiveDate(QDate::currentDate().addDays(-1));
        QApplication::clipboard()->setText(numbersColumn(m_count, m_exchange));
        m_table->setFocus();
        m_table->setCurrentIndex(m_form->numbersModel()->index(0, NumberRowsModel::NumberColumn));
        idle(300);

        NumberRowsModel *rows = m_form->numbersModel();
        const Phase paste = runPhase(
            QStringLiteral("paste"), [this] { QTest::keySequence(m_table, QKeySequence::Paste); },
            [&] { return rows->rowCount() == m_count + 1; }, 0); // the pasted rows and the blank one
        const Phase validate = runPhase(
            QStringLiteral("validate"), {},
            [&] {
                return m_form->canSubmit() && m_form->validation().request
                    && m_form->validation().request->numbers.size() == m_count;
            },
            SettleMs);
        if (validate.doneMs < 0)
            return fail(QStringLiteral("the form never allowed sending the %1 numbers").arg(m_count));

        ConfirmChangeDialog *dialog = nullptr;
        const Phase confirm = runPhase(
            QStringLiteral("confirm"), [this] { QTest::mouseClick(m_submit, Qt::LeftButton); },
            [&] {
                dialog = m_window.findChild<ConfirmChangeDialog *>();
                return dialog && dialog->isVisible();
            },
            SettleMs);
        if (!dialog)
            return fail(QStringLiteral("no confirmation dialog"));

        bool orderArrived = false;
        QObject context;
        QObject::connect(m_window.session(), &StatusChangeSession::orderReceived, &context,
            [&orderArrived] { orderArrived = true; });
        QObject::connect(
            m_window.session(), &StatusChangeSession::failed, &context, [this](const ApiError &error) {
                m_problem = error.title + QStringLiteral(": ") + error.message;
            });
        const Phase send = runPhase(
            QStringLiteral("send"),
            [dialog] {
                auto *pastDate = dialog->findChild<QCheckBox *>(QStringLiteral("pastDateCheck"));
                QTest::mouseClick(pastDate, Qt::LeftButton, {}, QPoint(4, pastDate->height() / 2));
                QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
            },
            [&] { return !m_problem.isEmpty() || (orderArrived && m_resultsModel->rowCount() == m_count); },
            0);
        if (!m_problem.isEmpty())
            return fail(m_problem);
        if (send.doneMs < 0)
            return fail(QStringLiteral("no order within %1 s").arg(PhaseTimeoutMs / 1000));

        const Phase results = runPhase(
            QStringLiteral("results"), {},
            [&] {
                if (!nd::bench::visibleRowsLoaded(m_loader, m_resultsModel))
                    return false;
                m_resultsView->viewport()->repaint(); // drawn now, not "some time later"
                return true;
            },
            SettleMs);
        if (results.doneMs < 0)
            return fail(QStringLiteral("the first screen of QR codes was never drawn"));

        const QString n = QString::number(m_count);
        const auto line = [&](const QString &name, double value, const char *unit) {
            out << name << ' ' << n << ": " << QString::number(value, 'f', 1) << ' ' << unit << '\n';
        };
        line(QStringLiteral("paste"), paste.doneMs - paste.startedMs, "ms");
        line(QStringLiteral("validate"), validate.doneMs - paste.startedMs, "ms");
        line(QStringLiteral("confirm shown"), confirm.doneMs - confirm.startedMs, "ms");
        line(QStringLiteral("order shown"), send.doneMs - send.startedMs, "ms");
        line(QStringLiteral("first screen drawn"), results.doneMs - send.startedMs, "ms");
        line(QStringLiteral("max stall paste"), paste.maxStallMs, "ms");
        line(QStringLiteral("max stall validate"), validate.maxStallMs, "ms");
        line(QStringLiteral("max stall confirm"), confirm.maxStallMs, "ms");
        line(QStringLiteral("max stall send"), send.maxStallMs, "ms");
        line(QStringLiteral("max stall results"), results.maxStallMs, "ms");
        line(QStringLiteral("max stall"),
            std::max({paste.maxStallMs, validate.maxStallMs, confirm.maxStallMs, send.maxStallMs,
                results.maxStallMs}),
            "ms");
        line(QStringLiteral("peak RSS"), nd::bench::peakResidentMB(), "MB");
        out.flush();
        return m_measureEdits ? measureEdits(line) : true;
    }

    // With --edits: after the order, what an agent does to a big table it got wrong. Every cell selected
    // and Delete; then pasted again, every row selected and "Remove selected rows".
    void setMeasureEdits(bool measure) { m_measureEdits = measure; }

    template<typename Line> bool measureEdits(const Line &line)
    {
        NumberRowsModel *rows = m_form->numbersModel();
        const auto selectAll = [this] {
            m_table->setFocus();
            QTest::keySequence(m_table, QKeySequence::SelectAll);
        };
        idle(300);
        selectAll();
        const Phase clear = runPhase(
            QStringLiteral("clear"), [this] { QTest::keyClick(m_table, Qt::Key_Delete); },
            [this] { return !m_form->hasContent(); }, SettleMs);
        if (clear.doneMs < 0)
            return fail(QStringLiteral("Delete did not empty the table"));

        m_table->setCurrentIndex(rows->index(0, NumberRowsModel::NumberColumn));
        QTest::keySequence(m_table, QKeySequence::Paste);
        idle(300);
        selectAll();
        auto *remove = m_form->findChild<QPushButton *>(QStringLiteral("removeRowsButton"));
        const Phase removeRows = runPhase(
            QStringLiteral("remove"), [remove] { QTest::mouseClick(remove, Qt::LeftButton); },
            [rows] { return rows->rowCount() == 1; }, SettleMs);
        if (removeRows.doneMs < 0)
            return fail(QStringLiteral("Remove selected rows did not empty the table"));

        line(QStringLiteral("clear all"), clear.doneMs - clear.startedMs, "ms");
        line(QStringLiteral("remove all"), removeRows.doneMs - removeRows.startedMs, "ms");
        line(QStringLiteral("max stall clear"), clear.maxStallMs, "ms");
        line(QStringLiteral("max stall remove"), removeRows.maxStallMs, "ms");
        return true;
    }

private:
    bool fail(const QString &problem)
    {
        std::fprintf(stderr, "bench_big_order %d: %s\n", m_count, qPrintable(problem));
        return false;
    }

    MainWindow &m_window;
    int m_count;
    int m_exchange;
    StatusChangeForm *m_form = nullptr;
    NumbersTableView *m_table = nullptr;
    QPushButton *m_submit = nullptr;
    QListView *m_resultsView = nullptr;
    ResultsModel *m_resultsModel = nullptr;
    VisibleRowsLoader *m_loader = nullptr;
    QString m_problem;
    bool m_measureEdits = false;
};

// A private HOME (and XDG directories inside it) before Qt reads any path: no real settings or journal
// are touched, and the journal starts empty where the app would look for it.
void useTemporaryHome(const QString &home)
{
    qputenv("HOME", QFile::encodeName(home));
    for (const auto &[variable, path] : {std::pair {"XDG_CONFIG_HOME", "/.config"},
             std::pair {"XDG_DATA_HOME", "/.local/share"}, std::pair {"XDG_CACHE_HOME", "/.cache"}}) {
        QDir().mkpath(home + QLatin1String(path));
        qputenv(variable, QFile::encodeName(home + QLatin1String(path)));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "no temporary directory\n");
        return 1;
    }
    useTemporaryHome(home.path());
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // The desk's own debug and info lines would go to stderr in the middle of the measured phases.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "numberdesk.*.debug=false\nnumberdesk.*.info=false");

    TimedApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("NumberDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("numberdesk.invalid"));
    applyColourScheme(ColourScheme::System);
    runClock().start();

    QList<int> counts;
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const bool measureEdits = arguments.removeAll(QStringLiteral("--edits")) > 0;
    if (const qsizetype flag = arguments.indexOf(QStringLiteral("--slow-events")); flag >= 0) {
        app.reportAboveMs = arguments.value(flag + 1).toDouble();
        arguments.remove(flag, 2);
    }
    for (const QString &argument : std::as_const(arguments)) {
        bool ok = false;
        const int count = argument.toInt(&ok);
        if (!ok || count < 1 || count > 9999) {
            std::fprintf(stderr,
                "usage: bench_big_order [--edits] [--slow-events MS] [COUNT…]   (1-9999 numbers each; "
                "default 1000 "
                "5000)\n");
            return 2;
        }
        counts.append(count);
    }
    if (counts.isEmpty())
        counts = {1000, 5000};

    sandbox::SandboxOptions options;
    options.rateLimitPerMinute = 0; // several orders and their QR codes in a minute
    nd::bench::SandboxThread server;
    if (!server.start(options))
        return 1;

    int status = 0;
    {
        // The sandbox profile, as `numberdesk --sandbox` connects (settings in a throw-away file).
        QTemporaryDir settingsDir;
        ProfileStore profiles(settingsDir.filePath(QStringLiteral("settings.ini")));
        CredentialVault vault(std::make_unique<SessionSecretStore>());
        bool secretKept = false;
        vault.writeSecret(ConnectionProfile::sandboxId(), options.accountSecret, &profiles,
            [&secretKept](const SecretResult &) { secretKept = true; });
        profiles.setSandboxConnection(server.baseUrl(), options.accountKey);
        ApiClient client;
        MainWindow window(&client);
        window.openJournal(OrderJournal::defaultPath());
        window.setSandboxBaseUrl(server.baseUrl());
        window.setAccounts(&profiles, &vault);
        profiles.setActiveProfile(ConnectionProfile::sandboxId());
        if (!QTest::qWaitFor([&] { return secretKept; })) {
            std::fprintf(stderr, "the sandbox's secret was never kept\n");
            return 1;
        }
        window.profileSwitcher()->applyActiveProfile();
        if (!QTest::qWaitFor([&] { return window.profileSwitcher()->isReady(); })) {
            std::fprintf(stderr, "the sandbox profile never connected\n");
            return 1;
        }
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            std::fprintf(stderr, "the window was never shown\n");
            return 1;
        }

        QTextStream out(stdout);
        // What is measured and where, to stderr: stdout holds only the figures, one per line.
        std::fprintf(stderr,
            "bench_big_order: Ctrl+V of N numbers -> checks -> Send -> confirmation -> order shown -> first "
            "screen of QR codes drawn, in the real main window (1280x800); sandbox in its own thread on "
            "loopback; platform %s, Qt %s\n",
            qPrintable(QGuiApplication::platformName()), qVersion());

        // A one-number order first, not reported: the token, the fonts and the first QR decode are paid
        // once per session, not per order.
        BigOrderRun warmUp(window, 1, 290);
        QString ignored;
        QTextStream discard(&ignored);
        if (!warmUp.run(discard))
            status = 1;

        int exchange = 620; // each run activates numbers the sandbox has not seen
        for (const int count : std::as_const(counts)) {
            BigOrderRun run(window, count, exchange++);
            run.setMeasureEdits(measureEdits);
            if (!run.run(out))
                status = 1;
            idle(500);
        }
    }

    return status;
}
