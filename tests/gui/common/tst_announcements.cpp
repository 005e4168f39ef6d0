// A screen reader hears what changed away from the focus: why Send is disabled when the reason
// changes, the outcome of a send (order or error), and where the next request goes. Checked twice:
// through the Announcer's record, and through the accessibility events Qt would hand a screen reader.

#include "../accounts/WindowAccounts.h"
#include "../form/FormDriver.h"
#include "desk/NumberRowsModel.h"
#include "gui/MainWindow.h"
#include "gui/common/Announcer.h"
#include "gui/results/ResultsPanel.h"
#include "network/ApiClient.h"
#include "sandbox/SandboxMagic.h"
#include "sandbox/SandboxServer.h"
#include "session/StatusChangeSession.h"

#include <QAccessible>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <memory>

using namespace nd;
using nd::test::FormDriver;

namespace {

struct HeardEvent
{
    QAccessible::Event type;
    QObject *object;
    QString text; // the announcement (Qt >= 6.8) or the object's description
};
QList<HeardEvent> g_heard;
// What the Announcer was asked to say, and from which widget.
QList<std::pair<QPointer<QWidget>, QString>> g_announced;

void recordEvent(QAccessibleEvent *event)
{
    QString text;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (event->type() == QAccessible::Announcement)
        text = static_cast<QAccessibleAnnouncementEvent *>(event)->message();
#endif
    if (text.isEmpty())
        if (QAccessibleInterface *iface = event->accessibleInterface())
            text = iface->text(QAccessible::Description);
    g_heard.append({event->type(), event->object(), text});
}

// Whether a screen reader was handed `text` from `source`: an announcement, or an alert on the
// widget whose description carries it. Qt hands events on only while a platform accessibility
// bridge is active, which the offscreen platform never is; then what a screen reader would read
// from the widget is checked instead.
bool screenReaderHeard(QObject *source, const QString &text)
{
    if (!source)
        return false;
    if (!QAccessible::isActive()) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        // An announcement leaves nothing on the widget to read back: what the Announcer sent, and
        // from which widget, is what a bridge would have been handed.
        return std::any_of(
            g_announced.cbegin(), g_announced.cend(), [&](const std::pair<QPointer<QWidget>, QString> &sent) {
                return sent.first == source && sent.second == text;
            });
#else
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(source);
        return iface && iface->text(QAccessible::Description) == text;
#endif
    }
    return std::any_of(g_heard.cbegin(), g_heard.cend(), [&](const HeardEvent &heard) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        if (heard.type == QAccessible::Announcement)
            return heard.object == source && heard.text == text;
#endif
        return heard.type == QAccessible::Alert && heard.object == source && heard.text == text;
    });
}

QStringList texts(const QSignalSpy &spy)
{
    QStringList all;
    for (const QList<QVariant> &arguments : spy)
        all << arguments.at(1).toString();
    return all;
}

} // namespace

class AnnouncementsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void badNumberTyped_reasonIsAnnounced();
    void sendAccepted_orderIsAnnounced();
    void sendFailed_errorIsAnnouncedAssertively();
    void connectionChanged_bannerIsAnnounced();

private:
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<accountstest::Accounts> m_accounts;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<FormDriver> m_driver;
    QTemporaryDir m_journalDir;
};

void AnnouncementsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NumberDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_announcements"));
    QAccessible::installUpdateHandler(recordEvent);
    QAccessible::setActive(true); // as when a screen reader runs (takes effect with a platform bridge)
    QVERIFY(m_journalDir.isValid());
}

void AnnouncementsTest::init()
{
    QSettings().clear();
    m_sandbox = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_sandbox->start(0));
    m_client = std::make_unique<ApiClient>();
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->openJournal(m_journalDir.filePath(QStringLiteral("journal.sqlite")));
    m_accounts = std::make_unique<accountstest::Accounts>();
    QVERIFY(accountstest::connectToSandbox(*m_accounts, *m_window, *m_sandbox));
    m_driver = std::make_unique<FormDriver>(m_window->form());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    g_heard.clear();
    g_announced.clear();
    connect(Announcer::instance(), &Announcer::announced, m_window.get(),
        [](QWidget *source, const QString &text) {
            g_announced.append({source, text});
        });
}

