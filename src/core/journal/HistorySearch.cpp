#include "journal/HistorySearch.h"

#include "journal/JournalReadConnection.h"
#include "journal/JournalReader.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <limits>

namespace nd {
namespace {
Q_LOGGING_CATEGORY(lcSearch, "numberdesk.core.journal.search")
} // namespace

HistorySearch::HistorySearch(JournalLocation journal, QObject *parent)
    : QObject(parent), m_journal(std::move(journal)), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("HistorySearch"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

HistorySearch::~HistorySearch()
{
    m_latest = std::numeric_limits<int>::max(); // searches still queued are skipped
    // The connection belongs to the worker thread: closed there, after whatever runs now. Blocking:
    // a queued call could still be waiting when quit() ends the thread's loop, and the connection would
    // then be closed here, on the wrong thread.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_connection.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

int HistorySearch::start(const HistoryQuery &query)
{
    const int search = ++m_latest;
    QMetaObject::invokeMethod(
        m_worker, [this, search, query] { run(search, query); }, Qt::QueuedConnection);
    return search;
}

void HistorySearch::run(int search, const HistoryQuery &query)
{
    if (search != m_latest)
        return; // the agent typed on: nobody waits for this one
    if (!m_connection)
        m_connection = std::make_unique<journal::JournalReadConnection>(m_journal);
    if (!m_connection->isOpen()) {
        const QString error = m_connection->errorText();
        m_connection.reset(); // try again next time
        emit found(search, {}, error);
        return;
    }
    QElapsedTimer clock;
    clock.start();
    QSqlDatabase db = m_connection->database();
    QSqlError error;
    const QList<qint64> ids = journal::searchIds(db, query, &error);
    qCDebug(lcSearch) << "search" << search << "found" << ids.size() << "records in" << clock.elapsed()
                      << "ms";
    if (error.type() != QSqlError::NoError) {
        qCWarning(lcSearch) << "history search failed:" << error.text();
        emit found(search, {}, error.text());
        return;
    }
    emit found(search, ids, {});
}

} // namespace nd
