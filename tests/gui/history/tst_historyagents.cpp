// Who did what, in History (issue #14): records written under two identities to one journal file show
// their agent and desk in columns of their own, the Agent and Desk filters (filled from the journal,
// refreshed when records change) narrow the list and the CSV export, and an entry names its agent, its
// desk and who resolved it.

#include "HistoryTestSupport.h"
#include "HistoryEntryOpening.h"
#include "gui/results/HistoryEntryDialog.h"
#include "gui/history/HistoryWindow.h"
#include "journal/HistoryModel.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace nd;

namespace {

std::unique_ptr<OrderJournal> openAs(const QString &path, const JournalIdentity &who)
{
    JournalOpenResult opened = OrderJournal::open(JournalLocation::localFile(path), who);
    return std::move(opened.journal);
}

qint64 answered(OrderJournal &journal, ChangeType type, const QString &orderId, const QString &number)
{
    const qint64 id = *journal.recordSending(historytest::context(), historytest::request(type, {number}));
    journal.recordOrder(id, historytest::order(orderId, type, {number}));
    return id;
}

// Picks `text` the way an agent does: focus, then the arrow keys on the closed combo box.
void choose(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    QVERIFY2(target >= 0, qPrintable(text));
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentText(), text);
}

QStringList itemsOf(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

QStringList shownOrderIds(const HistoryWindow &window)
{
    QStringList ids;
    for (int row = 0; row < window.model()->rowCount(); ++row)
        ids << window.model()->index(row, HistoryModel::OrderIdColumn).data().toString();
    return ids;
}

} // namespace

class TestHistoryAgents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_journal.reset(); }
    void columns_showWhoSentEachRequestAndFromWhere();
    void filters_listTheJournalsAgentsAndDesks_andNarrowTheList();
    void filters_followNewRecords();
    void entry_namesAgentDeskAndWhoResolvedIt();
    void exportCsv_hasWhoColumns_andFollowsTheFilters();

private:
    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }
    QComboBox *agentCombo(HistoryWindow &window)
    {
        return window.findChild<QComboBox *>(QStringLiteral("agentCombo"));
    }
    QComboBox *deskCombo(HistoryWindow &window)
    {
        return window.findChild<QComboBox *>(QStringLiteral("deskCombo"));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<OrderJournal> m_journal; // Luc's, on desk-b; Ana's records were written before
    qint64 m_resolvedId = 0;
};

void TestHistoryAgents::init()
{
    QFile::remove(journalPath());
    {
        std::unique_ptr<OrderJournal> ana
            = openAs(journalPath(), {QStringLiteral("Ana"), QStringLiteral("desk-a")});
        QVERIFY(ana);
        answered(*ana, ChangeType::Activate, QStringLiteral("JNUOID-ana-1"), QStringLiteral("+12016093801"));
    }
    m_journal = openAs(journalPath(), {QStringLiteral("Luc"), QStringLiteral("desk-b")});
    QVERIFY(m_journal);
    answered(*m_journal, ChangeType::Cancel, QStringLiteral("JNUOID-luc-2"), QStringLiteral("+13125550100"));
    m_resolvedId = *m_journal->recordSending(
        historytest::context(), historytest::request(ChangeType::Park, {QStringLiteral("+14155550123")}));
    ApiError lost;
    lost.kind = ApiError::Kind::OutcomeUnknown;
    lost.title = QStringLiteral("No answer");
    QVERIFY(m_journal->recordFailure(m_resolvedId, lost));
    QVERIFY(m_journal->resolve(m_resolvedId, QStringLiteral("Parked, checked with the carrier")));
}

void TestHistoryAgents::columns_showWhoSentEachRequestAndFromWhere()
{
    HistoryWindow window(m_journal.get(), nullptr);
    window.show();
    QTRY_COMPARE(window.model()->rowCount(), 3);
    QCOMPARE(window.model()->headerData(HistoryModel::AgentColumn, Qt::Horizontal).toString(),
        QStringLiteral("Agent"));
    QCOMPARE(window.model()->headerData(HistoryModel::DeskColumn, Qt::Horizontal).toString(),
        QStringLiteral("Desk"));
    QStringList who;
    for (int row = 0; row < window.model()->rowCount(); ++row) {
        who << window.model()->index(row, HistoryModel::OrderIdColumn).data().toString() + QLatin1Char(' ')
                + window.model()->index(row, HistoryModel::AgentColumn).data().toString() + QLatin1Char(' ')
                + window.model()->index(row, HistoryModel::DeskColumn).data().toString();
    }
    // Newest first; the resolved request has no OrderId.
    QCOMPARE(who,
        (QStringList {QStringLiteral(" Luc desk-b"), QStringLiteral("JNUOID-luc-2 Luc desk-b"),
            QStringLiteral("JNUOID-ana-1 Ana desk-a")}));
}

