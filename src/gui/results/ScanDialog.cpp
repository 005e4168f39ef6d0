#include "gui/results/ScanDialog.h"

#include "desk/PrivateFile.h"
#include "ui_ScanDialog.h"

#include <QAction>
#include <QClipboard>
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

    m_ui->warningLabel->setText(m_qr.warning());
    m_ui->warningLabel->setVisible(!m_qr.warning().isEmpty());

    auto *fullScreen = new QAction(tr("Full screen"), this);
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
    QGuiApplication::clipboard()->setImage(exportImage());
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

} // namespace nd
