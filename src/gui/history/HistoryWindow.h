#pragma once

// The history view: every order from the journal, newest first, filtered by a search box (a phone
// number in any format, or an OrderId), the change type, the agent, the desk and a date range. Opening a row
// shows its results as they were (through the EntryOpener: results/HistoryEntryDialog in the app); "Export
// CSV…" writes every order the filters match
// (HistoryExport, in the background, with a progress bar and Cancel). Searching and exporting run on
// worker threads, so the window answers at once however large the journal.
// A top-level window opened from the main window's History… entry.

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

class QDialog;

namespace Ui {
class HistoryWindow;
}

namespace nd {

class ApiClient;
class HistoryExport;
class HistoryModel;
class OrderJournal;
struct HistoryQuery;
struct JournalEntry;

class HistoryWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWindow)

public:
    // Neither is owned. `client` is the desk's, used to follow pending orders of the active account.
    HistoryWindow(OrderJournal *journal, ApiClient *client, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    HistoryModel *model() const { return m_model; }
    HistoryQuery query() const; // what the filters say now
    void applyFilters(); // at once (typing waits a moment)

    // Makes the dialog that shows one record. The history does not know the results feature that draws
    // it: MainWindow hands over results/HistoryEntryDialog (through DeskJournal). Without one, rows do not
    // open. The dialog is shown and deleted on close here.
    using EntryOpener = std::function<QDialog *(
        const JournalEntry &entry, ApiClient *client, OrderJournal *journal, QWidget *parent)>;
    void setEntryOpener(EntryOpener opener) { m_entryOpener = std::move(opener); }
    QDialog *openRow(int row); // null without an opener or a record
    void exportCsv(); // asks for a file name
    // Exports in the background to `path`; a message box if it cannot be written. False when an export
    // is already running.
    bool startExport(const QString &path);

signals:
    void exported(const QString &path);
    void exportCancelled(); // no file was written
    void exportFailed(const QString &error); // after the message box opened

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override; // the agents and desks the journal names now
    void closeEvent(QCloseEvent *event) override; // cancels an export under way

private:
    void nameFilters(); // the texts the code gives the filter row
    void fillWhoFilters(); // the agent and desk choices, from the journal
    void sizeColumns(); // to content, Numbers at least two wide
    void openCurrent();
    void updateState();
    void onExportFinished(int outcome, const QString &error, int records);

    std::unique_ptr<Ui::HistoryWindow> m_ui;
    QPointer<OrderJournal> m_journal;
    QPointer<ApiClient> m_client;
    EntryOpener m_entryOpener;
    HistoryModel *m_model = nullptr;
    HistoryExport *m_export = nullptr; // child; none without a journal
    QString m_exportPath;
    bool m_columnsSized = false; // the agent's saved widths, or sized to the first rows
    QTimer m_searchDelay;
    QTimer m_whoRefresh; // a burst of journal writes asks for the agents and desks once
};

} // namespace nd