void AnnouncementsTest::cleanup()
{
    m_driver.reset();
    m_window.reset();
    m_client.reset();
    m_sandbox.reset();
}

void AnnouncementsTest::badNumberTyped_reasonIsAnnounced()
{
    QSignalSpy announced(Announcer::instance(), &Announcer::announced);
    m_driver->typeIntoCell(0, NumberRowsModel::NumberColumn, QStringLiteral("12"));
    QLabel *reason = m_driver->label("submitReasonLabel");
    QTRY_VERIFY(!reason->text().isEmpty());
    QVERIFY(!m_driver->submitButton()->isEnabled());
    QVERIFY2(texts(announced).contains(reason->text()), qPrintable(texts(announced).join(QLatin1Char('|'))));
    QVERIFY(screenReaderHeard(reason, reason->text()));

    // The same reason again is not repeated on every keystroke.
    const qsizetype before = announced.size();
    m_window->form()->revalidate();
    QCOMPARE(announced.size(), before);
}

void AnnouncementsTest::sendAccepted_orderIsAnnounced()
{
    QSignalSpy announced(Announcer::instance(), &Announcer::announced);
    QSignalSpy orders(m_window->session(), &StatusChangeSession::orderReceived);
    m_driver->chooseChangeType(ChangeType::Activate);
    m_driver->pasteNumbers({QStringLiteral("+12016093801")});
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(orders.wait());
    const Order order = orders.first().first().value<Order>();
    QVERIFY(!order.orderId.isEmpty());
    const QStringList heard = texts(announced);
    const auto orderLine = std::find_if(heard.cbegin(), heard.cend(), [&](const QString &text) {
        return text.contains(order.orderId) && text.startsWith(QLatin1String("Order"));
    });
    QVERIFY2(orderLine != heard.cend(), qPrintable(heard.join(QLatin1Char('|'))));
    QVERIFY(screenReaderHeard(
        m_window->results()->findChild<QWidget *>(QStringLiteral("orderHeader")), *orderLine));
    // The send itself was announced before the answer.
    const auto sending = std::find_if(heard.cbegin(), heard.cend(),
        [](const QString &text) { return text.startsWith(QLatin1String("Sending")); });
    QVERIFY2(sending < orderLine, qPrintable(heard.join(QLatin1Char('|'))));
}

void AnnouncementsTest::sendFailed_errorIsAnnouncedAssertively()
{
    QSignalSpy announced(Announcer::instance(), &Announcer::announced);
    QSignalSpy failed(m_window->session(), &StatusChangeSession::failed);
    m_driver->chooseChangeType(ChangeType::Activate);
    m_driver->pasteNumbers({QString::fromLatin1(sandbox::magic::ServerError)});
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(failed.wait());
    const ApiError error = failed.first().first().value<ApiError>();
    const auto assertive
        = std::find_if(announced.cbegin(), announced.cend(), [](const QList<QVariant> &args) {
              return args.at(2).value<Announcer::Urgency>() == Announcer::Urgency::Assertive;
          });
    QVERIFY(assertive != announced.cend());
    const QString text = assertive->at(1).toString();
    QVERIFY2(text.contains(error.title), qPrintable(text));
    QVERIFY(screenReaderHeard(m_window->results()->findChild<QWidget *>(QStringLiteral("errorBox")), text));
}

void AnnouncementsTest::connectionChanged_bannerIsAnnounced()
{
    QSignalSpy announced(Announcer::instance(), &Announcer::announced);
    QVERIFY(accountstest::switchToAccount(*m_accounts, *m_window, QStringLiteral("Production"),
        QUrl(QStringLiteral("https://api.telegent.com/v1.0")),
        {QStringLiteral("DID-1234"), QStringLiteral("s3cret")}));
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("connectionBanner"));
    QVERIFY(texts(announced).contains(banner->text()));
    QVERIFY(banner->text().contains(QLatin1String("DID-1234")));
    QVERIFY(screenReaderHeard(banner, banner->text()));
}

QTEST_MAIN(AnnouncementsTest)
#include "tst_announcements.moc"
