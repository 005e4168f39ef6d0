#include "gui/about/AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QLoggingCategory>
#include <QPushButton>

namespace nd {

namespace {
Q_LOGGING_CATEGORY(lcAbout, "numberdesk.gui.about")

struct Document
{
    const char *title; // translated through QT_TRANSLATE_NOOP below
    const char *path;
};

// The same files are installed with the packages (share/doc/numberdesk, or beside the app).
constexpr Document Documents[] = {
    {QT_TRANSLATE_NOOP("nd::AboutDialog", "Licences and notices (summary)"),
        ":/numberdesk/licenses/THIRD-PARTY-NOTICES.txt"},
    {QT_TRANSLATE_NOOP("nd::AboutDialog", "NumberDesk — MIT"), ":/numberdesk/licenses/LICENSE"},
    {QT_TRANSLATE_NOOP("nd::AboutDialog", "Qt — LGPLv3"), ":/numberdesk/licenses/LGPL-3.0.txt"},
    {QT_TRANSLATE_NOOP("nd::AboutDialog", "GPLv3 — sandbox"), ":/numberdesk/licenses/GPL-3.0.txt"},
    {QT_TRANSLATE_NOOP("nd::AboutDialog", "ZXing-cpp — Apache 2.0"), ":/numberdesk/licenses/Apache-2.0.txt"},
    {QT_TRANSLATE_NOOP("nd::AboutDialog", "ZXing-cpp — NOTICE"),
        ":/numberdesk/licenses/ZXing-cpp-NOTICE.txt"},
    {QT_TRANSLATE_NOOP("nd::AboutDialog", "QtKeychain — BSD 2-Clause"),
        ":/numberdesk/licenses/QtKeychain-BSD-2-Clause.txt"},
};

QString readDocument(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcAbout).noquote() << "missing licence document" << path;
        return AboutDialog::tr("This document is missing from this build of NumberDesk (%1).").arg(path);
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("aboutDialog"));
    m_ui->documentText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (int row = 0; row < int(std::size(Documents)); ++row)
        m_ui->documentList->addItem(QString());
    nameTexts();
    connect(m_ui->documentList, &QListWidget::currentRowChanged, this, &AboutDialog::showDocument);
    m_ui->documentList->setCurrentRow(0);
    connect(m_ui->aboutQtButton, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::nameTexts()
{
    m_ui->aboutLabel->setText(
        tr("<h2>NumberDesk %1</h2>"
           "<p>Changes the status of customers' mobile numbers through the Telegent mPaaS API: activate, "
           "cancel, swap, swap SIM, replace and park.</p>"
           "<p>Running on Qt %2 (built with Qt %3).</p>"
           "<p><b>Licences.</b> NumberDesk's own code is under the MIT licence. The app uses Qt under the "
           "LGPLv3, ZXing-cpp under the Apache License 2.0, QtKeychain under the BSD 2-Clause licence and "
           "SQLite, which is in the public domain.</p>"
           "<p>The training sandbox (<tt>numberdesk-sandbox</tt>), which the app starts as a separate "
           "program in demo mode, uses Qt HTTP Server and is therefore distributed under the GPLv3. "
           "Its source is NumberDesk's repository.</p>"
           "<p>The full texts are under <i>Third-party notices</i>.</p>")
            .arg(QStringLiteral(NUMBERDESK_VERSION), QString::fromLatin1(qVersion()),
                QStringLiteral(QT_VERSION_STR)));
    for (int row = 0; row < m_ui->documentList->count(); ++row)
        m_ui->documentList->item(row)->setText(tr(Documents[row].title));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        nameTexts();
        showDocument(m_ui->documentList->currentRow()); // a missing document says so in the new language
    }
    QDialog::changeEvent(event);
}

QStringList AboutDialog::documentPaths()
{
    QStringList paths;
    for (const Document &document : Documents)
        paths << QString::fromLatin1(document.path);
    return paths;
}

void AboutDialog::showDocument(int row)
{
    if (row < 0 || row >= int(std::size(Documents)))
        return;
    m_ui->documentText->setPlainText(readDocument(QString::fromLatin1(Documents[row].path)));
}

} // namespace nd
