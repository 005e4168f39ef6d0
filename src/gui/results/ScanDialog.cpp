#include "gui/results/ScanDialog.h"

#include "desk/PrivateFile.h"
#include "gui/common/SecretClipboard.h"
#include "gui/results/CardPrintDialog.h"
#include "gui/common/DeskSettings.h"
#include "gui/results/InstallLinkPanel.h"
#include "gui/results/ManualEntryPanel.h"
#include "ui_ScanDialog.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

namespace nd {

namespace {
// Copies and files are made at about 10 px per module: sharp when printed or pasted into a chat.
constexpr int ExportPixelsPerModule = 10;
constexpr int MinimumExportPixels = 600;
// A verified code is at most 177 + 8 modules (2,000 px at 10 px a module); anything larger is an image
// that did not decode, whose "modules" are its pixels: never blown up past this.
constexpr int MaximumExportPixels = 4096;
} // namespace

ScanDialog::ScanDialog(const QString &number, const QImage &downloadedImage, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ScanDialog>()),
      m_number(number),
      m_qr(ScannableQr::fromDownloadedImage(downloadedImage))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("QR code for %1").arg(number));

    m_ui->qrView->setQr(m_qr);
    m_ui->numberLabel->setText(number);
    QFont large = m_ui->numberLabel->font();
    large.setPointSizeF(large.pointSizeF() * 2.2);
    large.setBold(true);
    m_ui->numberLabel->setFont(large);

    m_cardTemplate.phoneNumber = number;
    setSecretClipboard(nullptr);
    // Showing the code on one tab shows it on the other: the agent asked to see it.
    connect(
        m_ui->manualEntryPanel->showCodeButton(), &QAbstractButton::toggled, this, &ScanDialog::setRevealed);
    connect(
        m_ui->installLinkPanel->showCodeButton(), &QAbstractButton::toggled, this, &ScanDialog::setRevealed);
    connect(m_ui->cardButton, &QPushButton::clicked, this, &ScanDialog::openCardDialog);
    resolveCode();

    auto *fullScreen = new QAction(tr("Full screen"), this);
    m_fullScreenAction = fullScreen;
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11)); // the same key on every platform the desk runs on
    fullScreen->setCheckable(true);
    addAction(fullScreen);
    connect(fullScreen, &QAction::toggled, m_ui->fullScreenButton, &QPushButton::setChecked);
    connect(m_ui->fullScreenButton, &QPushButton::toggled, fullScreen, &QAction::setChecked);
    connect(fullScreen, &QAction::toggled, this, &ScanDialog::setFullScreen);

    connect(m_ui->copyImageButton, &QPushButton::clicked, this, &ScanDialog::copyImage);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ScanDialog::askWhereToSave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ScanDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
}

ScanDialog::~ScanDialog() = default;

void ScanDialog::setQrUrl(const QUrl &url)
{
    m_qrUrl = url;
    resolveCode();
}

void ScanDialog::setOrder(const Order &order)
{
    OrderNumber number;
    number.number = m_number;
    m_cardTemplate = cardFor(order, number, QString());
}

void ScanDialog::setSecretClipboard(SecretClipboard *clipboard)
{
    m_clipboard = clipboard ? clipboard : new SecretClipboard(QGuiApplication::clipboard(), this);
    m_ui->manualEntryPanel->setClipboard(m_clipboard);
    m_ui->installLinkPanel->setClipboard(m_clipboard);
}

void ScanDialog::showTab(Tab tab)
{
    m_ui->sideTabs->setCurrentIndex(int(tab));
}

ManualEntryPanel *ScanDialog::manualEntry() const
{
    return m_ui->manualEntryPanel;
}

InstallLinkPanel *ScanDialog::installLinks() const
{
    return m_ui->installLinkPanel;
}

void ScanDialog::resolveCode()
{
    m_code = resolveActivationCode(m_qr.decodedText(), m_qrUrl);
    m_ui->manualEntryPanel->setCode(m_code.code);
    m_ui->installLinkPanel->setCode(m_code.code);
    m_ui->cardButton->setEnabled(m_code.code.has_value());
    updateWarning();
}

void ScanDialog::updateWarning()
{
    QStringList warnings;
    if (!m_qr.warning().isEmpty())
        warnings << m_qr.warning();
    if (m_code.urlDisagrees)
        warnings << tr("The QR code's web address names a different activation code than the image holds. "
                       "The image's code is shown, as a phone scanning it would get it; tell support.");
    else if (m_code.origin == ResolvedActivationCode::Origin::Url)
        warnings << tr("The code to type in was read from the QR code's web address, not from the image.");
    m_ui->warningLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->warningLabel->setVisible(!warnings.isEmpty());
}

void ScanDialog::setRevealed(bool revealed)
{
    m_ui->manualEntryPanel->setRevealed(revealed);
    m_ui->installLinkPanel->setRevealed(revealed);
}

CustomerCard ScanDialog::customerCard() const
{
    CustomerCard card = m_cardTemplate;
    card.code = m_code.code;
    card.supportLine = DeskSettings().supportLine();
    return card;
}

void ScanDialog::openCardDialog()
{
    if (!m_code.code)
        return;
    auto *dialog = new CardPrintDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCards({customerCard()});
    dialog->open();
}

QrCodeView *ScanDialog::qrView() const
{
    return m_ui->qrView;
}

QImage ScanDialog::exportImage() const
{
    // An unverified image keeps its own size (enlarged only to the minimum), so its export costs about
    // what the download did, not 100 times that.
    const int wanted = m_qr.isVerified() ? m_qr.moduleCount() * ExportPixelsPerModule : m_qr.moduleCount();
    return m_qr.rendered(qBound(MinimumExportPixels, wanted, qMax(MaximumExportPixels, m_qr.moduleCount())));
}

void ScanDialog::copyImage() const
{
    m_clipboard->copyImage(exportImage()); // the image is the activation code: cleared like the text
}

bool ScanDialog::saveImage(const QString &path) const
{
    const QImage image = exportImage();
    return writePrivateFile(path, [&image](QIODevice &file) { return image.save(&file, "PNG"); }).ok;
}

void ScanDialog::setFullScreen(bool on)
{
    setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
}

void ScanDialog::askWhereToSave()
{
    // open(), not exec(): no nested event loop, and the scan view stays responsive behind it.
    auto *dialog = new QFileDialog(this, tr("Save QR code"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("PNG images (*.png)"));
    dialog->setDefaultSuffix(QStringLiteral("png"));
    QString digits = m_number;
    digits.remove(QLatin1Char('+'));
    dialog->selectFile(QStringLiteral("qr-%1.png").arg(digits));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!saveImage(path)) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Save QR code"),
                tr("The image could not be written to %1.").arg(path), QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}

void ScanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this); // the tab shown stays; the panels inside retranslate themselves
        setWindowTitle(tr("QR code for %1").arg(m_number));
        m_fullScreenAction->setText(tr("Full screen"));
        updateWarning();
    }
    QDialog::changeEvent(event);
}

} // namespace nd
