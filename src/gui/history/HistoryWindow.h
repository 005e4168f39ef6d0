#pragma once

// The history view: every order from the journal, newest first, filtered by a search box (a phone
// number in any format, or an OrderId), the change type and a date range. Opening a row shows its
// results as they were (HistoryEntryDialog); "Export CSV…" writes the rows shown (HistoryCsv).
// A top-level window opened from the main window's History… entry.

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class HistoryWindow;
}

namespace nd {

class ApiClient;
class HistoryEntryDialog;
class HistoryModel;
class OrderJournal;
struct HistoryQuery;

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

    HistoryEntryDialog *openRow(int row);
    void exportCsv(); // asks for a file name
    bool writeCsv(const QString &path); // false + a message box when it cannot be written

signals:
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void nameFilters(); // the texts the code gives the filter row
    void sizeColumns(); // to content, Numbers at least two wide, or the agent's saved widths
    void openCurrent();
    void updateState();

    std::unique_ptr<Ui::HistoryWindow> m_ui;
    QPointer<OrderJournal> m_journal;
    QPointer<ApiClient> m_client;
    HistoryModel *m_model = nullptr;
    QTimer m_searchDelay;
};

} // namespace nd
