// Real widgets under the light scheme, then dark at run time through applyColourScheme(): the
// sandbox banner, an order error box, a status badge, a field issue, labels coloured by role and the
// focus frame of a table must change colour and stay readable (4.5:1, measured on the rendered
// pixels), and a QR code must stay black on white.

#include "gui/common/ColourScheme.h"
#include "gui/common/ConnectionBanner.h"
#include "gui/common/Contrast.h"
#include "gui/common/DeskColours.h"
#include "gui/common/DeskPalettes.h"
#include "gui/common/FocusFrame.h"
#include "gui/common/PaletteFollower.h"
#include "gui/form/FieldIssueLabel.h"
#include "gui/results/OrderErrorBox.h"
#include "gui/results/OrderHeader.h"
#include "gui/results/QrCodeView.h"
#include "gui/results/ScannableQr.h"

#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>
#include <memory>

using namespace nd;

namespace {

// What a reader sees: the colour most of the widget is painted with, and the pixel that stands out
// most from it (the core of a glyph stroke).
struct Looks
{
    QColor background;
    QColor text;
    double contrast() const { return contrastRatio(text, background); }
};

Looks looksOf(QWidget *widget, int inset = 0)
{
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRect interior = image.rect().adjusted(inset, inset, -inset, -inset);
    QHash<QRgb, int> counts;
    for (int y = interior.top(); y <= interior.bottom(); ++y)
        for (int x = interior.left(); x <= interior.right(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb common = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > counts.value(common))
            common = it.key();
    Looks looks {QColor(common), QColor(common)};
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (contrastRatio(QColor(it.key()), looks.background) > looks.contrast())
            looks.text = QColor(it.key());
    return looks;
}

// The desk's delegates in miniature: the style's item, then the desk's focus frame over it.
class FramedDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        paintFocusFrame(painter, option);
    }
};

QString describe(const Looks &looks)
{
    return QStringLiteral("%1 on %2 (%3:1)")
        .arg(looks.text.name(), looks.background.name())
        .arg(looks.contrast(), 0, 'f', 2);
}

} // namespace

class ThemeSwitchTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { applyColourScheme(ColourScheme::Light); }

    void init()
    {
        applyColourScheme(ColourScheme::Light);
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_banner = new QLabel(m_window.get());
        m_banner->setObjectName(QStringLiteral("connectionBanner"));
        showConnectionBanner(m_banner,
            {ConnectionKind::Sandbox, sandboxBannerText(QUrl(QStringLiteral("http://127.0.0.1:41234"))),
                QStringLiteral("NumberDesk — SANDBOX")});
        layout->addWidget(m_banner);

        m_errorBox = new OrderErrorBox(m_window.get());
        ApiError error;
        error.title = QStringLiteral("Validation failed");
        error.message = QStringLiteral("The effective date is in the past.");
        error.traceId = QStringLiteral("trace-1");
        m_errorBox->setError(error, QDateTime::currentDateTime());
        layout->addWidget(m_errorBox);

        m_header = new OrderHeader(m_window.get());
        Order order;
        order.orderId = QStringLiteral("ORD-1");
        order.state = OrderState::Failed;
        order.serverStatus = QStringLiteral("Failed");
        m_header->setOrder(order);
        layout->addWidget(m_header);

        m_issue = new QLabel(m_window.get());
        QFont bold = m_issue->font();
        bold.setBold(true); // full-strength stems to sample
        m_issue->setFont(bold);
        layout->addWidget(m_issue);
        showFieldIssues(m_issue,
            {{Severity::Error, QStringLiteral("AreaCode"), std::nullopt,
                QStringLiteral("The area code must have three digits.")}});

        m_window->resize(640, 480);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        applyColourScheme(ColourScheme::Light);
    }

    void sandboxBanner_followsDark_andStaysReadable()
    {
        const Looks light = looksOf(m_banner, 3);
        QVERIFY2(light.contrast() >= MinimumTextContrast, qPrintable(describe(light)));
        switchTo(ColourScheme::Dark);
        QTRY_VERIFY(looksOf(m_banner, 3).background != light.background);
        const Looks dark = looksOf(m_banner, 3);
        QCOMPARE(dark.background, DeskColours(applicationPalette()).sandboxBanner().background);
        QVERIFY2(dark.contrast() >= MinimumTextContrast, qPrintable(describe(dark)));
        qInfo("sandbox banner: light %s, dark %s", qPrintable(describe(light)), qPrintable(describe(dark)));
    }

    void statusBadge_followsDark_andStaysReadable()
    {
        auto *badge = m_header->findChild<QLabel *>(QStringLiteral("statusBadge"));
        QVERIFY(badge);
        QCOMPARE(badge->text(), QStringLiteral("Error")); // the word goes with the colour
        const Looks light = looksOf(badge);
        QVERIFY2(light.contrast() >= MinimumTextContrast, qPrintable(describe(light)));
        switchTo(ColourScheme::Dark);
        QTRY_VERIFY(looksOf(badge).background != light.background);
        const Looks dark = looksOf(badge);
        QVERIFY2(dark.contrast() >= MinimumTextContrast, qPrintable(describe(dark)));
        qInfo("status badge: light %s, dark %s", qPrintable(describe(light)), qPrintable(describe(dark)));
    }

    void fieldIssue_followsDark_andStaysReadable()
    {
        const QColor lightText = m_issue->palette().color(QPalette::WindowText);
        const Looks light = looksOf(m_issue);
        QVERIFY2(light.contrast() >= MinimumTextContrast, qPrintable(describe(light)));
        switchTo(ColourScheme::Dark);
        QTRY_VERIFY(m_issue->palette().color(QPalette::WindowText) != lightText);
        const Looks dark = looksOf(m_issue);
        QVERIFY(dark.background != light.background);
        QVERIFY2(dark.contrast() >= MinimumTextContrast, qPrintable(describe(dark)));
        QCOMPARE(m_issue->palette().color(QPalette::WindowText),
            DeskColours(applicationPalette()).issue(Severity::Error));
        qInfo("field issue: light %s, dark %s", qPrintable(describe(light)), qPrintable(describe(dark)));
    }

    void orderErrorBox_edgeAndWordsFollowDark()
    {
        auto *title = m_errorBox->findChild<QLabel *>(QStringLiteral("errorTitleLabel"));
        QVERIFY(title);
        const auto edge
            = [this] { return m_errorBox->grab().toImage().pixelColor(2, m_errorBox->height() / 2); };
        const QColor lightEdge = edge();
        const QColor lightWindow = m_window->palette().color(QPalette::Window);
        QVERIFY(contrastRatio(lightEdge, lightWindow) >= MinimumTextContrast);
        const Looks lightTitle = looksOf(title);
        switchTo(ColourScheme::Dark);
        QTRY_VERIFY(edge() != lightEdge);
        const QColor darkWindow = m_window->palette().color(QPalette::Window);
        QVERIFY2(contrastRatio(edge(), darkWindow) >= MinimumTextContrast,
            qPrintable(edge().name() + QStringLiteral(" on ") + darkWindow.name()));
        const Looks darkTitle = looksOf(title);
        QVERIFY(darkTitle.background != lightTitle.background);
        QVERIFY2(darkTitle.contrast() >= MinimumTextContrast, qPrintable(describe(darkTitle)));
    }

    void labelsColouredByRole_followEverySwitch()
    {
        auto *note = new QLabel(QStringLiteral("Kept for this session only"), m_window.get());
        auto *warning = new QLabel(QStringLiteral("Check the area code"), m_window.get());
        auto *hint = new QLabel(QStringLiteral("Where the customer uses the line"), m_window.get());
        m_window->layout()->addWidget(note);
        m_window->layout()->addWidget(warning);
        m_window->layout()->addWidget(hint);
        colourLabel(note, Severity::Note);
        colourLabel(warning, Severity::Warning);
        PaletteFollower::followTextColour(
            hint, [](const DeskColours &colours) { return colours.mutedText(); });
        const auto expectRoles = [&] {
            const DeskColours colours(applicationPalette());
            QTRY_COMPARE(note->palette().color(QPalette::WindowText), colours.issue(Severity::Note));
            QTRY_COMPARE(warning->palette().color(QPalette::WindowText), colours.issue(Severity::Warning));
            QTRY_COMPARE(hint->palette().color(QPalette::WindowText), colours.mutedText());
            for (QLabel *label : {note, warning, hint}) {
                const Looks looks = looksOf(label);
                QVERIFY2(looks.contrast() >= MinimumTextContrast, qPrintable(describe(looks)));
            }
        };
        expectRoles();
        const QColor lightWarning = warning->palette().color(QPalette::WindowText);
        switchTo(ColourScheme::Dark);
        expectRoles();
        QVERIFY(warning->palette().color(QPalette::WindowText) != lightWarning);
        switchTo(ColourScheme::Light);
        expectRoles();
        QCOMPARE(warning->palette().color(QPalette::WindowText), lightWarning);
    }

    void focusFrame_isRepaintedInTheNewPalette()
    {
        auto *table = new QTableView(m_window.get());
        auto *model = new QStandardItemModel(3, 1, table);
        for (int row = 0; row < 3; ++row)
            model->setItem(row, new QStandardItem(QStringLiteral("555-01%1").arg(row)));
        table->setItemDelegate(new FramedDelegate(table));
        table->setModel(model);
        table->setSelectionMode(QAbstractItemView::NoSelection); // the frame on a plain row
        m_window->layout()->addWidget(table);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table->setFocus(Qt::OtherFocusReason);
        table->setCurrentIndex(model->index(1, 0));
        QTRY_VERIFY(table->hasFocus());
        // One pixel into the current cell's left edge: inside the 2 px frame.
        const auto frame = [table, model] {
            const QRect cell = table->visualRect(model->index(1, 0));
            return table->viewport()->grab().toImage().pixelColor(cell.left() + 1, cell.center().y());
        };
        QTRY_COMPARE(frame(), DeskColours(applicationPalette()).focusFrame(false));
        const QColor lightFrame = frame();
        switchTo(ColourScheme::Dark);
        QTRY_COMPARE(frame(), DeskColours(applicationPalette()).focusFrame(false));
        QVERIFY(frame() != lightFrame);
        const QColor base = table->palette().color(QPalette::Base);
        QVERIFY2(contrastRatio(frame(), base) >= MinimumControlContrast,
            qPrintable(frame().name() + QStringLiteral(" on ") + base.name()));
    }

    void qrCode_staysBlackOnWhiteInDark()
    {
        switchTo(ColourScheme::Dark);
        QrCodeView view(m_window.get());
        view.setPalette(deskDarkPalette()); // whatever reaches the view, a dark palette must not leak in
        view.setQr(ScannableQr::fromText(QStringLiteral("LPA:1$smdp.example.com$ACTIVATION-CODE-1")));
        QVERIFY(!view.qr().isNull());
        view.resize(260, 260);
        view.show();
        QVERIFY(DeskColours::isDark(view.palette()));
        const QImage image = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
        int black = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                QVERIFY2(pixel == qRgb(0, 0, 0) || pixel == qRgb(255, 255, 255),
                    qPrintable(QStringLiteral("(%1, %2) is %3").arg(x).arg(y).arg(QColor(pixel).name())));
                black += pixel == qRgb(0, 0, 0);
            }
        }
        QVERIFY(black > image.width()); // a code was drawn, not just white
        for (const QPoint corner : {QPoint(0, 0), QPoint(image.width() - 1, image.height() - 1)})
            QCOMPARE(image.pixel(corner), qRgb(255, 255, 255));
    }

    void system_givesBackThePlatformPalette()
    {
        const QColor lightAmber = looksOf(m_banner, 3).background;
        switchTo(ColourScheme::Dark);
        QTRY_VERIFY(looksOf(m_banner, 3).background != lightAmber);
        switchTo(ColourScheme::System);
        QCOMPARE(appliedColourScheme(), ColourScheme::System);
        // The offscreen platform's palette is light.
        QVERIFY(!DeskColours::isDark(QApplication::palette()));
        QTRY_COMPARE(looksOf(m_banner, 3).background, lightAmber);
    }

private:
    static QPalette applicationPalette() { return QApplication::palette(); }

    // Windows take the new palette a moment after the application (their children at once).
    void switchTo(ColourScheme scheme)
    {
        applyColourScheme(scheme);
        QTRY_COMPARE(
            m_window->palette().color(QPalette::Window), QApplication::palette().color(QPalette::Window));
    }

    std::unique_ptr<QWidget> m_window;
    QLabel *m_banner = nullptr;
    OrderErrorBox *m_errorBox = nullptr;
    OrderHeader *m_header = nullptr;
    QLabel *m_issue = nullptr;
};

QTEST_MAIN(ThemeSwitchTest)
#include "tst_themeswitch.moc"
