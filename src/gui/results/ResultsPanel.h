#pragma once

// The results side of the desk: the order header (OrderId, date, status badge, change type,
// effective date, total fee), the list of numbers with their QR codes, order-level errors with the
// trace id, and how following an unfinished order goes (countdown, stop button); from a row, the scan
// view, the code's parts to copy and customer cards. The main window and each history entry own one
// and feed it: the panel shows, it never looks an order up itself (the desk's StatusChangeSession or
// a history entry's OrderFollower does).

#include "gui/results/ScanDialog.h"
#include "request/ChangeType.h"
#include "response/ApiError.h"
#include "response/Order.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <utility>

namespace Ui {
class ResultsPanel;
}

class QAbstractButton;
class QAction;
class QMenu;

namespace nd {

class ApiClient;
class CardPrintDialog;
class NumberResultDelegate;
class OrderFollower;
class QrImageQueue;
class ResultsModel;
class SecretClipboard;
class VisibleRowsLoader;

class ResultsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPanel)

public:
    explicit ResultsPanel(ApiClient *client, QWidget *parent = nullptr);
    ~ResultsPanel() override;

    // A new order to show; while it is in progress, says it is being checked (the follower's signals,
    // below, tell the rest).
    void showOrder(const Order &order);
    // A request failed at order level (field errors are shown by the form; the panel says so).
    void showError(const ApiError &error);
    // A request is in flight: progress indicator and a line of text; earlier results stay readable.
    void showBusy(const QString &message);
    void clearBusy();
    // Following the order shown: a lookup's answer, a failed lookup, the seconds to the next one,
    // giving up, or stopped for a reason (empty: nothing to say, the order shown decides).
    void showLookedUp(const Order &lookedUp);
    void showLookupFailed(const ApiError &error);
    void showCountdown(int seconds);
    void showGaveUp();
    void showFollowingStopped(const QString &reason);
    // Shows what this follower does (a history entry's; the desk connects its session instead), and
    // stops it from the stop button.
    void observe(OrderFollower *follower);
    void clear();

    // The scan view open now, if any (tests, screenshots).
    ScanDialog *scanDialog() const { return m_scanDialog; }
    // Customer cards for the current row (its context menu), the selected rows (all when none is
    // selected) or every number.
    enum class CardScope { CurrentRow, Selection, All };
    CardPrintDialog *openCards(CardScope scope);
    SecretClipboard *secretClipboard() const { return m_secretClipboard; }
    // The panel's commands (buttons, the list's actions) as menu entries with shortcuts, for the
    // window's Order menu: the keyboard reaches them from anywhere in the window.
    void addOrderActions(QMenu *menu);

signals:
    void orderChanged(const nd::Order &order); // after a lookup updated it
    void stopFollowingRequested(); // the stop button

protected:
    void changeEvent(QEvent *event) override;

private:
    void nameActions();
    void retranslate();
    void setListVisible(bool visible);
    void setUpActions();
    void showPollText(const QString &text, bool canStop);
    void updateActions();
    void updateCounts();
    void announceOrder();
    void onActivated(const QModelIndex &index);
    ScanDialog *openScanView(const QModelIndex &index);
    void copyCodePart(int part);
    void copyNumbers() const;
    void retryCurrent();

    std::unique_ptr<Ui::ResultsPanel> m_ui;
    QrImageQueue *m_images = nullptr;
    ResultsModel *m_model = nullptr;
    NumberResultDelegate *m_delegate = nullptr;
    VisibleRowsLoader *m_loader = nullptr;
    bool m_following = false; // the order shown is being followed
    QAction *m_copyAction = nullptr;
    QAction *m_showQrAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_typeInAction = nullptr;
    QList<QAction *> m_copyCodeActions; // SM-DP+ address, activation code, whole code, iPhone link
    QAction *m_cardAction = nullptr;
    QAction *m_allCardsAction = nullptr;
    SecretClipboard *m_secretClipboard = nullptr;
    ApiClient *m_client = nullptr; // not owned: the desk's, or the history entry's
    QPointer<ScanDialog> m_scanDialog;
    // The Order menu's entries for the panel's buttons (owned by the menu), in addOrderActions' order.
    static constexpr int CountsRefreshMs = 150;
    QTimer m_countsUpdate;
    QString m_lookupProblem; // the last failed lookup, shown until one succeeds
};

} // namespace nd
