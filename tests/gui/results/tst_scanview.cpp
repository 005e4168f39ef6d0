// The scan view on its own: what it paints must be a QR code a phone can read from across a desk
// (whole-pixel scale, uniform modules, a white quiet zone of at least four modules) even under a
// dark theme, and copies and saved files must be just as crisp. Its hand-off tabs: the code to type
// in and the install links stay hidden until "Show code", copy through the clearing clipboard, take
// the code from the image before the URL and warn when the two differ; the card button makes a card.

#include "gui/common/SecretClipboard.h"
#include "gui/results/CardPrintDialog.h"
#include "gui/results/InstallLinkPanel.h"
#include "gui/results/ManualEntryPanel.h"
#include "gui/results/QrCodeView.h"
#include "gui/results/ScanDialog.h"
#include "gui/results/ScannableQr.h"
#include "handoff/InstallLink.h"
#include "qr/QrCodec.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace nd;

namespace {

const QString Code = QStringLiteral("LPA:1$SMDP.SANDBOX.EXAMPLE$K2X9P-4QZ7M-LW3RT-8HN5D");
const QString Number = QStringLiteral("+12016093801");

// As the server sends it: 6 px per module, smoothed edges as a resampling renderer would leave.
QImage downloadedImage()
{
    const QImage modules = QrCodec::encode(Code);
    return modules.scaled(
        modules.width() * 6 + 3, modules.height() * 6 + 3, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::Text, Qt::white);
    palette.setColor(QPalette::Button, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::ButtonText, Qt::white);
    return palette;
}

bool isDark(QRgb pixel)
{
    return qGray(pixel) < 128;
}

QRect darkBounds(const QImage &image)
{
    QRect bounds;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (isDark(image.pixel(x, y)))
                bounds |= QRect(x, y, 1, 1);
    return bounds;
}

} // namespace

class ScanViewTest final : public QObject
{
    Q_OBJECT