void TestHistoryAgents::filters_listTheJournalsAgentsAndDesks_andNarrowTheList()
{
    HistoryWindow window(m_journal.get(), nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.model()->rowCount(), 3);
    QCOMPARE(itemsOf(agentCombo(window)),
        (QStringList {QStringLiteral("Any agent"), QStringLiteral("Ana"), QStringLiteral("Luc")}));
    QCOMPARE(itemsOf(deskCombo(window)),
        (QStringList {QStringLiteral("Any desk"), QStringLiteral("desk-a"), QStringLiteral("desk-b")}));

    choose(agentCombo(window), QStringLiteral("Luc"));
    QCOMPARE(window.query().agent, QStringLiteral("Luc"));
    QTRY_COMPARE(shownOrderIds(window), (QStringList {QString(), QStringLiteral("JNUOID-luc-2")}));

    choose(deskCombo(window), QStringLiteral("desk-a")); // Luc never worked there
    QTRY_COMPARE(window.model()->rowCount(), 0);

    choose(agentCombo(window), QStringLiteral("Any agent"));
    QVERIFY(window.query().agent.isEmpty());
    QCOMPARE(window.query().desk, QStringLiteral("desk-a"));
    QTRY_COMPARE(shownOrderIds(window), QStringList {QStringLiteral("JNUOID-ana-1")});
}

void TestHistoryAgents::filters_followNewRecords()
{
    HistoryWindow window(m_journal.get(), nullptr);
    window.show();
    QTRY_COMPARE(window.model()->rowCount(), 3);
    choose(agentCombo(window), QStringLiteral("Luc"));
    QTRY_COMPARE(window.model()->rowCount(), 2);

    m_journal->setIdentity({QStringLiteral("Zoë"), QStringLiteral("desk-c")});
    answered(
        *m_journal, ChangeType::Activate, QStringLiteral("JNUOID-zoe-3"), QStringLiteral("+12016093809"));
    QTRY_COMPARE(itemsOf(agentCombo(window)),
        (QStringList {QStringLiteral("Any agent"), QStringLiteral("Ana"), QStringLiteral("Luc"),
            QStringLiteral("Zoë")}));
    QTRY_VERIFY(deskCombo(window)->findText(QStringLiteral("desk-c")) > 0);
    // Refreshing the choices keeps the one made, and its rows.
    QCOMPARE(agentCombo(window)->currentText(), QStringLiteral("Luc"));
    QTRY_COMPARE(window.model()->rowCount(), 2);
}

void TestHistoryAgents::entry_namesAgentDeskAndWhoResolvedIt()
{
    HistoryWindow window(m_journal.get(), nullptr);
    window.show();
    QTRY_COMPARE(window.model()->rowCount(), 3);
    QCOMPARE(window.model()->index(0, 0).data(HistoryModel::JournalIdRole).toLongLong(), m_resolvedId);
    HistoryEntryDialog *resolved = historytest::openEntry(window, 0);
    QVERIFY(resolved);
    const QString summary = resolved->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(QLatin1String("<b>Agent</b></td><td>Luc</td>")), qPrintable(summary));
    QVERIFY(summary.contains(QLatin1String("<b>Desk</b></td><td>desk-b</td>")));
    QVERIFY(summary.contains(QLatin1String("<b>Resolved by</b></td><td>Luc on desk-b</td>")));
    resolved->close();

    HistoryEntryDialog *answeredByAna = historytest::openEntry(window, 2);
    QVERIFY(answeredByAna);
    const QString anas = answeredByAna->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(anas.contains(QLatin1String("<td>Ana</td>")), qPrintable(anas));
    QVERIFY(anas.contains(QLatin1String("<td>desk-a</td>")));
    QVERIFY(!anas.contains(QLatin1String("Resolved by"))); // nobody had to
}

void TestHistoryAgents::exportCsv_hasWhoColumns_andFollowsTheFilters()
{
    HistoryWindow window(m_journal.get(), nullptr);
    window.show();
    QTRY_COMPARE(window.model()->rowCount(), 3);
    choose(agentCombo(window), QStringLiteral("Luc"));
    QTRY_COMPARE(window.model()->rowCount(), 2);

    const QString path = m_dir.filePath(QStringLiteral("luc.csv"));
    QSignalSpy exported(&window, &HistoryWindow::exported);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    auto *dialog = window.findChild<QFileDialog *>(QStringLiteral("exportFileDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, &QDialog::accept);
    QTRY_COMPARE(exported.size(), 1);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY2(lines.at(0).endsWith(",agent,desk,resolved_by\r"), lines.at(0).constData());
    QCOMPARE(lines.size(), 4); // header, Luc's two requests, the empty tail
    QVERIFY2(lines.at(1).endsWith(",Luc,desk-b,Luc on desk-b\r"), lines.at(1).constData());
    QVERIFY2(lines.at(2).endsWith(",Luc,desk-b,\r"), lines.at(2).constData());
}

QTEST_MAIN(TestHistoryAgents)
#include "tst_historyagents.moc"
