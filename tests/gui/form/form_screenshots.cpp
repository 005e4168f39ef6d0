// Renders the desk's form side in typical states to PNG files, for people to look at (the issue
// asks for screenshots of the form for several change types). Not a test: it asserts nothing.
// Usage: form_screenshots <output-dir>   (works offscreen or under Xvfb)

#include "../accounts/WindowAccounts.h"
#include "FormDriver.h"
#include "gui/MainWindow.h"
#include "gui/about/AboutDialog.h"
#include "gui/accounts/ProfileSecretPrompt.h"
#include "gui/form/ConfirmChangeDialog.h"
#include "gui/history/DeskJournal.h"
#include "journal/OrderJournal.h"
#include "network/ApiClient.h"
#include "sandbox/SandboxMagic.h"
#include "sandbox/SandboxServer.h"
#include "session/StatusChangeSession.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace nd;

namespace {

void save(QWidget *widget, const QDir &dir, const QString &name)
{
    QApplication::processEvents();
    const QString path = dir.filePath(name);
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2) {
        std::fprintf(stderr, "usage: form_screenshots <output-dir>\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));

    sandbox::SandboxServer server;
    if (!server.start(0))
        return 1;
    ApiClient client;
    MainWindow window(&client);
    accountstest::Accounts accounts;
    if (!accountstest::connectToSandbox(accounts, window, server))
        return 1;
    // A journal of its own, so requests are really sent (nothing leaves without a journal record).
    QTemporaryDir journalDir;
    window.openJournal(journalDir.filePath(QStringLiteral("journal.sqlite")));
    window.resize(1280, 800);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    test::FormDriver form(window.form());

    form.chooseChangeType(ChangeType::Activate);
    form.pasteNumbers({QStringLiteral("(201) 609-3801"), QStringLiteral("1-800-FLOWERS"),
        QStringLiteral("201 609 3801"), QStringLiteral("212-555-0123")});
    save(&window, dir, QStringLiteral("shot-form-activate.png"));

    window.form()->clear();
    form.chooseChangeType(ChangeType::Replace);
    QTest::keyClicks(form.areaCodeEdit(), QStringLiteral("201"));
    QTest::keyClicks(form.zipCodeEdit(), QStringLiteral("07302-1234"));
    form.effectiveDateEdit()->setDate(QDate::currentDate().addDays(-1));
    form.pasteNumbers({QStringLiteral("2016093801"), QStringLiteral("2016093802")});
    save(&window, dir, QStringLiteral("shot-form-replace.png"));

    window.form()->clear();
    form.chooseChangeType(ChangeType::SwapSim);
    form.paste(QStringLiteral("2016093801\t8901240397190557414\n2016093802\t89012403971905574\n"));
    save(&window, dir, QStringLiteral("shot-form-swap-sim.png"));

    window.form()->clear();
    form.chooseChangeType(ChangeType::Cancel);
    form.pasteNumbers(
        {QStringLiteral("2016093801"), QStringLiteral("2016093802"), QStringLiteral("2016093803")});
    QTest::mouseClick(form.submitButton(), Qt::LeftButton);
    (void)QTest::qWaitFor([&] { return window.findChild<ConfirmChangeDialog *>() != nullptr; }, 5000);
    if (auto *dialog = window.findChild<ConfirmChangeDialog *>()) {
        save(dialog, dir, QStringLiteral("shot-confirm-cancel.png"));
        dialog->reject();
    }

    window.form()->clear();
    form.chooseChangeType(ChangeType::Activate);
    form.pasteNumbers({QStringLiteral("2016093811"), QString::fromLatin1(sandbox::magic::RejectOneNumber),
        QStringLiteral("2016093812")});
    QSignalSpy failed(window.session(), &StatusChangeSession::failed);
    QTest::mouseClick(form.submitButton(), Qt::LeftButton);
    failed.wait(10000);
    save(&window, dir, QStringLiteral("shot-form-server-error.png"));

    server.setSlowResponseMs(60000);
    window.form()->clear();
    form.pasteNumbers({QString::fromLatin1(sandbox::magic::SlowResponse)});
    QTest::mouseClick(form.submitButton(), Qt::LeftButton);
    (void)QTest::qWaitFor(
        [&] { return server.requestCount(QStringLiteral("/v1.0/numbers/status")) >= 2; }, 5000);
    save(&window, dir, QStringLiteral("shot-form-in-flight.png"));
    window.session()->abandon();

    // The journal cannot record an answer (as on a full disk): the banner holds sending.
    {
        QSqlDatabase db = QSqlDatabase::database(
            QLatin1String("numberdesk-journal-") + window.deskJournal()->journal()->runId(), false);
        QObject::connect(&server, &sandbox::SandboxServer::requestReceived, &window,
            [db](const QString &, const QString &path) {
                if (path.endsWith(QLatin1String("/numbers/status")))
                    QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = ON"));
            });
        window.form()->clear();
        form.pasteNumbers({QStringLiteral("2016093821")});
        QSignalSpy received(window.session(), &StatusChangeSession::orderReceived);
        QTest::mouseClick(form.submitButton(), Qt::LeftButton);
        received.wait(10000);
        QApplication::processEvents();
        save(&window, dir, QStringLiteral("shot-journal-write-failed.png"));
    }

    AboutDialog about(&window);
    about.resize(720, 520);
    about.show();
    save(&about, dir, QStringLiteral("shot-about.png"));
    if (auto *tabs = about.findChild<QTabWidget *>(QStringLiteral("tabs"))) {
        tabs->setCurrentIndex(1);
        save(&about, dir, QStringLiteral("shot-about-notices.png"));
    }
    about.close();

    // numberdesk --api-base: the temporary profile asks for its account and secret.
    ConnectionProfile temporary;
    temporary.id = ConnectionProfile::temporaryId();
    temporary.name = QStringLiteral("Command line: staging.telegent.example");
    temporary.baseUrl = QUrl(QStringLiteral("https://staging.telegent.example/v1.0"));
    temporary.isTemporary = true;
    ProfileSecretPrompt commandLine(temporary, true, QString(), &window);
    commandLine.show();
    save(&commandLine, dir, QStringLiteral("shot-command-line-prompt.png"));
    commandLine.close();

    accountstest::switchToAccount(accounts, window, QStringLiteral("Production"),
        QUrl(QStringLiteral("https://api.telegent.com/v1.0")),
        {QStringLiteral("DID-48213-EXAMPLE"), QStringLiteral("x")});
    window.form()->clear();
    form.chooseChangeType(ChangeType::Park);
    form.pasteNumbers({QStringLiteral("2016093801")});
    save(&window, dir, QStringLiteral("shot-form-park-production.png"));
    return 0;
}
