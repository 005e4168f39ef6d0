#include "gui/results/ResultsPanel.h"

#include "desk/QrImageQueue.h"
#include "desk/ResultsModel.h"
#include "gui/common/SecretClipboard.h"
#include "gui/results/CardPrintDialog.h"
#include "gui/common/Announcer.h"
#include "gui/common/ButtonActions.h"
#include "gui/results/NumberResultDelegate.h"
#include "gui/results/OrderErrorBox.h"
#include "gui/results/OrderHeader.h"
#include "gui/results/ScanDialog.h"
#include "gui/results/VisibleRowsLoader.h"
#include "handoff/ActivationCodeSource.h"
#include "handoff/InstallLink.h"
#include "network/ApiClient.h"
#include "qr/QrCodec.h"
#include "session/OrderFollower.h"
#include "ui_ResultsPanel.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <algorithm>

namespace nd {

namespace {

ResultsModel::QrState qrState(const QModelIndex &index)
{
    return ResultsModel::QrState(index.data(ResultsModel::QrStateRole).toInt());
}

} // namespace

ResultsPanel::ResultsPanel(ApiClient *client, QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::ResultsPanel>()),
      m_images(new QrImageQueue(client->network(), this)),
      m_model(new ResultsModel(m_images, this)),
      m_secretClipboard(new SecretClipboard(QGuiApplication::clipboard(), this)),
      m_client(client)
{
    m_ui->setupUi(this);
    // The list (or, before any order, the hint) takes the spare height; with neither shown (an error
    // before any order) the trailing stretch does, so the error box keeps its natural height.
    m_ui->panelLayout->setStretchFactor(m_ui->numbersView, 1);
    m_ui->panelLayout->setStretchFactor(m_ui->emptyLabel, 1);
    m_ui->panelLayout->addStretch(0);
    m_ui->numbersView->setModel(m_model);
    m_delegate = new NumberResultDelegate(m_model, m_ui->numbersView);
    m_ui->numbersView->setItemDelegate(m_delegate);
    m_loader = new VisibleRowsLoader(m_ui->numbersView, m_model, this);
    setUpActions();

    connect(m_ui->stopPollingButton, &QPushButton::clicked, this, [this] {
        m_following = false;
        showPollText(tr("Stopped checking. The order may still complete on the server."), false);
        emit stopFollowingRequested();
    });

    m_countsUpdate.setSingleShot(true);
    connect(&m_countsUpdate, &QTimer::timeout, this, &ResultsPanel::updateCounts);
    const auto countsChanged = [this] { m_countsUpdate.start(0); };
    // While a large order's images arrive (one every millisecond or so) the "n of N loaded" count is
    // refreshed a few times a second: setting the label each time re-laid out the panel for a number
    // nobody can read that fast (bench_results, perf). The final count shows at once.
    const auto imagesArriving = [this] {
        if (!m_countsUpdate.isActive())
            m_countsUpdate.start(CountsRefreshMs);
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, imagesArriving);
    connect(m_model, &ResultsModel::allImagesSettled, this, countsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, countsChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, countsChanged);

    clear();
}

ResultsPanel::~ResultsPanel() = default;

void ResultsPanel::setUpActions()
{
    QListView *view = m_ui->numbersView;
    m_showQrAction = new QAction(view);
    m_retryAction = new QAction(view);
    m_copyAction = new QAction(view);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    // The code's parts, for an agent reading or pasting them to the customer without opening the scan
    // view; copied through SecretClipboard like every secret.
    m_typeInAction = new QAction(view);
    for (int part = 0; part < 4; ++part)
        m_copyCodeActions.append(new QAction(view));
    m_cardAction = new QAction(view);
    m_allCardsAction = new QAction(view);
    nameActions();
    auto *separator = new QAction(view);
    separator->setSeparator(true);
    auto *secondSeparator = new QAction(view);
    secondSeparator->setSeparator(true);
    view->addActions({m_showQrAction, m_retryAction, m_copyAction, separator, m_typeInAction});
    view->addActions(m_copyCodeActions);
    view->addActions({secondSeparator, m_cardAction, m_allCardsAction});
    for (int part = 0; part < m_copyCodeActions.size(); ++part)
        connect(m_copyCodeActions.at(part), &QAction::triggered, this, [this, part] { copyCodePart(part); });
    connect(m_typeInAction, &QAction::triggered, this, [this] {
        if (ScanDialog *scan = openScanView(m_ui->numbersView->currentIndex()))
            scan->showTab(ScanDialog::Tab::TypeIn);
    });
    connect(m_cardAction, &QAction::triggered, this, [this] { openCards(CardScope::CurrentRow); });
    connect(m_allCardsAction, &QAction::triggered, this, [this] { openCards(CardScope::All); });
    connect(m_ui->cardsButton, &QPushButton::clicked, this, [this] { openCards(CardScope::Selection); });

    connect(m_showQrAction, &QAction::triggered, this,
        [this] { openScanView(m_ui->numbersView->currentIndex()); });
    connect(m_retryAction, &QAction::triggered, this, &ResultsPanel::retryCurrent);
    connect(m_copyAction, &QAction::triggered, this, &ResultsPanel::copyNumbers);
    connect(m_ui->showQrButton, &QPushButton::clicked, m_showQrAction, &QAction::trigger);
    connect(m_ui->retryQrButton, &QPushButton::clicked, m_retryAction, &QAction::trigger);
    connect(m_ui->copyNumbersButton, &QPushButton::clicked, m_copyAction, &QAction::trigger);

    // activated: Enter, and double-click (or single click where the platform opens items that way).
    connect(view, &QListView::activated, this, &ResultsPanel::onActivated);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ResultsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ResultsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResultsPanel::updateActions);
}