    QPalette m_originalPalette;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_originalPalette = QApplication::palette();
    }
    void cleanup() { QApplication::setPalette(m_originalPalette); }

    void scannable_decodableImage_isReencodedOnePixelPerModule()
    {
        const ScannableQr qr = ScannableQr::fromDownloadedImage(downloadedImage());
        QVERIFY(qr.isVerified());
        QVERIFY(qr.warning().isEmpty());
        QCOMPARE(qr.modules(), QrCodec::encode(Code).convertToFormat(QImage::Format_RGB32));
        QCOMPARE(qr.factorFor(qr.moduleCount() * 7 + 6), 7);
        QCOMPARE(qr.factorFor(3), 1);
    }

    void scannable_undecodableImage_keepsOriginalOnAWideWhiteMargin()
    {
        QImage noise(120, 100, QImage::Format_RGB32);
        for (int y = 0; y < noise.height(); ++y)
            for (int x = 0; x < noise.width(); ++x)
                noise.setPixel(x, y, ((x / 5 + y / 7 + x * y) % 3) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
        const ScannableQr qr = ScannableQr::fromDownloadedImage(noise);
        QVERIFY(!qr.isVerified());
        QVERIFY(!qr.warning().isEmpty());
        const QRect dark = darkBounds(qr.modules());
        // 4 modules of the largest module a 120 px code can have (version 1: 21 modules).
        const int minimumMargin = 4 * 120 / 21;
        QVERIFY(dark.left() >= minimumMargin);
        QVERIFY(dark.top() >= minimumMargin);
        QVERIFY(qr.moduleCount() - 1 - dark.right() >= minimumMargin);
        QVERIFY(qr.moduleCount() - 1 - dark.bottom() >= minimumMargin);
    }

    void scanView_darkPalette_wholeFactorUniformModulesAndWhiteQuietZone_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("dialog") << QSize(900, 600);
        QTest::newRow("odd size") << QSize(777, 523);
        QTest::newRow("large") << QSize(1400, 1000);
    }
    void scanView_darkPalette_wholeFactorUniformModulesAndWhiteQuietZone()
    {
        QFETCH(QSize, size);
        QApplication::setPalette(darkPalette());
        auto *dialog = new ScanDialog(Number, downloadedImage());
        dialog->resize(size);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QrCodeView *view = dialog->qrView();
        const QImage shot = view->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const int factor = view->scaleFactor();
        const int modules = QrCodec::moduleCount(QrCodec::encode(Code));
        QVERIFY(factor >= 2);

        // The symbol spans a whole number of modules, at a whole factor.
        const QRect dark = darkBounds(shot);
        QCOMPARE(dark.width() % factor, 0);
        QCOMPARE(dark.width() / factor, modules - 2 * QrCodec::QuietZoneModules);
        QCOMPARE(dark.height(), dark.width());
        // At least four white modules all round, and nothing of the dark theme shows.
        const int quiet = QrCodec::QuietZoneModules * factor;
        QVERIFY(dark.left() >= quiet && dark.top() >= quiet);
        QVERIFY(shot.width() - 1 - dark.right() >= quiet);
        QVERIFY(shot.height() - 1 - dark.bottom() >= quiet);
        for (int x = 0; x < shot.width(); ++x) {
            QCOMPARE(shot.pixel(x, 0), qRgb(255, 255, 255));
            QCOMPARE(shot.pixel(x, shot.height() - 1), qRgb(255, 255, 255));
        }
        // Every module is one flat block: pure black or pure white, no smoothing.
        for (int my = 0; my < dark.height() / factor; ++my) {
            for (int mx = 0; mx < dark.width() / factor; ++mx) {
                const QPoint origin = dark.topLeft() + QPoint(mx * factor, my * factor);
                const QRgb first = shot.pixel(origin);
                QVERIFY(first == qRgb(0, 0, 0) || first == qRgb(255, 255, 255));
                for (int dy = 0; dy < factor; ++dy)
                    for (int dx = 0; dx < factor; ++dx)
                        if (shot.pixel(origin + QPoint(dx, dy)) != first)
                            QFAIL(qPrintable(QStringLiteral("module %1,%2 is not uniform").arg(mx).arg(my)));
            }
        }
        QCOMPARE(QrCodec::decode(shot), std::optional<QString>(Code));
        dialog->close();
    }

    void scanView_showsNumberLargeAndTheCustomerHintAndNoLabelEverShowsTheCode()
    {
        auto *dialog = new ScanDialog(Number, downloadedImage());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *number = dialog->findChild<QLabel *>(QStringLiteral("numberLabel"));
        QCOMPARE(number->text(), Number);
        QVERIFY(number->font().pointSizeF() > dialog->font().pointSizeF() * 1.5);
        const QString hint = dialog->findChild<QLabel *>(QStringLiteral("hintLabel"))->text();
        QVERIFY(hint.contains(QStringLiteral("Add eSIM")));
        QVERIFY(hint.contains(QStringLiteral("confirmation code")));
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            QVERIFY(!label->text().contains(QStringLiteral("LPA:"), Qt::CaseInsensitive));
            QVERIFY(!label->openExternalLinks());
        }
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("warningLabel"))->isHidden());
        dialog->close();
    }

    void scanView_undecodableImage_warnsThatTheCodeCouldNotBeVerified()
    {
        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::gray);
        auto *dialog = new ScanDialog(Number, blank);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("warningLabel"))->isVisible());
        dialog->close();
    }

    void export_ofAnUndecodableImage_isNotBlownUp()
    {
        // Noise never decodes: each pixel counted as a "module" once made a 10x export (400·W² bytes).
        QImage noise(2000, 2000, QImage::Format_RGB32);
        quint32 state = 12345;
        for (int y = 0; y < noise.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(noise.scanLine(y));
            for (int x = 0; x < noise.width(); ++x) {
                state = state * 1664525u + 1013904223u;
                line[x] = (state >> 31) ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
            }
        }
        ScanDialog dialog(Number, noise);
        const QImage exported = dialog.exportImage();
        QVERIFY(!exported.isNull());
        QVERIFY2(exported.width() <= 4096, qPrintable(QString::number(exported.width())));
        // A small undecodable image is still enlarged to a usable size, by a whole factor.
        QImage small(40, 40, QImage::Format_RGB32);
        small.fill(Qt::gray);
        ScanDialog smallDialog(Number, small);
        QVERIFY(smallDialog.exportImage().width() >= 500); // a whole factor of the padded image, near 600
    }

    void copyAndSave_areCrispWholeFactorImagesThatDecode()
    {
        ScanDialog dialog(Number, downloadedImage());
        const int modules = QrCodec::moduleCount(QrCodec::encode(Code));
        const QImage exported = dialog.exportImage();
        QCOMPARE(exported.width() % modules, 0);
        QVERIFY(exported.width() / modules >= 10);
        QCOMPARE(QrCodec::decode(exported), std::optional<QString>(Code));

        dialog.copyImage();
        QCOMPARE(QGuiApplication::clipboard()->image().size(), exported.size());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(dialog.saveImage(path));
#ifdef Q_OS_UNIX
        // It carries the activation code: for its owner only, whatever the umask.
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
#endif
        const QImage saved(path);
        QCOMPARE(saved.size(), exported.size());
        QCOMPARE(QrCodec::decode(saved), std::optional<QString>(Code));
    }

    void fullScreen_f11AndButtonToggleIt()
    {
        auto *dialog = new ScanDialog(Number, downloadedImage());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("fullScreenButton"));
        QTest::keyClick(dialog, Qt::Key_F11);
        QTRY_VERIFY(dialog->windowState() & Qt::WindowFullScreen);
        QVERIFY(button->isChecked());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(!(dialog->windowState() & Qt::WindowFullScreen));
        dialog->close();
    }

    void handoffTabs_keepTheCodeHiddenUntilShowCode()
    {
        ScanDialog dialog(Number, downloadedImage());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<QLineEdit *> fields = dialog.findChildren<QLineEdit *>();
        QCOMPARE(fields.size(), 5); // address, activation code, whole code, two links
        for (const QLineEdit *field : fields)
            QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog.installLinks()->linkQrView()->isVisibleTo(&dialog));
        QVERIFY(dialog.installLinks()->linkQrView()->qr().isNull());

        dialog.showTab(ScanDialog::Tab::TypeIn);
        QTest::mouseClick(dialog.manualEntry()->showCodeButton(), Qt::LeftButton);
        for (const QLineEdit *field : fields)
            QCOMPARE(field->echoMode(), QLineEdit::Normal);
        const auto text = [&dialog](const char *name) {
            return dialog.findChild<QLineEdit *>(QLatin1String(name))->text();
        };
        QCOMPARE(text("smdpEdit"), QStringLiteral("SMDP.SANDBOX.EXAMPLE"));
        QCOMPARE(text("matchingIdEdit"), QStringLiteral("K2X9P-4QZ7M-LW3RT-8HN5D"));
        QCOMPARE(text("lpaEdit"), Code);
        const ActivationCode code = *ActivationCode::parse(Code);
        QCOMPARE(text("iphoneLinkEdit"), installLink(code, InstallPlatform::Iphone));
        QCOMPARE(text("androidLinkEdit"), installLink(code, InstallPlatform::Android));
        // The other tab follows, and its QR code is the iPhone link, scannable off the screen.
        QVERIFY(dialog.installLinks()->isRevealed());
        dialog.showTab(ScanDialog::Tab::InstallLink);
        QrCodeView *linkView = dialog.installLinks()->linkQrView();
        QTRY_VERIFY(linkView->isVisible());
        QVERIFY(linkView->scaleFactor() >= 2);
        QCOMPARE(QrCodec::decode(linkView->grab().toImage()),
            std::optional<QString>(installLink(code, InstallPlatform::Iphone)));

        QTest::mouseClick(dialog.installLinks()->showCodeButton(), Qt::LeftButton);
        QVERIFY(!dialog.manualEntry()->isRevealed());
        for (const QLineEdit *field : fields)
            QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(linkView->qr().isNull());
    }

    void copyButtons_copyEachPartThroughTheClearingClipboard()
    {
        ScanDialog dialog(Number, downloadedImage());
        SecretClipboard clipboard(QGuiApplication::clipboard());
        dialog.setSecretClipboard(&clipboard);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<std::pair<const char *, QString>> parts = {
            {"copySmdpButton", QStringLiteral("SMDP.SANDBOX.EXAMPLE")},
            {"copyMatchingIdButton", QStringLiteral("K2X9P-4QZ7M-LW3RT-8HN5D")},
            {"copyLpaButton", Code},
            {"copyIphoneLinkButton", installLink(*ActivationCode::parse(Code), InstallPlatform::Iphone)},
            {"copyAndroidLinkButton", installLink(*ActivationCode::parse(Code), InstallPlatform::Android)},
        };
        for (const auto &[button, expected] : parts) {
            // Copying needs no "Show code": the agent pastes it without it being on screen.
            auto *copy = dialog.findChild<QPushButton *>(QLatin1String(button));
            QVERIFY2(copy && copy->isEnabled(), button);
            copy->click();
            QCOMPARE(QGuiApplication::clipboard()->text(), expected);
            QVERIFY(clipboard.isClearPending());
        }
        QCOMPARE(clipboard.clearAfter(), std::chrono::milliseconds(30000));
        clipboard.expire();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void urlNamingAnotherCode_theImageWinsAndTheAgentIsWarned()
    {
        ScanDialog dialog(Number, downloadedImage());
        dialog.setQrUrl(QUrl(QStringLiteral(
            "https://quickchart.io/qr?text=LPA:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN&ecLevel=H")));
        QCOMPARE(dialog.activationCode().code->toString(), Code);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("lpaEdit"))->text(), Code);
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("warningLabel"));
        QVERIFY(!warning->isHidden());
        QVERIFY(warning->text().contains(QStringLiteral("different activation code")));
        QVERIFY(!warning->text().contains(QStringLiteral("LPA:")));
    }

    void undecodableImage_takesTheCodeFromTheUrl_andSaysSo()
    {
        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::gray);
        ScanDialog dialog(Number, blank);
        QVERIFY(!dialog.manualEntry()->showCodeButton()->isEnabled());
        dialog.setQrUrl(QUrl(QStringLiteral(
            "https://quickchart.io/qr?text=LPA:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN")));
        QVERIFY(dialog.manualEntry()->showCodeButton()->isEnabled());
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("matchingIdEdit"))->text(),
            QStringLiteral("LX9G1-Q12VI-CIIWA-WAQIN"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("warningLabel"))
                    ->text()
                    .contains(QStringLiteral("web address")));
    }

    void confirmationCodeRequired_isExplainedNeverPutInAQrCode()
    {
        const QString withConfirmation = QStringLiteral("LPA:1$smdp.example.com$ABC-123$$1");
        ScanDialog dialog(Number, QrCodec::encode(withConfirmation).scaled(300, 300));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("confirmationLabel"));
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(QStringLiteral("confirmation code")));
        QVERIFY(note->text().contains(QStringLiteral("never part of a QR code")));
    }

    void cardButton_opensTheCardDialogWithThisNumbersCard()
    {
        auto *dialog = new ScanDialog(Number, downloadedImage());
        Order order;
        order.orderId = QStringLiteral("JNUOID-9df281cc");
        order.orderDate = QDateTime(QDate(2025, 5, 15), QTime(18, 20), QTimeZone::utc());
        dialog->setOrder(order);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cardButton")), Qt::LeftButton);
        auto *cards = dialog->findChild<CardPrintDialog *>();
        QVERIFY(cards);
        QVERIFY(cards->isReady());
        QCOMPARE(cards->cards().size(), 1);
        const CustomerCard &card = cards->cards().constFirst();
        QCOMPARE(card.phoneNumber, Number);
        QCOMPARE(card.code->toString(), Code);
        QCOMPARE(card.orderId, order.orderId);
        QVERIFY(card.orderDate.isValid());
        dialog->close();
    }
};

QTEST_MAIN(ScanViewTest)
#include "tst_scanview.moc"
