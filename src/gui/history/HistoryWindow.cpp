#include "gui/history/HistoryWindow.h"

#include "gui/common/DeskSettings.h"
#include "i18n/LocaleFormat.h"
#include "journal/HistoryExport.h"
#include "journal/HistoryModel.h"
#include "journal/OrderJournal.h"
#include "network/ApiClient.h"
#include "ui_HistoryWindow.h"

#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QShortcut>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QStandardPaths>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcHistory, "numberdesk.gui.history")

// Typing waits this long before searching, so a burst of keys (or a paste) is one search. Short: the
// search runs on a worker thread, and an answer overtaken by newer typing is thrown away.
constexpr int SearchDelayMs = 40;

// OrderIds always carry letters (JNUOID-…, TNOID-…); phone numbers, however typed, never do.
bool looksLikeOrderId(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

// Item 0 ("Any …", no data) and then `values` in alphabetical order. The choice made stays chosen,
// even when the journal no longer names it, and changing the items starts no search.
void fillChoices(QComboBox *combo, QStringList values)
{
    const QString chosen = combo->currentIndex() > 0 ? combo->currentData().toString() : QString();
    values.removeAll(QString()); // records from before the team journal name nobody
    values.sort(Qt::CaseInsensitive);
    if (!chosen.isEmpty() && !values.contains(chosen))
        values.append(chosen);
    const QSignalBlocker quiet(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString &value : std::as_const(values))
        combo->addItem(value, value);
    combo->setCurrentIndex(chosen.isEmpty() ? 0 : combo->findData(chosen));
}
} // namespace

HistoryWindow::HistoryWindow(OrderJournal *journal, ApiClient *client, QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_ui(std::make_unique<Ui::HistoryWindow>()),
      m_journal(journal),
      m_client(client),
      m_model(new HistoryModel(journal, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("historyWindow"));
    m_ui->historyView->setModel(m_model);
    QHeaderView *header = m_ui->historyView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true); // the outcome takes what is left; its tooltip has all of it
    m_ui->historyView->verticalHeader()->hide();

    m_ui->changeTypeCombo->addItem(QString());
    for (const ChangeTypeRule &rule : changeTypeRules())
        m_ui->changeTypeCombo->addItem(QString(), int(rule.type));
    m_ui->agentCombo->addItem(QString());
    m_ui->deskCombo->addItem(QString());
    nameFilters();
    fillWhoFilters();
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-30));
    m_ui->toDateEdit->setDate(today);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &HistoryWindow::applyFilters);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_ui->changeTypeCombo, &QComboBox::currentIndexChanged, this, &HistoryWindow::applyFilters);
    connect(m_ui->agentCombo, &QComboBox::currentIndexChanged, this, &HistoryWindow::applyFilters);
    connect(m_ui->deskCombo, &QComboBox::currentIndexChanged, this, &HistoryWindow::applyFilters);
    m_whoRefresh.setSingleShot(true);
    connect(&m_whoRefresh, &QTimer::timeout, this, &HistoryWindow::fillWhoFilters);
    if (m_journal)
        connect(m_journal, &OrderJournal::entryChanged, &m_whoRefresh, qOverload<>(&QTimer::start));
    connect(m_ui->dateFilterCheck, &QCheckBox::toggled, this, &HistoryWindow::applyFilters);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &HistoryWindow::applyFilters);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &HistoryWindow::applyFilters);
    connect(m_ui->historyView, &QTableView::activated, this,
        [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_ui->openButton, &QPushButton::clicked, this, &HistoryWindow::openCurrent);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &HistoryWindow::exportCsv);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(new QShortcut(QKeySequence::Close, this), &QShortcut::activated, this, &QWidget::close);
    connect(m_model, &HistoryModel::searchStarted, this, &HistoryWindow::updateState);
    connect(m_model, &HistoryModel::searchFinished, this, &HistoryWindow::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryWindow::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryWindow::updateState);
    // Column widths to content look at the rows on screen only: every row would read the whole journal.
    m_ui->historyView->verticalHeader()->setResizeContentsPrecision(0);
    connect(m_ui->cancelExportButton, &QPushButton::clicked, this, [this] {
        m_ui->cancelExportButton->setEnabled(false);
        if (m_export)
            m_export->cancel();
    });
    if (m_journal) {
        m_export = new HistoryExport(m_journal->location(), this);
        connect(m_export, &HistoryExport::progress, this, [this](int written, int total) {
            m_ui->exportProgress->setRange(0, qMax(total, 1));
            m_ui->exportProgress->setValue(written);
        });
        connect(m_export, &HistoryExport::finished, this,
            [this](HistoryExport::Outcome outcome, const QString &error, int records) {
                onExportFinished(int(outcome), error, records);
            });
    }
    connect(m_ui->historyView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &HistoryWindow::updateState);

    // The agent's widths at once; otherwise to the headers now and to content once the first rows are in.
    m_columnsSized = header->restoreState(DeskSettings().historyColumns());
    if (!m_columnsSized)
        sizeColumns();
    connect(m_model, &HistoryModel::searchFinished, this, [this] {
        if (!m_columnsSized) {
            sizeColumns();
            m_columnsSized = true;
        }
    });
    applyFilters();
}

