#include "gui/results/CardPrintDialog.h"

#include "gui/common/DeskSettings.h"
#include "handoff/CardPdf.h"
#include "handoff/CustomerCardBatch.h"
#include "ui_CardPrintDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>

namespace nd {

CardPrintDialog::CardPrintDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CardPrintDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("cardPrintDialog"));
    m_ui->paperCombo->addItem(QString(), int(QPageSize::A4));
    m_ui->paperCombo->addItem(QString(), int(QPageSize::Letter));
    m_ui->perPageCombo->addItem(QString(), 1);
    m_ui->perPageCombo->addItem(QString(), 4);
    nameTexts();
    setOptions(DeskSettings().cardSheetOptions());
    m_ui->problemLabel->hide();
    m_ui->progressBar->hide();

    connect(m_ui->printButton, &QPushButton::clicked, this, &CardPrintDialog::openPrintPreview);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, &CardPrintDialog::askWhereToSavePdf);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->paperCombo, &QComboBox::currentIndexChanged, this, &CardPrintDialog::rememberOptions);
    connect(m_ui->perPageCombo, &QComboBox::currentIndexChanged, this, &CardPrintDialog::rememberOptions);
    updateState();
}

CardPrintDialog::~CardPrintDialog() = default;

void CardPrintDialog::nameTexts()
{
    // Renamed in place: the paper and layout chosen stay chosen.
    m_ui->paperCombo->setItemText(0, tr("A4"));
    m_ui->paperCombo->setItemText(1, tr("US Letter"));
    m_ui->perPageCombo->setItemText(0, tr("One card a page"));
    m_ui->perPageCombo->setItemText(1, tr("Four cards a page, to cut apart"));
    const QString support = DeskSettings().supportLine();
    m_ui->supportLabel->setText(support.isEmpty()
            ? tr("None set. Add one under Edit → Preferences; it is printed on every card.")
            : support);
}

void CardPrintDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        nameTexts();
        updateState();
        if (m_ready && m_batch)
            showProblems();
    }
    QDialog::changeEvent(event);
}

void CardPrintDialog::setCards(const QList<CustomerCard> &cards)
{
    m_cards = cards;
    m_ready = true;
    updateState();
    emit cardsReady();
}

void CardPrintDialog::fetchCards(
    QNetworkAccessManager *network, const QrImageQueue *cache, const Order &order, const QList<int> &rows)
{
    delete m_batch;
    m_batch = new CustomerCardBatch(network, cache, this);
    m_ready = false;
    connect(m_batch, &CustomerCardBatch::progress, this, [this](int settled, int total) {
        m_ui->progressBar->setRange(0, total);
        m_ui->progressBar->setValue(settled);
    });
    connect(m_batch, &CustomerCardBatch::finished, this, &CardPrintDialog::onBatchFinished);
    m_batch->start(order, rows, DeskSettings().supportLine());
    m_ui->progressBar->setRange(0, int(m_batch->cards().size()));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    updateState();
}

void CardPrintDialog::onBatchFinished()
{
    m_ui->progressBar->hide();
    showProblems();
    setCards(m_batch->cards());
}

void CardPrintDialog::showProblems()
{
    QStringList problems;
    if (const int missing = m_batch->unavailableCount(); missing > 0)
        //: %Ln is how many QR codes are missing; %1 the first problem met, as the network or decoder said it
        problems << tr("%Ln QR code(s) could not be fetched or read again; they may have expired. Their "
                       "cards say so and ask the customer to contact you. First problem: %1",
            "", missing)
                        .arg(m_batch->firstProblem());
    if (const int disagreeing = m_batch->disagreementCount(); disagreeing > 0)
        problems << tr("%Ln of the QR codes name another activation code in their web address than in the "
                       "image. The image's code was used, as a phone scanning it would get it; tell support.",
            "", disagreeing);
    m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->problemLabel->setVisible(!problems.isEmpty());
}

void CardPrintDialog::updateState()
{
    const int count = int(m_cards.size());
    if (!m_ready)
        m_ui->summaryLabel->setText(tr("Fetching the QR codes again…"));
    else if (count == 0)
        m_ui->summaryLabel->setText(tr("None of these numbers has a QR code: there is no card to make."));
    else
        m_ui->summaryLabel->setText(tr("%Ln card(s), one for each number with a QR code.", "", count));
    m_ui->printButton->setEnabled(m_ready && count > 0);
    m_ui->pdfButton->setEnabled(m_ready && count > 0);
}

CardSheetOptions CardPrintDialog::options() const
{
    CardSheetOptions options;
    options.pageSize = QPageSize(QPageSize::PageSizeId(m_ui->paperCombo->currentData().toInt()));
    options.cardsPerPage = m_ui->perPageCombo->currentData().toInt();
    return options;
}

void CardPrintDialog::setOptions(const CardSheetOptions &options)
{
    m_ui->paperCombo->setCurrentIndex(qMax(0, m_ui->paperCombo->findData(int(options.pageSize.id()))));
    m_ui->perPageCombo->setCurrentIndex(qMax(0, m_ui->perPageCombo->findData(options.cardsPerPage)));
}

void CardPrintDialog::rememberOptions()
{
    DeskSettings().saveCardSheetOptions(options());
}

bool CardPrintDialog::savePdf(const QString &path)
{
    const CardPdfResult result = CardPdf::write(path, m_cards, options());
    if (result.pages == 0) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Save as PDF"),
            tr("The cards could not be written to %1: %2").arg(QDir::toNativeSeparators(path), result.error),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("pdfFailedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    emit pdfSaved(path, result.pages);
    return true;
}

void CardPrintDialog::askWhereToSavePdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = tr("esim-cards.pdf");
    if (m_cards.size() == 1) {
        QString digits = m_cards.constFirst().phoneNumber;
        name = tr("esim-card-%1.pdf").arg(digits.remove(QLatin1Char('+')));
    }
    auto *dialog = new QFileDialog(
        this, tr("Save cards as PDF"), QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    dialog->setObjectName(QStringLiteral("pdfFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &CardPrintDialog::savePdf);
    dialog->open();
}

QPrintPreviewDialog *CardPrintDialog::openPrintPreview()
{
    const CardSheetOptions chosen = options();
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setPageLayout(QPageLayout(
        chosen.pageSize, QPageLayout::Portrait, CardSheet::PageMarginsMm, QPageLayout::Millimeter));
    m_printer->setDocName(tr("eSIM cards"));
    auto *preview = new QPrintPreviewDialog(m_printer.get(), this);
    preview->setObjectName(QStringLiteral("cardPrintPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    // The preview and the printout are painted by the same call, on whatever paper is chosen there.
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this, chosen](QPrinter *printer) {
        QPainter painter(printer);
        CardSheet::paint(painter, *printer, m_cards, chosen.cardsPerPage);
    });
    preview->open();
    return preview;
}

} // namespace nd
