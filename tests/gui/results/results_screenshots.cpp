// Renders the results side in the states staff meet (QR codes, a failed QR, swap, park, pending,
// server errors, busy, the scan view light and dark, its hand-off tabs, the card dialog, Preferences)
// and saves each as shot-*.png, to look at; plus one customer card as card-300dpi.png and the cards
// of an order as cards-a4-4up.pdf / cards-letter-1up.pdf (look at a page with pdftoppm).
// Not a test: run it offscreen, e.g.
//   QT_QPA_PLATFORM=offscreen results_screenshots /work/notes

#include "../../support/DeskSandbox.h"
#include "desk/ResultsModel.h"
#include "gui/results/CardPrintDialog.h"
#include "gui/common/DeskSettings.h"
#include "gui/preferences/PreferencesDialog.h"
#include "gui/results/InstallLinkPanel.h"
#include "gui/results/ManualEntryPanel.h"
#include "gui/results/ResultsPanel.h"
#include "gui/results/ScanDialog.h"
#include "handoff/CardPdf.h"
#include "handoff/CustomerCardPainter.h"
#include "sandbox/SandboxMagic.h"
#include "session/OrderFollower.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QListView>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using namespace nd;
namespace magic = nd::sandbox::magic;

namespace {

QString number(int i)
{
    return QStringLiteral("+1201609%1").arg(3800 + i);
}

QString magicNumber(const char *text)
{
    return QString::fromLatin1(text);
}

class Shooter final
{
public:
    Shooter(const QString &dir) : m_dir(dir) { }

    std::unique_ptr<ResultsPanel> panel(DeskSandbox &desk)
    {
        auto panel = std::make_unique<ResultsPanel>(desk.client.get());
        panel->resize(900, 720);
        panel->show();
        return panel;
    }

    void waitForImages(ResultsPanel &panel)
    {
        auto *model = panel.findChild<ResultsModel *>();
        QSignalSpy settled(model, &ResultsModel::allImagesSettled);
        settled.wait(200); // lets the view ask for its visible rows
        for (int i = 0; i < 100 && model->loadedImageCount() + failed(*model) < model->qrCodeCount(); ++i)
            settled.wait(100);
    }

    QString path(const QString &file) const { return m_dir.filePath(file); }

    void save(QWidget &widget, const QString &name)
    {
        QCoreApplication::processEvents();
        const QString path = m_dir.filePath(QStringLiteral("shot-%1.png").arg(name));
        widget.grab().save(path);
        QTextStream(stdout) << path << '\n';
    }

private:
    static int failed(const ResultsModel &model)
    {
        int count = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            count += model.index(row).data(ResultsModel::QrStateRole).toInt()
                == int(ResultsModel::QrState::Failed);
        return count;
    }
    QDir m_dir;
};

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the screenshots' support line is not the agent's
    QSettings().clear();
    DeskSettings().saveSupportLine(QStringLiteral("Questions? Call Acme Mobile on 1-800-555-0199, 8am-8pm"));
    Shooter shooter(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath());
    sandbox::SandboxOptions options;
    options.rateLimitPerMinute = 0;
    DeskSandbox desk(options);
    if (!desk.started)
        return 1;