void ResultsPanel::nameActions()
{
    m_showQrAction->setText(tr("Show QR code…"));
    m_retryAction->setText(tr("Retry QR code"));
    m_copyAction->setText(tr("Copy numbers"));
    m_typeInAction->setText(tr("Code to type in and install links…"));
    const QString copyTexts[] = {tr("Copy SM-DP+ address"), tr("Copy activation code"),
        tr("Copy whole code (LPA:…)"), tr("Copy iPhone install link")};
    for (int part = 0; part < m_copyCodeActions.size(); ++part)
        m_copyCodeActions.at(part)->setText(copyTexts[part]);
    m_cardAction->setText(tr("Customer card…"));
    m_allCardsAction->setText(tr("Customer cards for all numbers…"));
}

void ResultsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResultsPanel::retranslate()
{
    // The busy and polling lines carry what the code last said; the form's own texts must not
    // replace them. The order, the list and the selection are not touched.
    const QString busy = m_ui->busyLabel->text();
    const QString poll = m_ui->pollLabel->text();
    m_ui->retranslateUi(this);
    m_ui->busyLabel->setText(busy);
    m_ui->pollLabel->setText(poll);
    nameActions();
    updateCounts();
    m_ui->numbersView->viewport()->update(); // the delegate draws fees and states in the new language
}

void ResultsPanel::showOrder(const Order &order)
{
    clearBusy();
    m_ui->errorBox->hide();
    m_ui->emptyLabel->hide();
    m_images->cancelPending();
    m_model->setOrder(order);
    m_ui->orderHeader->setOrder(order);
    m_ui->orderHeader->setEarlier(false);
    m_ui->orderHeader->show();
    setListVisible(true);
    // Current (so Enter opens the scan view) but not selected: no highlight over the first QR code.
    m_delegate->setCompact(m_model->qrCodeCount() == 0);
    m_ui->numbersView->doItemsLayout();
    if (m_model->rowCount() > 0)
        m_ui->numbersView->selectionModel()->setCurrentIndex(
            m_model->index(0), QItemSelectionModel::NoUpdate);
    m_ui->numbersView->scrollToTop();

    announceOrder();

    m_lookupProblem.clear();
    m_following = isUnfinished(order.state) && !order.orderId.isEmpty();
    if (m_following)
        showPollText(tr("Checking the order…"), true); // the follower's countdown replaces it at once
    else
        m_ui->pollRow->hide();
    updateActions();
}