HistoryWindow::~HistoryWindow()
{
    // The agent's column widths outlive the window.
    DeskSettings().saveHistoryColumns(m_ui->historyView->horizontalHeader()->saveState());
}

void HistoryWindow::nameFilters()
{
    // Renamed in place, so the chosen filter stays chosen when the language changes. The dates in the
    // language's order with a four-digit year, as on the form and in the results.
    m_ui->fromDateEdit->setDisplayFormat(dateEditFormat());
    m_ui->toDateEdit->setDisplayFormat(dateEditFormat());
    m_ui->changeTypeCombo->setItemText(0, tr("All changes"));
    m_ui->agentCombo->setItemText(0, tr("Any agent"));
    m_ui->deskCombo->setItemText(0, tr("Any desk"));
    for (int i = 1; i < m_ui->changeTypeCombo->count(); ++i)
        m_ui->changeTypeCombo->setItemText(
            i, changeTypeTitle(ChangeType(m_ui->changeTypeCombo->itemData(i).toInt())));
    m_ui->searchHint->setText(tr("Numbers match in any format and in part (609-38 finds every number "
                                 "containing it); text with letters searches OrderIds."));
}

void HistoryWindow::fillWhoFilters()
{
    fillChoices(m_ui->agentCombo, m_journal ? m_journal->agents() : QStringList());
    fillChoices(m_ui->deskCombo, m_journal ? m_journal->desks() : QStringList());
}

void HistoryWindow::showEvent(QShowEvent *event)
{
    // Other desks write to a team journal without telling this one: opening History asks again.
    if (!event->spontaneous())
        fillWhoFilters();
    QWidget::showEvent(event);
}

void HistoryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        nameFilters();
        updateState();
        // The model words its headers, outcomes and dates when asked: ask again.
        emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
        m_ui->historyView->viewport()->update();
    }
    QWidget::changeEvent(event);
}

void HistoryWindow::sizeColumns()
{
    QHeaderView *header = m_ui->historyView->horizontalHeader();
    // To content, but the Numbers column (the one that matters most) at least two numbers wide, and the
    // outcome never so wide that it squeezes the others out of view.
    m_ui->historyView->resizeColumnsToContents();
    const QFontMetrics metrics(m_ui->historyView->font());
    const int twoNumbers = metrics.horizontalAdvance(QStringLiteral("+12016093801, +12016093802")) + 24;
    header->resizeSection(
        HistoryModel::NumbersColumn, qMax(header->sectionSize(HistoryModel::NumbersColumn), twoNumbers));
    header->resizeSection(HistoryModel::OutcomeColumn,
        qMin(header->sectionSize(HistoryModel::OutcomeColumn),
            metrics.horizontalAdvance(QLatin1Char('x')) * 40));
}

