// Copied secrets leave the clipboard after 30 s, unless the user has copied something else since.
// expire() is what the end of the delay does, so the tests run it at once instead of waiting.

#include "gui/common/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace nd;

class SecretClipboardTest final : public QObject
{
    Q_OBJECT

    QClipboard *clipboard() const { return QGuiApplication::clipboard(); }

private slots:
    void init() { clipboard()->clear(); }

    void copy_putsTheTextMarkedForClipboardManagers_andClearsAfter30Seconds()
    {
        SecretClipboard secrets(clipboard());
        QCOMPARE(secrets.clearAfter(), std::chrono::milliseconds(30000));
        QSignalSpy cleared(&secrets, &SecretClipboard::cleared);
        secrets.copy(QStringLiteral("LX9G1-Q12VI-CIIWA-WAQIN"));
        QCOMPARE(clipboard()->text(), QStringLiteral("LX9G1-Q12VI-CIIWA-WAQIN"));
        QCOMPARE(
            clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(secrets.isClearPending());
        secrets.expire();
        QVERIFY(clipboard()->text().isEmpty());
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!secrets.isClearPending());
    }

    void copy_isMarkedForWindowsClipboardHistoryToo()
    {
        SecretClipboard secrets(clipboard());
        secrets.copy(QStringLiteral("LX9G1-Q12VI-CIIWA-WAQIN"));
        const QMimeData *data = clipboard()->mimeData();
        for (const char *value : {"CanIncludeInClipboardHistory", "CanUploadToCloudClipboard",
                 "ExcludeClipboardContentFromMonitorProcessing"}) {
            const QString format
                = QStringLiteral("application/x-qt-windows-mime;value=\"%1\"").arg(QLatin1String(value));
            // The offscreen clipboard keeps every format as set; on Windows Qt turns these into the
            // registered clipboard formats Windows reads.
            QVERIFY2(data->hasFormat(format), value);
            QCOMPARE(data->data(format), QByteArray(4, '\0'));
        }
    }

    void copyImage_isMarkedAndClearedLikeText()
    {
        SecretClipboard secrets(clipboard());
        QImage qr(64, 64, QImage::Format_RGB32);
        qr.fill(Qt::white);
        for (int i = 0; i < 64; i += 8)
            qr.setPixel(i, i, qRgb(0, 0, 0));
        secrets.copyImage(qr);
        QVERIFY(!clipboard()->image().isNull());
        QCOMPARE(
            clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(secrets.isClearPending());
        secrets.expire();
        QVERIFY(clipboard()->image().isNull());
    }

    void guardedField_copyKeysGoThroughTheSecretPath_andThereIsNoPlainCopyMenu()
    {
        QLineEdit field;
        field.setText(QStringLiteral("LPA:1$SMDP.EXAMPLE.COM$LX9G1"));
        field.setReadOnly(true);
        QStringList copied;
        guardSecretField(&field, [&copied](const QString &text) { copied.append(text); });
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        field.setFocus();
        QCOMPARE(field.contextMenuPolicy(), Qt::NoContextMenu);

        QTest::keyClick(&field, Qt::Key_C, Qt::ControlModifier); // nothing selected: the whole value
        field.setSelection(23, 5);
        QTest::keyClick(&field, Qt::Key_Insert, Qt::ControlModifier);
        QCOMPARE(
            copied, (QStringList {QStringLiteral("LPA:1$SMDP.EXAMPLE.COM$LX9G1"), QStringLiteral("LX9G1")}));
        QVERIFY(clipboard()->text().isEmpty()); // Qt's own unmarked copy never happened
    }

    void closingTheViewThatCopied_clearsAPendingCopy()
    {
        {
            SecretClipboard secrets(clipboard());
            secrets.copy(QStringLiteral("LX9G1-Q12VI-CIIWA-WAQIN"));
            QCOMPARE(clipboard()->text(), QStringLiteral("LX9G1-Q12VI-CIIWA-WAQIN"));
        } // e.g. the history entry that copied it is closed within the 30 s
        QVERIFY(clipboard()->text().isEmpty());
        {
            SecretClipboard secrets(clipboard());
            secrets.copy(QStringLiteral("LX9G1-Q12VI-CIIWA-WAQIN"));
            clipboard()->setText(QStringLiteral("the agent's own note"));
        }
        QCOMPARE(clipboard()->text(), QStringLiteral("the agent's own note")); // theirs: left alone
    }

    void userCopiedSomethingElse_isNeverCleared()
    {
        SecretClipboard secrets(clipboard());
        QSignalSpy cleared(&secrets, &SecretClipboard::cleared);
        secrets.copy(QStringLiteral("LPA:1$T-MOBILE.IDEMIA.IO$LX9G1-Q12VI-CIIWA-WAQIN"));
        clipboard()->setText(QStringLiteral("the user's own text"));
        QTRY_VERIFY(!secrets.isClearPending()); // the change is noticed as it happens
        secrets.expire();
        QCOMPARE(clipboard()->text(), QStringLiteral("the user's own text"));
        QCOMPARE(cleared.count(), 0);
    }

    void copyingAgain_restartsTheDelay_andClearsTheLatest()
    {
        SecretClipboard secrets(clipboard());
        secrets.copy(QStringLiteral("first"));
        secrets.copy(QStringLiteral("second"));
        QVERIFY(secrets.isClearPending());
        secrets.expire();
        QVERIFY(clipboard()->text().isEmpty());
    }

    void expireWithNothingCopied_leavesTheClipboardAlone()
    {
        clipboard()->setText(QStringLiteral("untouched"));
        SecretClipboard secrets(clipboard());
        secrets.expire();
        QCOMPARE(clipboard()->text(), QStringLiteral("untouched"));
    }

    void theDelayItself_firesExpire()
    {
        // A short delay stands in for 30 s; QTRY polls the event loop, no fixed sleep.
        SecretClipboard secrets(clipboard());
        secrets.setClearAfter(std::chrono::milliseconds(1));
        QSignalSpy cleared(&secrets, &SecretClipboard::cleared);
        secrets.copy(QStringLiteral("short-lived"));
        QTRY_COMPARE(cleared.count(), 1);
        QVERIFY(clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(SecretClipboardTest)
#include "tst_secretclipboard.moc"