void ResultsPanel::setListVisible(bool visible)
{
    // Without an order there is nothing to act on: no list, no orphaned buttons.
    for (QWidget *widget :
        {static_cast<QWidget *>(m_ui->numbersView), static_cast<QWidget *>(m_ui->showQrButton),
            static_cast<QWidget *>(m_ui->retryQrButton), static_cast<QWidget *>(m_ui->copyNumbersButton),
            static_cast<QWidget *>(m_ui->cardsButton), static_cast<QWidget *>(m_ui->countLabel)})
        widget->setVisible(visible);
}

void ResultsPanel::showError(const ApiError &error)
{
    clearBusy();
    m_ui->emptyLabel->hide();
    // Earlier results stay below the error, marked as such: the user may still need them.
    m_ui->orderHeader->setEarlier(true);
    m_ui->errorBox->setError(error, QDateTime::currentDateTimeUtc());
    m_ui->errorBox->show();
}

void ResultsPanel::showBusy(const QString &message)
{
    Announcer::announce(m_ui->busyLabel, message);
    m_ui->busyLabel->setText(message);
    m_ui->busyRow->show();
}

void ResultsPanel::showCountdown(int seconds)
{
    if (!m_following)
        return;
    const QString next = seconds > 0 ? tr("Checking the order… (next check in %1 s)").arg(seconds)
                                     : tr("Checking the order…");
    showPollText(m_lookupProblem.isEmpty() ? next : m_lookupProblem + QLatin1Char(' ') + next, true);
}

void ResultsPanel::showGaveUp()
{
    m_following = false;
    showPollText(tr("Stopped checking: the order is still pending. Look it up again later."), false);
}

void ResultsPanel::showFollowingStopped(const QString &reason)
{
    if (!m_following || reason.isEmpty())
        return;
    m_following = false;
    showPollText(reason, false);
}

void ResultsPanel::observe(OrderFollower *follower)
{
    connect(follower, &OrderFollower::orderUpdated, this, &ResultsPanel::showLookedUp);
    connect(follower, &OrderFollower::lookupFailed, this, &ResultsPanel::showLookupFailed);
    connect(follower, &OrderFollower::countdownChanged, this, &ResultsPanel::showCountdown);
    connect(follower, &OrderFollower::gaveUp, this, &ResultsPanel::showGaveUp);
    connect(follower, &OrderFollower::followingStopped, this, &ResultsPanel::showFollowingStopped);
    connect(this, &ResultsPanel::stopFollowingRequested, follower, [follower] { follower->stop(); });
}

void ResultsPanel::clearBusy()
{
    m_ui->busyRow->hide();
}

void ResultsPanel::clear()
{
    m_following = false;
    m_images->cancelPending();
    m_model->clear();
    clearBusy();
    m_ui->errorBox->hide();
    m_ui->orderHeader->hide();
    m_ui->pollRow->hide();
    setListVisible(false);
    m_ui->emptyLabel->show();
    updateActions();
    updateCounts();
}

void ResultsPanel::showLookedUp(const Order &lookedUp)
{
    if (lookedUp.orderId != m_model->order().orderId)
        return;
    m_lookupProblem.clear();
    m_model->updateOrder(lookedUp); // merged in the core: mergeLookup
    if (m_delegate->isCompact() && m_model->qrCodeCount() > 0) { // a lookup brought QR codes
        m_delegate->setCompact(false);
        m_ui->numbersView->doItemsLayout();
    }
    const Order &merged = m_model->order();
    const QString badgeBefore = m_ui->orderHeader->badgeText();
    m_ui->orderHeader->setOrder(merged);
    if (m_ui->orderHeader->badgeText() != badgeBefore)
        announceOrder();
    if (!isUnfinished(lookedUp.state)) {
        m_following = false;
        m_ui->pollRow->hide();
    }
    emit orderChanged(merged);
}

