// Help → About: says truthfully which licence covers which program, and shows every third-party notice
// in full from the embedded copies (the same files the packages install).

#include "gui/about/AboutDialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace nd;

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private slots:
    void about_namesTheLicenceOfEachProgram();
    void everyNotice_isEmbedded_andShownInFull();
    void aboutQt_isOneClickAway();
};

void TestAboutDialog::about_namesTheLicenceOfEachProgram()
{
    AboutDialog dialog;
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("aboutLabel"))->text();
    QVERIFY(text.contains(QStringLiteral(NUMBERDESK_VERSION)));
    QVERIFY(text.contains(QStringLiteral("MIT")));
    QVERIFY(text.contains(QStringLiteral("LGPLv3")));
    QVERIFY(text.contains(QStringLiteral("Apache License 2.0")));
    QVERIFY(text.contains(QStringLiteral("BSD 2-Clause")));
    QVERIFY(text.contains(QStringLiteral("public domain")));
    // The sandbox links Qt HTTP Server: its licence must be said, not hidden behind the app's.
    QVERIFY(text.contains(QStringLiteral("numberdesk-sandbox")));
    QVERIFY(text.contains(QStringLiteral("GPLv3")));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
}

void TestAboutDialog::everyNotice_isEmbedded_andShownInFull()
{
    AboutDialog dialog;
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("documentList"));
    auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("documentText"));
    QVERIFY(list && text);
    const QStringList paths = AboutDialog::documentPaths();
    QCOMPARE(list->count(), paths.size());
    QCOMPARE(paths.size(), 7);
    const QStringList expected
        = {QStringLiteral("NumberDesk: licences and third-party notices"), QStringLiteral("MIT License"),
            QStringLiteral("GNU LESSER GENERAL PUBLIC LICENSE"), QStringLiteral("GNU GENERAL PUBLIC LICENSE"),
            QStringLiteral("Apache License"), QStringLiteral("NOTICES FOR ZXing"),
            QStringLiteral("Redistribution and use in source and binary forms")};
    for (int row = 0; row < paths.size(); ++row) {
        QFile file(paths.at(row));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(paths.at(row)));
        const QByteArray embedded = file.readAll();
        QVERIFY(embedded.size() > 500);
        list->setCurrentRow(row);
        QCOMPARE(text->toPlainText(), QString::fromUtf8(embedded));
        QVERIFY2(text->toPlainText().contains(expected.at(row)), qPrintable(paths.at(row)));
        QVERIFY(text->isReadOnly());
    }
}

void TestAboutDialog::aboutQt_isOneClickAway()
{
    AboutDialog dialog;
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("aboutQtButton"));
    QVERIFY(button);
    QVERIFY(button->text().contains(QStringLiteral("Qt")));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