HistoryQuery HistoryWindow::query() const
{
    HistoryQuery query;
    const QString text = m_ui->searchEdit->text().trimmed();
    if (looksLikeOrderId(text))
        query.orderId = text;
    else
        query.number = text;
    if (const QVariant type = m_ui->changeTypeCombo->currentData(); type.isValid())
        query.changeType = ChangeType(type.toInt());
    if (m_ui->agentCombo->currentIndex() > 0)
        query.agent = m_ui->agentCombo->currentData().toString();
    if (m_ui->deskCombo->currentIndex() > 0)
        query.desk = m_ui->deskCombo->currentData().toString();
    const bool byDate = m_ui->dateFilterCheck->isChecked();
    m_ui->fromDateEdit->setEnabled(byDate);
    m_ui->toDateEdit->setEnabled(byDate);
    if (byDate) {
        query.from = m_ui->fromDateEdit->date();
        query.to = m_ui->toDateEdit->date();
    }
    return query;
}

void HistoryWindow::applyFilters()
{
    m_searchDelay.stop();
    m_model->setQuery(query());
    updateState();
}

void HistoryWindow::updateState()
{
    const int rows = m_model->rowCount();
    QString text;
    if (!m_journal)
        text = tr("No order journal is open: there is no history to show.");
    else if (m_model->isSearching())
        text = tr("Searching…");
    else if (!m_model->searchError().isEmpty())
        //: %1 is SQLite's reason
        text = tr("The history could not be read: %1").arg(m_model->searchError());
    else
        text = tr("%Ln order(s) shown", "", rows);
    m_ui->countLabel->setText(text);
    const bool exporting = m_export && m_export->isRunning();
    m_ui->exportButton->setEnabled(rows > 0 && !exporting);
    m_ui->openButton->setEnabled(m_ui->historyView->currentIndex().isValid());
}

void HistoryWindow::openCurrent()
{
    if (const QModelIndex current = m_ui->historyView->currentIndex(); current.isValid())
        openRow(current.row());
}

QDialog *HistoryWindow::openRow(int row)
{
    const std::optional<JournalEntry> entry = m_model->entryAt(row);
    if (!entry || !m_entryOpener)
        return nullptr;
    QDialog *dialog = m_entryOpener(*entry, m_client, m_journal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void HistoryWindow::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("numberdesk-history-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    auto *dialog = new QFileDialog(this, tr("Export history as CSV"), QDir(folder).filePath(name),
        tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &HistoryWindow::startExport);
    dialog->open();
}

bool HistoryWindow::startExport(const QString &path)
{
    if (!m_export || !m_export->start(path, m_model->query()))
        return false;
    m_exportPath = path;
    m_ui->exportProgress->setRange(0, 0); // busy until the records are counted
    m_ui->exportProgress->setValue(0);
    m_ui->exportProgress->show();
    m_ui->cancelExportButton->setEnabled(true);
    m_ui->cancelExportButton->show();
    updateState();
    return true;
}

void HistoryWindow::onExportFinished(int outcome, const QString &error, int records)
{
    m_ui->exportProgress->hide();
    m_ui->cancelExportButton->hide();
    updateState();
    switch (HistoryExport::Outcome(outcome)) {
    case HistoryExport::Outcome::Written:
        qCInfo(lcHistory) << "exported" << records << "orders to CSV";
        emit exported(m_exportPath);
        return;
    case HistoryExport::Outcome::Cancelled:
        qCInfo(lcHistory) << "CSV export cancelled";
        emit exportCancelled();
        return;
    case HistoryExport::Outcome::Failed:
        break;
    }
    qCWarning(lcHistory) << "CSV export failed:" << error;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"),
        tr("The history could not be written to %1: %2").arg(QDir::toNativeSeparators(m_exportPath), error),
        QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setObjectName(QStringLiteral("exportFailedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit exportFailed(error);
}

void HistoryWindow::closeEvent(QCloseEvent *event)
{
    // Nobody would see it end: stop it. The window's HistoryExport waits for its thread when deleted.
    if (m_export && m_export->isRunning())
        m_export->cancel();
    QWidget::closeEvent(event);
}

} // namespace nd