void ResultsPanel::showLookupFailed(const ApiError &error)
{
    // Lookups change nothing on the server, so the follower keeps trying; the countdown follows.
    m_lookupProblem = tr("The last check failed (%1).").arg(error.title);
    showPollText(m_lookupProblem, true);
}

void ResultsPanel::showPollText(const QString &text, bool canStop)
{
    // The countdown ticks every second: only a new state of the check is worth hearing.
    if (!canStop || m_ui->pollRow->isHidden())
        Announcer::announce(m_ui->pollLabel, text);
    m_ui->pollLabel->setText(text);
    m_ui->stopPollingButton->setVisible(canStop);
    m_ui->pollRow->show();
}

void ResultsPanel::announceOrder()
{
    const Order &order = m_model->order();
    const QString id = order.orderId.isEmpty() ? tr("without an order id") : order.orderId;
    Announcer::announce(m_ui->orderHeader,
        tr("Order %1: %2. Numbers: %3.", "announced to screen readers when an answer arrives")
            .arg(id, m_ui->orderHeader->badgeText())
            .arg(m_model->rowCount()));
}

void ResultsPanel::addOrderActions(QMenu *menu)
{
    const auto add = [menu](QAbstractButton *button, const char *text, const QKeySequence &shortcut) {
        addButtonAction(menu, button, "nd::ResultsPanel", text, shortcut);
    };
    add(m_ui->showQrButton, QT_TRANSLATE_NOOP("nd::ResultsPanel", "Show &QR code…"),
        QKeySequence(Qt::CTRL | Qt::Key_E));
    menu->addAction(m_typeInAction);
    m_typeInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_typeInAction->setObjectName(QStringLiteral("typeInAction"));
    add(m_ui->retryQrButton, QT_TRANSLATE_NOOP("nd::ResultsPanel", "&Retry QR code"),
        QKeySequence(Qt::CTRL | Qt::Key_R));
    add(m_ui->copyNumbersButton, QT_TRANSLATE_NOOP("nd::ResultsPanel", "Copy &numbers"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    add(m_ui->cardsButton, QT_TRANSLATE_NOOP("nd::ResultsPanel", "Customer c&ards…"), QKeySequence::Print);
    menu->addSeparator();
    add(m_ui->orderHeader->findChild<QAbstractButton *>(QStringLiteral("copyOrderIdButton")),
        QT_TRANSLATE_NOOP("nd::ResultsPanel", "Copy order &id"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    add(m_ui->errorBox->findChild<QAbstractButton *>(QStringLiteral("copyForSupportButton")),
        QT_TRANSLATE_NOOP("nd::ResultsPanel", "Copy error for &support ticket"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    add(m_ui->stopPollingButton, QT_TRANSLATE_NOOP("nd::ResultsPanel", "S&top checking the order"),
        QKeySequence(Qt::CTRL | Qt::Key_Period));
}

void ResultsPanel::updateActions()
{
    const QModelIndex current = m_ui->numbersView->currentIndex();
    m_showQrAction->setEnabled(current.isValid() && qrState(current) == ResultsModel::QrState::Loaded);
    m_retryAction->setEnabled(current.isValid() && qrState(current) == ResultsModel::QrState::Failed);
    m_copyAction->setEnabled(m_model->rowCount() > 0);
    // The code is read from the loaded image (or the URL's text=): nothing to copy before.
    const bool hasCode = m_showQrAction->isEnabled();
    m_typeInAction->setEnabled(hasCode);
    for (QAction *action : std::as_const(m_copyCodeActions))
        action->setEnabled(hasCode);
    m_cardAction->setEnabled(current.isValid() && qrState(current) != ResultsModel::QrState::NoQrCode);
    m_allCardsAction->setEnabled(m_model->qrCodeCount() > 0);
    m_ui->cardsButton->setEnabled(m_allCardsAction->isEnabled());
    m_ui->showQrButton->setEnabled(m_showQrAction->isEnabled());
    m_ui->retryQrButton->setEnabled(m_retryAction->isEnabled());
    m_ui->copyNumbersButton->setEnabled(m_copyAction->isEnabled());
}

void ResultsPanel::updateCounts()
{
    const int rows = m_model->rowCount();
    const int codes = m_model->qrCodeCount();
    QString text;
    if (codes > 0) {
        //: Below the results list; %Ln is how many numbers the order has, %1 and %2 how many of its
        //: QR codes are loaded, out of how many
        text = tr("%Ln number(s) · %1 of %2 QR codes loaded", "", rows)
                   .arg(QLocale().toString(m_model->loadedImageCount()), QLocale().toString(codes));
    } else if (rows > 0) {
        text = tr("%Ln number(s)", "", rows);
    }
    m_ui->countLabel->setText(text);
}

void ResultsPanel::onActivated(const QModelIndex &index)
{
    if (qrState(index) == ResultsModel::QrState::Failed)
        m_model->retryImage(index.row());
    else
        openScanView(index);
}

ScanDialog *ResultsPanel::openScanView(const QModelIndex &index)
{
    if (!index.isValid() || qrState(index) != ResultsModel::QrState::Loaded)
        return nullptr;
    if (m_scanDialog)
        m_scanDialog->close();
    m_scanDialog = new ScanDialog(index.data(ResultsModel::NumberRole).toString(),
        index.data(ResultsModel::QrImageRole).value<QImage>(), this);
    m_scanDialog->setQrUrl(m_model->order().numbers.at(index.row()).qrCodeUrl);
    m_scanDialog->setOrder(m_model->order());
    m_scanDialog->setSecretClipboard(m_secretClipboard);
    m_scanDialog->show();
    m_scanDialog->raise();
    m_scanDialog->activateWindow();
    return m_scanDialog;
}

void ResultsPanel::copyCodePart(int part)
{
    const QModelIndex current = m_ui->numbersView->currentIndex();
    if (!current.isValid() || qrState(current) != ResultsModel::QrState::Loaded)
        return;
    const QImage image = current.data(ResultsModel::QrImageRole).value<QImage>();
    const ResolvedActivationCode resolved
        = resolveActivationCode(QrCodec::decode(image), m_model->order().numbers.at(current.row()).qrCodeUrl);
    if (!resolved.code) {
        showPollText(tr("The QR code of %1 holds no eSIM activation code: there is nothing to copy.")
                         .arg(current.data(ResultsModel::NumberRole).toString()),
            false);
        return;
    }
    const ActivationCode &code = *resolved.code;
    const QString parts[]
        = {code.smdpAddress, code.matchingId, code.toString(), installLink(code, InstallPlatform::Iphone)};
    m_secretClipboard->copy(parts[qBound(0, part, 3)]);
}

CardPrintDialog *ResultsPanel::openCards(CardScope scope)
{
    QList<int> rows;
    if (scope == CardScope::CurrentRow && m_ui->numbersView->currentIndex().isValid())
        rows << m_ui->numbersView->currentIndex().row();
    if (scope == CardScope::Selection) {
        const QModelIndexList selected = m_ui->numbersView->selectionModel()->selectedRows();
        for (const QModelIndex &index : selected)
            rows << index.row();
    }
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    auto *dialog = new CardPrintDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->fetchCards(m_client->network(), m_images, m_model->order(), rows);
    dialog->open();
    return dialog;
}

void ResultsPanel::copyNumbers() const
{
    QModelIndexList rows = m_ui->numbersView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << m_model->index(row);
    }
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList numbers;
    for (const QModelIndex &index : std::as_const(rows))
        numbers << index.data(ResultsModel::NumberRole).toString();
    QGuiApplication::clipboard()->setText(numbers.join(QLatin1Char('\n')));
}

void ResultsPanel::retryCurrent()
{
    const QModelIndex current = m_ui->numbersView->currentIndex();
    if (current.isValid())
        m_model->retryImage(current.row());
}

} // namespace nd
