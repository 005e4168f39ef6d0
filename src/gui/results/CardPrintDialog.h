#pragma once

// Chooses how customer cards come out (A4 or Letter, one or four to a page) and sends them to the
// printer, through a preview, or to a PDF file. The cards are given ready (the scan view) or made
// here from an order by CustomerCardBatch, which fetches each QR code again and reports those that
// expired (results and history). Widgets only: the pages are CardSheet's.

#include "handoff/CardSheet.h"

#include <QDialog>
#include <memory>

namespace Ui {
class CardPrintDialog;
}

class QNetworkAccessManager;
class QPrintPreviewDialog;
class QPrinter;

namespace nd {

class CustomerCardBatch;
class QrImageQueue;
struct Order;

class CardPrintDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardPrintDialog)

public:
    explicit CardPrintDialog(QWidget *parent = nullptr);
    ~CardPrintDialog() override;

    void setCards(const QList<CustomerCard> &cards);
    // Makes the cards for `rows` of `order`, fetching their QR codes (`cache`, not owned, may be null).
    void fetchCards(QNetworkAccessManager *network, const QrImageQueue *cache, const Order &order,
        const QList<int> &rows);

    bool isReady() const { return m_ready; }
    const QList<CustomerCard> &cards() const { return m_cards; }
    CardSheetOptions options() const;
    void setOptions(const CardSheetOptions &options);

    // Writes the PDF; false, with a message box, when it could not be written.
    bool savePdf(const QString &path);
    void askWhereToSavePdf();
    QPrintPreviewDialog *openPrintPreview();

signals:
    void cardsReady();
    void pdfSaved(const QString &path, int pages);

protected:
    void changeEvent(QEvent *event) override;

private:
    void nameTexts(); // the texts the code gives the dialog
    void showProblems();
    void onBatchFinished();
    void updateState();
    void rememberOptions();

    std::unique_ptr<Ui::CardPrintDialog> m_ui;
    std::unique_ptr<QPrinter> m_printer; // outlives the preview that paints on it
    CustomerCardBatch *m_batch = nullptr;
    QList<CustomerCard> m_cards;
    bool m_ready = false;
};

} // namespace nd
