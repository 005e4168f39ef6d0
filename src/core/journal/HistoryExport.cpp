#include "journal/HistoryExport.h"

#include "desk/PrivateFile.h"
#include "journal/HistoryCsv.h"
#include "journal/JournalReadConnection.h"
#include "journal/JournalReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLoggingCategory>
#include <QSqlError>
#include <QThread>

namespace nd {
namespace {
Q_LOGGING_CATEGORY(lcExport, "numberdesk.core.journal.export")
} // namespace

HistoryExport::HistoryExport(JournalLocation journal, QObject *parent)
    : QObject(parent), m_journal(std::move(journal))
{ }

HistoryExport::~HistoryExport()
{
    if (!m_thread)
        return;
    m_cancel = true; // checked between batches: the wait is one batch at most
    m_thread->wait();
    delete m_thread;
}

bool HistoryExport::start(const QString &csvPath, const HistoryQuery &query)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_thread = QThread::create([this, csvPath, query] { run(csvPath, query); });
    m_thread->setObjectName(QStringLiteral("HistoryExport"));
    connect(m_thread, &QThread::finished, this, &HistoryExport::onThreadFinished);
    m_thread->start();
    return true;
}

void HistoryExport::cancel()
{
    m_cancel = true;
}

void HistoryExport::onThreadFinished()
{
    m_thread->wait(); // finished() comes just before the thread's very end
    delete m_thread;
    m_thread = nullptr;
    qCInfo(lcExport) << "CSV export" << m_outcome << m_records << "records";
    emit finished(m_outcome, m_error, m_records);
}

void HistoryExport::run(const QString &csvPath, const HistoryQuery &query)
{
    m_records = 0;
    m_error.clear();
    journal::JournalReadConnection connection(m_journal);
    if (!connection.isOpen()) {
        m_outcome = Outcome::Failed;
        m_error = connection.errorText();
        return;
    }
    QSqlDatabase db = connection.database();
    QString readError;
    bool cancelled = false;
    const auto write = [&](QIODevice &file) {
        QSqlError error;
        const QList<qint64> ids = journal::searchIds(db, query, &error);
        if (error.type() != QSqlError::NoError) {
            readError = error.text();
            return false;
        }
        const int total = int(ids.size());
        emit progress(0, total);
        if (file.write(HistoryCsv::headerBytes()) < 0)
            return false;
        for (int first = 0; first < total; first += m_batchSize) {
            if (m_beforeBatch)
                m_beforeBatch();
            if (m_cancel) {
                cancelled = true;
                return false;
            }
            const QList<JournalEntry> entries
                = journal::readEntriesById(db, ids.mid(first, m_batchSize), &error);
            if (error.type() != QSqlError::NoError) {
                readError = error.text();
                return false;
            }
            const QByteArray rows = HistoryCsv::rows(entries);
            if (file.write(rows) != rows.size())
                return false;
            m_records += int(entries.size());
            emit progress(qMin(first + m_batchSize, total), total);
        }
        cancelled = m_cancel;
        return !cancelled;
    };
    const PrivateFileResult written = writePrivateFile(csvPath, write);
    if (cancelled) {
        m_outcome = Outcome::Cancelled;
        m_records = 0;
    } else if (!written.ok) {
        m_outcome = Outcome::Failed;
        m_error = readError.isEmpty() ? written.error : readError;
    } else {
        m_outcome = Outcome::Written;
    }
}

} // namespace nd
