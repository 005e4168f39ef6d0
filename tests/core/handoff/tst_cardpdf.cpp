// "Save as PDF" for customer cards: a real PDF with one page per card, or one per four, on A4 and
// Letter, for 1 and 100 numbers; the page count is read from the file itself. Prints how large and how
// slow 100 cards are.

#include "handoff/CardPdf.h"
#include "handoff/CustomerCardPainter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;

namespace {

QList<CustomerCard> cards(int count)
{
    QList<CustomerCard> list;
    for (int i = 0; i < count; ++i) {
        CustomerCard card;
        card.phoneNumber = QStringLiteral("+1201609%1").arg(3800 + i);
        // Different codes, so each card has its own QR codes to draw.
        card.code = ActivationCode::parse(
            QStringLiteral("LPA:1$SMDP.SANDBOX.EXAMPLE$K2X9P-4QZ7M-%1").arg(10000 + i));
        card.orderId = QStringLiteral("JNUOID-9df281cc-82ac-48fc-b8bf-edc0a5547f04");
        card.orderDate = QDate(2025, 5, 15);
        card.supportLine = QStringLiteral("Questions? Call 1-800-555-0199");
        list << card;
    }
    return list;
}

// Page objects in the file ("/Type /Page", not the "/Type /Pages" tree): what a viewer shows.
int pageObjectsIn(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

class CardPdfTest final : public QObject
{
    Q_OBJECT

private slots:
    void pdf_hasOnePagePerCardOrPerFour_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("perPage");
        QTest::addColumn<int>("paper");
        QTest::addColumn<int>("pages");
        QTest::newRow("1 card, A4, 1 a page") << 1 << 1 << int(QPageSize::A4) << 1;
        QTest::newRow("1 card, Letter, 4 a page") << 1 << 4 << int(QPageSize::Letter) << 1;
        QTest::newRow("5 cards, A4, 4 a page") << 5 << 4 << int(QPageSize::A4) << 2;
        QTest::newRow("100 cards, A4, 4 a page") << 100 << 4 << int(QPageSize::A4) << 25;
        QTest::newRow("100 cards, Letter, 1 a page") << 100 << 1 << int(QPageSize::Letter) << 100;
    }
    void pdf_hasOnePagePerCardOrPerFour()
    {
        QFETCH(int, count);
        QFETCH(int, perPage);
        QFETCH(int, paper);
        QFETCH(int, pages);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cards.pdf"));
        CardSheetOptions options;
        options.pageSize = QPageSize(QPageSize::PageSizeId(paper));
        options.cardsPerPage = perPage;

        QElapsedTimer timer;
        timer.start();
        const CardPdfResult result = CardPdf::write(path, cards(count), options);
        const qint64 ms = timer.elapsed();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.pages, pages);
        QCOMPARE(CardSheet::pageCount(count, perPage), pages);

#ifdef Q_OS_UNIX
        // Activation codes inside: for the file's owner only, whatever the umask.
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
#endif
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QCOMPARE(pageObjectsIn(pdf), pages);
        // The paper chosen, on every page: A4 is 595 x 842 points, Letter 612 x 792.
        const QSize expectedPoints = paper == int(QPageSize::Letter) ? QSize(612, 792) : QSize(595, 842);
        static const QRegularExpression mediaBox(
            QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"));
        int boxes = 0;
        for (auto it = mediaBox.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); ++boxes) {
            const QRegularExpressionMatch match = it.next();
            QCOMPARE(qRound(match.captured(1).toDouble()), expectedPoints.width());
            QCOMPARE(qRound(match.captured(2).toDouble()), expectedPoints.height());
        }
        QCOMPARE(boxes, pages);
        // Nothing readable of a code in the file's plain text (title, metadata).
        QVERIFY(!pdf.contains("K2X9P"));
        qInfo("%d cards, %d a page: %d pages, %lld KiB, %lld ms", count, perPage, pages,
            qint64(pdf.size() / 1024), ms);
    }

    void noCards_writesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("none.pdf"));
        const CardPdfResult result = CardPdf::write(path, {}, {});
        QCOMPARE(result.pages, 0);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void unwritableFolder_saysWhy()
    {
        const CardPdfResult result
            = CardPdf::write(QStringLiteral("/nonexistent-folder/cards.pdf"), cards(1), {});
        QCOMPARE(result.pages, 0);
        QVERIFY(!result.error.isEmpty());
    }
};

QTEST_MAIN(CardPdfTest)
#include "tst_cardpdf.moc"