    {
        auto panel = shooter.panel(desk);
        const SubmitResult result = desk.submit(ChangeType::Activate,
            {number(1), number(2), magicNumber(magic::QrNotFound), number(3), number(4)});
        panel->showOrder(*result.order);
        shooter.waitForImages(*panel);
        shooter.save(*panel, QStringLiteral("results-qr"));

        panel->findChild<QListView *>()->setCurrentIndex(panel->findChild<ResultsModel *>()->index(1));
        panel->findChild<QListView *>()->setFocus();
        QMetaObject::invokeMethod(panel->findChild<QListView *>(), "activated",
            Q_ARG(QModelIndex, panel->findChild<ResultsModel *>()->index(1)));
        if (auto *scan = panel->findChild<ScanDialog *>()) {
            scan->resize(1000, 700);
            shooter.save(*scan, QStringLiteral("scan"));
            scan->showTab(ScanDialog::Tab::TypeIn);
            shooter.save(*scan, QStringLiteral("scan-typein-hidden"));
            scan->manualEntry()->showCodeButton()->click();
            shooter.save(*scan, QStringLiteral("scan-typein"));
            scan->showTab(ScanDialog::Tab::InstallLink);
            shooter.save(*scan, QStringLiteral("scan-link"));
            scan->close();
        }

        // Customer cards for the whole order (one QR code is gone: its card says so).
        CardPrintDialog *cards = panel->openCards(ResultsPanel::CardScope::All);
        for (int i = 0; i < 200 && !cards->isReady(); ++i)
            QTest::qWait(50);
        cards->show();
        shooter.save(*cards, QStringLiteral("cards-dialog"));
        CardSheetOptions options;
        options.cardsPerPage = 4;
        CardPdf::write(shooter.path(QStringLiteral("cards-a4-4up.pdf")), cards->cards(), options);
        options.cardsPerPage = 1;
        options.pageSize = QPageSize(QPageSize::Letter);
        CardPdf::write(shooter.path(QStringLiteral("cards-letter-1up.pdf")), cards->cards(), options);
        if (!cards->cards().isEmpty()) {
            const int dpi = 300; // what the PDF is made at
            QImage card(qRound(CustomerCardPainter::WidthMm * dpi / 25.4),
                qRound(CustomerCardPainter::HeightMm * dpi / 25.4), QImage::Format_RGB32);
            card.setDotsPerMeterX(qRound(dpi / 0.0254));
            card.setDotsPerMeterY(qRound(dpi / 0.0254));
            card.fill(Qt::white);
            QPainter painter(&card);
            CustomerCardPainter::paint(painter, QRectF(card.rect()), cards->cards().constFirst());
            painter.end();
            card.save(shooter.path(QStringLiteral("card-300dpi.png")));
        }
        cards->close();

        PreferencesDialog preferences;
        preferences.show();
        shooter.save(preferences, QStringLiteral("preferences"));

        panel->showBusy(QStringLiteral("Sending swap for 2 numbers…"));
        shooter.save(*panel, QStringLiteral("results-busy"));
        panel->clearBusy();
    }
    {
        auto panel = shooter.panel(desk);
        desk.submit(ChangeType::Activate, {number(5), number(6)});
        panel->showOrder(*desk.submit(ChangeType::Swap, {number(5), number(6)}).order);
        shooter.save(*panel, QStringLiteral("results-swap"));
        panel->showOrder(*desk.submit(ChangeType::Park, {number(1), number(2)}).order);
        shooter.save(*panel, QStringLiteral("results-park"));
        panel->showOrder(
            *desk.submit(ChangeType::SwapSim, {number(3), number(4)}, 20000,
                     {QStringLiteral("8901240397190556232"), QStringLiteral("8901240397190556240")})
                 .order);
        shooter.waitForImages(*panel);
        shooter.save(*panel, QStringLiteral("results-swap-sim"));
    }
    {
        auto panel = shooter.panel(desk);
        auto *follower = new OrderFollower(desk.client.get(), panel.get());
        panel->observe(follower);
        follower->setBackoff(8000, 60000, 10);
        const Order pending
            = *desk.submit(ChangeType::Activate, {number(7), magicNumber(magic::PendingThenComplete)}).order;
        panel->showOrder(pending);
        follower->follow(pending.orderId);
        shooter.waitForImages(*panel);
        shooter.save(*panel, QStringLiteral("results-pending"));
    }
    const QList<std::pair<QString, QString>> errors = {
        {QStringLiteral("error-422"), magicNumber(magic::RejectOneNumber)},
        {QStringLiteral("error-500"), magicNumber(magic::ServerError)},
        {QStringLiteral("error-outcome-unknown"), magicNumber(magic::DropConnection)},
    };
    int next = 30;
    for (const auto &[name, failing] : errors) {
        auto panel = shooter.panel(desk);
        panel->showOrder(*desk.submit(ChangeType::Activate, {number(next++)}).order);
        shooter.waitForImages(*panel);
        panel->showError(*desk.submit(ChangeType::Activate, {number(next++), failing}).error);
        shooter.save(*panel, QStringLiteral("results-%1").arg(name));
    }
    {
        QApplication::setPalette(darkPalette());
        auto panel = shooter.panel(desk);
        panel->showOrder(
            *desk.submit(ChangeType::Activate, {number(20), magicNumber(magic::QrNotAnImage), number(21)})
                 .order);
        shooter.waitForImages(*panel);
        shooter.save(*panel, QStringLiteral("results-dark"));
        QMetaObject::invokeMethod(panel->findChild<QListView *>(), "activated",
            Q_ARG(QModelIndex, panel->findChild<ResultsModel *>()->index(0)));
        if (auto *scan = panel->findChild<ScanDialog *>()) {
            scan->resize(1000, 700);
            shooter.save(*scan, QStringLiteral("scan-dark"));
            scan->showTab(ScanDialog::Tab::InstallLink);
            scan->installLinks()->showCodeButton()->click();
            shooter.save(*scan, QStringLiteral("scan-link-dark"));
            scan->close();
        }
    }
    return 0;
}
