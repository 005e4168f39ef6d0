#pragma once

// Writes every record a HistoryQuery matches to a CSV file (HistoryCsv) on a worker thread with a
// connection of its own, a page at a time, reporting progress; the GUI stays free however large the
// journal. The file is written privately and all or nothing (writePrivateFile): a cancelled or failed
// export leaves no file, and an existing file untouched. Used by the history window.

#include "journal/JournalEntry.h"
#include "journal/JournalLocation.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace nd {

class HistoryExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryExport)

public:
    static constexpr int DefaultBatchSize = 500; // records read and written between progress reports

    explicit HistoryExport(JournalLocation journal, QObject *parent = nullptr);
    ~HistoryExport() override; // cancels an export under way and waits for it to stop

    bool isRunning() const { return m_thread != nullptr; }
    // False when one is already running. Ends with finished().
    bool start(const QString &csvPath, const HistoryQuery &query);
    void cancel(); // finished(Cancelled) follows; no file is left
    bool isCancelRequested() const { return m_cancel; } // any thread

    // For tests, before start(): smaller batches, and a call on the worker thread before each batch
    // (lets a test hold the export mid-way, deterministically).
    void setBatchSize(int records) { m_batchSize = qMax(1, records); }
    void setBeforeBatch(std::function<void()> hook) { m_beforeBatch = std::move(hook); }

    enum class Outcome { Written, Cancelled, Failed };
    Q_ENUM(Outcome)

signals:
    void progress(int written, int total); // records
    void finished(nd::HistoryExport::Outcome outcome, const QString &error, int records);

private:
    void run(const QString &csvPath, const HistoryQuery &query); // on the worker thread
    void onThreadFinished();

    JournalLocation m_journal;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel {false};
    int m_batchSize = DefaultBatchSize;
    std::function<void()> m_beforeBatch;
    // Set by the worker before its thread ends, read after: the thread's end orders the two.
    Outcome m_outcome = Outcome::Failed;
    QString m_error;
    int m_records = 0;
};

} // namespace nd
